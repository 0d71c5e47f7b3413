import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FUSE_OPTIONS } from "../../../src/core/search";
import { PaperIndex } from "../../../src/core/search/paper-index";
import { searchTokens } from "../../../src/core/search/tokens";
import { library, paper } from "../../support/paper-builder";

/** The statistics fuse.js computes itself over the same papers. */
function fuseStats(records: ReturnType<typeof library>): { fieldCount: number; df: Map<string, number> } {
	const fuse = new Fuse(records, FUSE_OPTIONS);
	const inverted = fuse._invertedIndex;
	if (!inverted) throw new Error("fuse.js built no token index");
	return { fieldCount: inverted.fieldCount, df: inverted.df };
}

describe("TermStats", () => {
	it("counts tokens exactly as fuse.js's token search does", () => {
		const records = library();
		const index = new PaperIndex(records);
		const expected = fuseStats(records);
		expect(index.stats.fieldCount).toBe(expected.fieldCount);
		for (const [token, n] of expected.df) expect([token, index.stats.docFreq(token)]).toEqual([token, n]);
		expect(index.stats.docFreq("nonexistent")).toBe(0);
	});

	it("stays equal to a fresh count after adds, updates and removes", () => {
		const records = library();
		const index = new PaperIndex(records);
		const extra = paper("Halo Occupation of Quasars 類星体", { year: 2026, method: "halo occupation distribution" });
		index.upsert(extra);
		index.upsert({ ...records[3], title: "Dark Matter Halo Emulators, revised" });
		index.remove(records[0].path);
		const now = [...index.records()];
		const expected = fuseStats(now);
		expect(index.stats.fieldCount).toBe(expected.fieldCount);
		for (const [token, n] of expected.df) expect([token, index.stats.docFreq(token)]).toEqual([token, n]);
		for (const token of searchTokens(records[0].title.toLowerCase())) expect([token, index.stats.docFreq(token)]).toEqual([token, expected.df.get(token) ?? 0]);
	});

	it("suggests the words a typo may stand for, the most used first", () => {
		const index = new PaperIndex(library());
		expect(index.stats.corrections("telescpe", 2, false)).toEqual(["telescope"]);
		expect(index.stats.corrections("halso", 1, false)).toEqual(["halo", "halos"]);
		expect(index.stats.corrections("orbti", 1, true)).toContain("orbit");
	});
});
