import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import type { PaperRecord } from "../../../src/core/papers/paper-record";
import { FUSE_OPTIONS } from "../../../src/core/search/search-fields";
import { TermMatchCache, type TermSearcher } from "../../../src/core/search/term-matches";

const THRESHOLD = FUSE_OPTIONS.threshold ?? 0.6;

/** fuse.js's token searcher for a query, as it builds it inside a search. */
function tokenSearcher(query: string): { termSearchers: TermSearcher[] } {
	const fuse = new Fuse<PaperRecord>([], FUSE_OPTIONS);
	fuse._invertedIndex = { fieldCount: 100, df: new Map(), docFieldCount: new Map(), docTermFieldHits: new Map() };
	return fuse._getSearcher(query) as unknown as { termSearchers: TermSearcher[] };
}

/** The per-term answers of fuse.js for each text, as fuse.js gives them without the cache. */
function plainAnswers(query: string, texts: readonly string[]): unknown[][] {
	const searcher = tokenSearcher(query);
	return searcher.termSearchers.map((m) => texts.map((t) => m.searchIn(t)));
}

function cachedAnswers(cache: TermMatchCache, query: string, texts: readonly string[]): unknown[][] {
	const searcher = tokenSearcher(query);
	expect(cache.attach(searcher)).toBe(true);
	return searcher.termSearchers.map((m) => texts.map((t) => m.searchIn(t)));
}

const TEXTS = ["Neural Radiance Fields for Dynamic Scenes", "Radiant foliage rendering", "Sparse voxel fields", "神经辐射场的动态重建", "radiance", "Dynamic scene graphs", ""];

describe("TermMatchCache", () => {
	it("finds the per-term matchers of this fuse.js version's token search", () => {
		expect(tokenSearcher("neural radiance").termSearchers).toHaveLength(2);
		expect(new TermMatchCache(THRESHOLD).attach({})).toBe(false);
		expect(new TermMatchCache(THRESHOLD).attach({ termSearchers: [{}] })).toBe(false);
	});

	it("answers as fuse.js does, with typos, in Chinese, and again from what it kept", () => {
		const cache = new TermMatchCache(THRESHOLD);
		for (const query of ["neural radiance", "nueral radiance", "radiance dynamc", "辐射场 动态", "radiance dynamc"]) {
			expect(cachedAnswers(cache, query, TEXTS), query).toEqual(plainAnswers(query, TEXTS));
		}
		expect(cache.size).toBeGreaterThan(0);
	});

	it("gives fuse.js copies of the matched ranges, which it merges in place", () => {
		const cache = new TermMatchCache(THRESHOLD);
		const first = cachedAnswers(cache, "radiance fields", TEXTS) as Array<Array<{ indices?: Array<[number, number]> }>>;
		for (const answer of first.flat()) for (const range of answer.indices ?? []) range[1] = 999;
		expect(cachedAnswers(cache, "radiance fields", TEXTS)).toEqual(plainAnswers("radiance fields", TEXTS));
	});

	it("keeps no more answers than its budget, and stays right once full", () => {
		const cache = new TermMatchCache(THRESHOLD, 8);
		for (const query of ["neural radiance", "sparse voxel", "dynamic scene", "neural radiance"]) {
			expect(cachedAnswers(cache, query, TEXTS), query).toEqual(plainAnswers(query, TEXTS));
			expect(cache.size).toBeLessThanOrEqual(8);
		}
	});

	it("skips only values fuse.js would not match", () => {
		const word = fc.stringMatching(/^[a-e]{1,12}$/);
		const text = fc.array(fc.stringMatching(/^[a-e]{1,8}$/), { maxLength: 6 }).map((words) => words.join(" "));
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(text, { minLength: 1, maxLength: 5 }), (words, texts) => {
				const query = words.join(" ");
				expect(cachedAnswers(new TermMatchCache(THRESHOLD), query, texts)).toEqual(plainAnswers(query, texts));
			}),
			{ numRuns: 300 },
		);
	});
});
