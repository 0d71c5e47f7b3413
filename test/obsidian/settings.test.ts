import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, normalizeSettings, parseTagList } from "../../src/settings";

describe("normalizeSettings", () => {
	it("gives the defaults for missing or broken data", () => {
		expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(normalizeSettings("nonsense")).toEqual(DEFAULT_SETTINGS);
		expect(normalizeSettings({ papersFolder: 42, previewBeforeImport: "yes" })).toEqual(DEFAULT_SETTINGS);
	});

	it("keeps valid values and trims folder slashes", () => {
		const s = normalizeSettings({ papersFolder: "/Lit/Papers/", paperTags: ["#ml", " ", "robotics"], previewBeforeImport: false });
		expect(s.papersFolder).toBe("Lit/Papers");
		expect(s.paperTags).toEqual(["ml", "robotics"]);
		expect(s.previewBeforeImport).toBe(false);
	});

	it("never shares the defaults' arrays", () => {
		const s = normalizeSettings({});
		s.paperTags.push("x");
		expect(DEFAULT_SETTINGS.paperTags).toEqual(["paper"]);
	});
});

describe("parseTagList", () => {
	it("splits on commas and spaces and drops the hash", () => {
		expect(parseTagList("paper, #robotics  ml")).toEqual(["paper", "robotics", "ml"]);
	});
});
