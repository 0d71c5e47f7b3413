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

/** Fake per-term matchers that count how often they are asked, per term. */
function counted(terms: string[]): { searcher: { termSearchers: Array<TermSearcher & { pattern: string }> }; calls: Record<string, number> } {
	const calls: Record<string, number> = Object.fromEntries(terms.map((t) => [t, 0]));
	const termSearchers = terms.map((pattern) => ({
		pattern,
		searchIn: (text: string) => {
			calls[pattern]++;
			return { isMatch: text.toLowerCase().includes(pattern), score: 0 };
		},
	}));
	return { searcher: { termSearchers }, calls };
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

	it("asks fuse.js once per term and value, and not at all where none of the term's pieces is", () => {
		const cache = new TermMatchCache(THRESHOLD);
		const first = counted(["radiance", "fields"]);
		cache.attach(first.searcher);
		for (const text of TEXTS) for (const m of first.searcher.termSearchers) m.searchIn(text);
		// Four texts hold a piece of "radiance" ("ra", "dia", "nce"), two one of "fields" ("fie", "lds").
		expect(first.calls).toEqual({ radiance: 4, fields: 2 });
		const again = counted(["radiance", "fields", "dynamic"]);
		cache.attach(again.searcher);
		for (const text of TEXTS) for (const m of again.searcher.termSearchers) m.searchIn(text);
		expect(again.calls).toEqual({ radiance: 0, fields: 0, dynamic: 2 });
	});

	it("keeps within its budget, drops the terms used longest ago, and keeps the latest query's", () => {
		const texts = Array.from({ length: 10 }, (_, i) => `radiance dynamic sparse voxel ${i}`);
		const budget = 6 * (150 + 2 * texts[0].length);
		const cache = new TermMatchCache(THRESHOLD, budget);
		const ask = (terms: string[]): Record<string, number> => {
			const { searcher, calls } = counted(terms);
			cache.attach(searcher);
			for (const text of texts) for (const m of searcher.termSearchers) m.searchIn(text);
			expect(cache.size).toBeLessThanOrEqual(budget);
			return calls;
		};
		expect(ask(["radiance"])).toEqual({ radiance: 10 });
		// Six of the ten answers fit; the rest are asked again, and the six stay while the term is in use.
		expect(ask(["radiance"])).toEqual({ radiance: 4 });
		expect(ask(["radiance"])).toEqual({ radiance: 4 });
		// A new term: the old one goes down to half the budget first, so the new one keeps its answers.
		expect(ask(["sparse"])).toEqual({ sparse: 10 });
		expect(ask(["sparse"])).toEqual({ sparse: 4 });
		expect(ask(["radiance"])).toEqual({ radiance: 10 });
	});

	it("drops none of a query's terms to make room for another of its terms", () => {
		const texts = ["radiance dynamic one", "radiance dynamic two", "radiance dynamic six"];
		// Room for the six answers of the query, and no more.
		const cache = new TermMatchCache(THRESHOLD, 6 * (150 + 2 * texts[0].length));
		const ask = (terms: string[]): Record<string, number> => {
			const { searcher, calls } = counted(terms);
			cache.attach(searcher);
			for (const text of texts) for (const m of searcher.termSearchers) m.searchIn(text);
			return calls;
		};
		expect(ask(["radiance", "dynamic"])).toEqual({ radiance: 3, dynamic: 3 });
		expect(ask(["radiance", "dynamic"])).toEqual({ radiance: 0, dynamic: 0 });
	});

	it("keeps nothing more for a term dropped while an older searcher still uses it", () => {
		const texts = ["radiance one", "radiance two", "radiance three"];
		const unit = 150 + 2 * texts[0].length;
		const cache = new TermMatchCache(THRESHOLD, 2 * unit + 2);
		const old = counted(["radiance"]);
		cache.attach(old.searcher);
		texts.slice(0, 2).forEach((t) => old.searcher.termSearchers[0].searchIn(t));
		const next = counted(["one"]);
		cache.attach(next.searcher);
		expect(cache.size).toBe(0);
		old.searcher.termSearchers[0].searchIn(texts[2]);
		expect(cache.size).toBe(0);
		next.searcher.termSearchers[0].searchIn(texts[0]);
		expect(cache.size).toBe(unit);
	});

	it("asks fuse.js about terms over 32 characters, which it matches in pieces of its own", () => {
		const term = "abcdefghijklmnopqrstuvwxyz0123456";
		const text = [...term.slice(0, 32)].map((c, i) => ([1, 4, 7, 10, 14, 17, 20, 24, 27].includes(i) ? "#" : c)).join("");
		const plain = plainAnswers(term, [text]);
		expect(plain[0][0]).toMatchObject({ isMatch: true });
		expect(cachedAnswers(new TermMatchCache(THRESHOLD), term, [text])).toEqual(plain);
	});

	it("skips only values fuse.js would not match", () => {
		const word = fc.stringMatching(/^[a-e]{1,12}$/);
		// Upper case, and letters whose lower case differs in length (İ), in the values only: fuse.js folds both.
		const text = fc.array(fc.stringMatching(/^[a-eA-EİI]{1,8}$/), { maxLength: 6 }).map((words) => words.join(" "));
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(text, { minLength: 1, maxLength: 5 }), (words, texts) => {
				const query = words.join(" ");
				expect(cachedAnswers(new TermMatchCache(THRESHOLD), query, texts)).toEqual(plainAnswers(query, texts));
			}),
			{ numRuns: 300 },
		);
	});
});
