import { describe, expect, it } from "vitest";
import { collisionKey, renderNameTemplate, safeNoteName, shortTitle, truncateBytes, uniquePath, utf8Bytes } from "../../../src/core/notes/file-names";

describe("safeNoteName", () => {
	it.each([
		["Canvas-to-Image: Compositional Image Generation", "Canvas-to-Image - Compositional Image Generation"],
		["Lost in Time? A Framework", "Lost in Time A Framework"],
		['a/b\\c*d"e<f>g|h#i^j[k]l', "a b c d e f g h i j k l"],
		["多模态推理与视觉语言模型", "多模态推理与视觉语言模型"],
		["...hidden", "hidden"],
		["trailing dots...", "trailing dots"],
		["CON", "CON_"],
		["nul.txt", "nul_.txt"],
		["con.txt", "con_.txt"],
		["NUL.md", "NUL_.md"],
		["com1.tar.gz", "com1_.tar.gz"],
		["console", "console"],
		["   ", "Untitled"],
		["../../etc/passwd", "etc passwd"],
	])("%j → %j", (title, name) => {
		expect(safeNoteName(title)).toBe(name);
	});

	it("caps names at 200 bytes of UTF-8 with the extension, without splitting characters", () => {
		const name = safeNoteName("视".repeat(300));
		expect(utf8Bytes(`${name}.md`)).toBeLessThanOrEqual(200);
		expect(name).toMatch(/^视+$/);
		expect(truncateBytes("e\u0301e\u0301e\u0301", 6)).toBe("e\u0301e\u0301");
		expect(truncateBytes("e\u0301e\u0301e\u0301", 5)).toBe("e\u0301");
		expect(truncateBytes("👩‍👩‍👧x", 4)).toBe("");
	});
});

describe("templates and collisions", () => {
	it("fills a file-name template", () => {
		expect(renderNameTemplate("{{year}} {{shortTitle}}", { title: "Monet: Reasoning in Latent Space", year: 2025 })).toBe("2025 Monet");
		expect(renderNameTemplate("{{firstAuthor}} {{year}} {{nope}}", { title: "T" })).toBe("");
		expect(shortTitle("No colon here")).toBeUndefined();
	});

	it("resolves collisions deterministically, ignoring case and Unicode form", () => {
		const taken = new Set([collisionKey("P/Paper.md"), collisionKey("P/paper (2).md")]);
		expect(uniquePath("P", "PAPER", taken)).toBe("P/PAPER (3).md");
		expect(uniquePath("P", "Cafe\u0301", new Set([collisionKey("P/Caf\u00e9.md")]))).toBe("P/Cafe\u0301 (2).md");
	});
});
