import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearchIndex, searchPapers } from "../../../src/core/search";
import { filteredSlots } from "../../../src/core/search/filters";
import { PaperIndex } from "../../../src/core/search/paper-index";
import { parseQuery } from "../../../src/core/search/query-parser";
import { recordPassesFilters } from "../../../src/core/search/filters";
import { library } from "../../support/paper-builder";

const QUERY_PARTS = ["halo", "dark", "matter", "telescope", "robot", "year:2026", "year:>=2024", "venue:icml", "author:okonkwo", "dir:matter", "tag:astronomy", '"dark matter"', "蛋白质", "折叠", "orbti", "spectra", "2507.01234", "graph"];

describe("the candidate stage", () => {
	it("gives the same results whatever was typed before", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...QUERY_PARTS), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...QUERY_PARTS), { maxLength: 2 }), (parts, before) => {
				const query = parts.join(" ");
				const warm = createSearchIndex(library());
				for (const earlier of before) for (let i = 1; i <= earlier.length; i++) searchPapers(warm, earlier.slice(0, i));
				for (let i = 1; i < query.length; i++) searchPapers(warm, query.slice(0, i));
				expect(searchPapers(warm, query)).toEqual(searchPapers(createSearchIndex(library()), query));
			}),
			{ numRuns: 60 },
		);
	});

	it("applies filters on the index as on the records", () => {
		const records = library();
		const index = new PaperIndex(records);
		for (const part of QUERY_PARTS.filter((p) => p.includes(":"))) {
			const { filters } = parseQuery(part);
			const viaIndex = Array.from(filteredSlots(index, filters), (s) => index.record(s)?.path);
			expect(viaIndex.sort()).toEqual(records.filter((r) => recordPassesFilters(r, filters)).map((r) => r.path).sort());
		}
	});
});
