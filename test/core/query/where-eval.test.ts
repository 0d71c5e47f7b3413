import { describe, expect, it } from "vitest";
import { compileWhere } from "../../../src/core/query/where-eval";
import { parseWhere } from "../../../src/core/query/where-parser";
import { tableCollator } from "../../../src/core/query/compare";
import { library, paper } from "./papers";

const papers = library();

/** Titles of the library papers an expression admits, sorted. */
function matching(expression: string): string[] {
	const parsed = parseWhere(expression);
	if (!parsed.ok) throw new Error(parsed.problem.message);
	const test = compileWhere(parsed.expr, tableCollator());
	return papers
		.filter(test)
		.map((p) => p.title)
		.sort();
}

describe("where evaluation", () => {
	it("compares numbers, including a year written as a string", () => {
		expect(matching("year = 2025")).toEqual(["Reef Noise Index", "冰川消融预测"]);
		expect(matching('year = "2025"')).toEqual(["Reef Noise Index", "冰川消融预测"]);
		expect(matching("year > 2024")).toEqual(["Ice Sheet Emulator", "Reef Noise Index", "冰川消融预测"]);
		expect(matching("year >= 2024")).toEqual(["Ice Sheet Emulator", "Reef Noise Index", "Whale Song Atlas", "冰川消融预测"]);
		expect(matching("year < 2023")).toEqual(["Register Allocation Notes"]);
		expect(matching("year <= 2023")).toEqual(["Loop Tiling Revisited", "Register Allocation Notes"]);
		expect(matching("citations > 40")).toEqual(["Loop Tiling Revisited", "Whale Song Atlas"]);
	});

	it("never matches a missing value with an ordering, and lets != admit it", () => {
		expect(matching("score < 100")).not.toContain("冰川消融预测");
		expect(matching("score >= 0")).not.toContain("冰川消融预测");
		expect(matching('venue != "NeurIPS"')).toEqual(["Loop Tiling Revisited", "Reef Noise Index", "Register Allocation Notes", "Whale Song Atlas"]);
	});

	it("compares dates in time", () => {
		expect(matching("imported >= 2026-05-01")).toEqual(["Ice Sheet Emulator", "Reef Noise Index"]);
		expect(matching('imported < "2026-03-02"')).toEqual(["Loop Tiling Revisited"]);
		expect(matching("imported = 2026-03-02")).toEqual(["Whale Song Atlas"]);
	});

	it("compares text ignoring case, and orders it alphabetically", () => {
		expect(matching('venue = "neurips"')).toEqual(["Ice Sheet Emulator", "冰川消融预测"]);
		// ICASSP and Interspeech sort before "J"; NeurIPS and PLDI after it.
		expect(matching('venue < "J"')).toEqual(["Reef Noise Index", "Whale Song Atlas"]);
	});

	it("does not order a number against a word", () => {
		expect(matching('year > "abc"')).toEqual([]);
		expect(matching('year < "abc"')).toEqual([]);
	});

	it("contains: a substring of text, an item of a list", () => {
		expect(matching('title contains "tiling"')).toEqual(["Loop Tiling Revisited"]);
		expect(matching('authors contains "Kai Tanaka"')).toEqual(["Reef Noise Index", "Whale Song Atlas"]);
		expect(matching('authors contains "Kai"')).toEqual([]);
		expect(matching('title contains "冰川"')).toEqual(["冰川消融预测"]);
		// The title links to the note, but its folders are not part of what it contains.
		expect(matching('title contains "papers"')).toEqual([]);
		expect(matching('directions contains "bioacoustics"')).toEqual([]);
		expect(matching('title contains "notes"')).toEqual(["Register Allocation Notes"]);
	});

	it("matches links by target, ignoring case and display text", () => {
		expect(matching("directions contains [[glacier modelling]]")).toEqual(["Ice Sheet Emulator", "冰川消融预测"]);
		expect(matching('directions contains "Glacier Modelling"')).toEqual(["Ice Sheet Emulator", "冰川消融预测"]);
		expect(matching("directions = [[Ocean Bioacoustics|sea]]")).toEqual(["Reef Noise Index", "Whale Song Atlas", "冰川消融预测"]);
	});

	it("reads tags without their #", () => {
		expect(matching('tags contains "#compilers"')).toEqual(["Loop Tiling Revisited", "Register Allocation Notes"]);
		expect(matching('tags contains "compilers"')).toEqual(["Loop Tiling Revisited", "Register Allocation Notes"]);
	});

	it("exists, not exists and a lone property", () => {
		expect(matching("not score exists")).toEqual(["冰川消融预测"]);
		expect(matching("score not exists")).toEqual(["冰川消融预测"]);
		expect(matching("venue exists")).toHaveLength(5);
		expect(matching("citations")).toEqual(["Loop Tiling Revisited", "Reef Noise Index", "Register Allocation Notes", "Whale Song Atlas", "冰川消融预测"]);
	});

	it("combines with and, or, not and parentheses", () => {
		expect(matching('year >= 2025 and venue contains "NeurIPS"')).toEqual(["Ice Sheet Emulator", "冰川消融预测"]);
		expect(matching('venue = "PLDI" or year < 2020 and score > 1')).toEqual(["Loop Tiling Revisited", "Register Allocation Notes"]);
		expect(matching('(venue = "PLDI" or year < 2020) and score > 2')).toEqual(["Loop Tiling Revisited"]);
		expect(matching('not (venue = "NeurIPS" or venue = "PLDI") and venue exists')).toEqual(["Reef Noise Index", "Whale Song Atlas"]);
	});

	it("reads nested and case-variant property names", () => {
		const ranked = paper("Lib/Papers/Ranked.md", { title: "Ranked", Reading: "done", meta: { rank: 2 } });
		const test = (expression: string): boolean => {
			const parsed = parseWhere(expression);
			if (!parsed.ok) throw new Error(parsed.problem.message);
			return compileWhere(parsed.expr, tableCollator())(ranked);
		};
		expect(test('reading = "done"')).toBe(true);
		expect(test("meta.rank = 2")).toBe(true);
		expect(test("meta.rank > 2")).toBe(false);
		expect(matching("YEAR = 2019")).toEqual(["Register Allocation Notes"]);
	});
});
