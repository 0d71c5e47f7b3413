import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../../src/core/search";
import { SEARCH_FIELDS } from "../../../src/core/search/search-fields";
import { GUESSED, NO_MATCH } from "../../../src/core/search/term-matches";
import { FIELD_CODES } from "../../../src/core/search/word-index";
import { paper } from "../../support/paper-builder";

const papers = [
	paper("A Vision Transformer for Galaxies", { method: "patch attention" }),
	paper("Difusion Priors for Lensing", { method: "score matching" }),
	paper("视觉语言模型的对齐", { method: "偏好优化" }),
];
const title = SEARCH_FIELDS.indexOf("title");
const method = SEARCH_FIELDS.indexOf("method");

function matcherOf() {
	const index = createSearchIndex(papers);
	const match = (term: string, maxEdits: number, threshold: number | null = 0.3) => index.matcher.match(term, maxEdits, index.slotCount, index.version, threshold);
	return { index, match };
}

describe("TermMatcher", () => {
	it("notes the fewest edits per paper and field", () => {
		const { match } = matcherOf();
		const m = match("diffusion", 2);
		expect(Array.from(m.slots)).toEqual([1]);
		expect(m.edits[1 * FIELD_CODES + title]).toBe(1);
		expect(m.edits[1 * FIELD_CODES + method]).toBe(NO_MATCH);
		const zh = match("语言", 0);
		expect(Array.from(zh.slots)).toEqual([2]);
		expect(zh.edits[2 * FIELD_CODES + title]).toBe(0);
	});

	it("finds the same words typed letter by letter as at once", () => {
		const typed = matcherOf();
		for (let i = 1; i <= "transformer".length; i++) typed.match("transformer".slice(0, i), i >= 7 ? 2 : i >= 4 ? 1 : 0);
		const fresh = matcherOf();
		expect(Array.from(typed.match("transformer", 2).edits)).toEqual(Array.from(fresh.match("transformer", 2).edits));
	});

	it("answers a one-letter word from each field's letters", () => {
		const { match } = matcherOf();
		const m = match("g", 0);
		expect(Array.from(m.slots)).toEqual([0, 1]);
		expect(m.edits[1 * FIELD_CODES + title]).toBe(0);
		expect(m.edits[1 * FIELD_CODES + method]).toBe(0);
		expect(m.edits[0 * FIELD_CODES + method]).toBe(NO_MATCH);
	});

	it("looks for a long word run together from two as its halves, marked as a guess", () => {
		const { match } = matcherOf();
		const m = match("visiontransformer", 5);
		expect(Array.from(m.slots)).toEqual([0]);
		expect(m.edits[0 * FIELD_CODES + title] & GUESSED).toBe(GUESSED);
		// Without a threshold for the halves, only words holding it count.
		expect(Array.from(match("visiontransformer", 5, null).slots)).toEqual([]);
	});

	it("drops its matches when the library changes", () => {
		const { index, match } = matcherOf();
		expect(Array.from(match("quasar", 1).slots)).toEqual([]);
		index.upsert(paper("Quasar Variability", {}));
		expect(match("quasar", 1).slots.length).toBe(1);
	});
});
