import { describe, expect, it, vi } from "vitest";
import * as filters from "../../../src/core/search/filters";
import { FilterMemo } from "../../../src/core/search/filter-memo";
import { parseQuery, type QueryFilter } from "../../../src/core/search/query-parser";
import { library } from "../../support/paper-builder";

const filtersOf = (query: string): QueryFilter[] => parseQuery(query).filters;

describe("FilterMemo", () => {
	const papers = library();

	it("gives the verdicts of the filters themselves while a value is typed letter by letter", () => {
		const memo = new FilterMemo();
		for (const query of ["venue:g", "venue:ge", "venue:geo", "venue:geox", "year:2", "year:20", "year:202", "year:2025", "dir:计", "dir:计算", "dir:结构 year:202", "author:okon venue:n"]) {
			const passes = memo.tester(filtersOf(query), 0, papers.length);
			const expected = papers.map((r) => filters.recordPassesFilters(r, filtersOf(query)));
			expect(papers.map((r, slot) => passes(slot, r)), query).toEqual(expected);
			// Asked again, from what it kept.
			expect(papers.map((r, slot) => passes(slot, r)), query).toEqual(expected);
		}
	});

	it("tests again only the papers that passed the filter typed one letter shorter", () => {
		const memo = new FilterMemo();
		const first = memo.tester(filtersOf("venue:n"), 0, papers.length);
		papers.forEach((r, slot) => first(slot, r));
		const passedShorter = papers.filter((r) => filters.recordPassesFilters(r, filtersOf("venue:n"))).length;
		const spy = vi.spyOn(filters, "recordPassesFilter");
		const next = memo.tester(filtersOf("venue:ne"), 0, papers.length);
		papers.forEach((r, slot) => next(slot, r));
		expect(spy).toHaveBeenCalledTimes(passedShorter);
		spy.mockRestore();
	});

	it("forgets its verdicts when the index changes", () => {
		const memo = new FilterMemo();
		const before = memo.tester(filtersOf("venue:vldb"), 0, papers.length);
		expect(before(0, papers[0])).toBe(false);
		const moved = { ...papers[0], venue: "VLDB" };
		expect(memo.tester(filtersOf("venue:vldb"), 0, papers.length)(0, moved)).toBe(false);
		expect(memo.tester(filtersOf("venue:vldb"), 1, papers.length)(0, moved)).toBe(true);
	});
});

describe("filterNarrows", () => {
	it("holds for a text filter typed further and a year typed further, not across fields", () => {
		const [venueNe] = filtersOf("venue:ne");
		const [venueN] = filtersOf("venue:n");
		const [dir] = filtersOf("dir:推理");
		const [dirShort] = filtersOf("dir:推");
		const [year20] = filtersOf("year:20");
		const [year2] = filtersOf("year:2");
		const [year2025] = filtersOf("year:2025");
		expect(filters.filterNarrows(venueNe, venueN)).toBe(true);
		expect(filters.filterNarrows(venueN, venueNe)).toBe(false);
		expect(filters.filterNarrows(dir, dirShort)).toBe(true);
		expect(filters.filterNarrows(year20, year2)).toBe(true);
		expect(filters.filterNarrows(year2, year20)).toBe(false);
		// A whole year compares as a number, not as typed digits.
		expect(filters.filterNarrows(year2025, year2)).toBe(false);
		expect(filters.filterNarrows(dirShort, venueN)).toBe(false);
	});
});
