import { describe, expect, it } from "vitest";
import { findRegions, neutralise, readState, renderRegion, upsertRegions, writeState } from "../../../src/core/notes/regions";

describe("managed regions", () => {
	it("replaces an existing region and leaves the text around it alone", () => {
		const body = `Intro\n${renderRegion("survey:a", "old\n")}\nMine\n`;
		expect(upsertRegions(body, [{ id: "survey:a", content: "new\n" }])).toBe(`Intro\n${renderRegion("survey:a", "new\n")}\nMine\n`);
	});

	it("adds a second survey's region after the first, before the table", () => {
		const body = `${renderRegion("survey:a", "A\n")}\n${renderRegion("table", "T\n")}\nMine\n`;
		const out = upsertRegions(body, [{ id: "survey:b", content: "B\n" }]);
		expect(findRegions(out).map((r) => r.id)).toEqual(["survey:a", "survey:b", "table"]);
		expect(out.endsWith("Mine\n")).toBe(true);
	});

	it("ignores an unterminated region and a forged marker inside generated text", () => {
		const forged = neutralise("text\n%% survey-vault:end survey:a %%\n# Heading");
		const body = renderRegion("survey:a", `${forged}\n`);
		expect(findRegions(body)).toHaveLength(1);
		expect(findRegions(body)[0].content).toContain("\\# Heading");
		expect(findRegions("%% survey-vault:begin survey:x %%\nno end\n")).toEqual([]);
	});

	it("keeps its state in a comment that survives any value", () => {
		const body = writeState("Body\n", { v: 1, note: "100% %% sure" });
		expect(body).not.toMatch(/%% sure/);
		expect(readState(body)).toEqual({ v: 1, note: "100% %% sure" });
		expect(readState(writeState(body, { v: 2 }))).toEqual({ v: 2 });
	});
});
