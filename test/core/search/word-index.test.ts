import { describe, expect, it } from "vitest";
import { buildHaystack } from "../../../src/core/search/haystack";
import { SEARCH_FIELDS } from "../../../src/core/search/search-fields";
import { FIELD_CODES, WordIndex } from "../../../src/core/search/word-index";
import { paper } from "../../support/paper-builder";

const field = (name: (typeof SEARCH_FIELDS)[number]): number => SEARCH_FIELDS.indexOf(name);

describe("WordIndex", () => {
	const a = paper("Diffusion Policy for Robots", { authors: ["Lin Wang", "Wei Wang"], method: "diffusion over actions" });
	const b = paper("扩散模型综述", { method: "扩散 diffusion", tags: ["diffusion"] });

	it("counts the field values holding a word, as fuse.js's token search does", () => {
		const index = new WordIndex();
		index.add(0, buildHaystack(a));
		index.add(1, buildHaystack(b));
		// Title and method of a, method and tag of b: once per value, however often the value says it.
		expect(index.frequency("diffusion")).toBe(4);
		// Each author is a value of its own.
		expect(index.frequency("wang")).toBe(2);
		expect(index.frequency("扩散")).toBe(2);
		// Values with a word: a's title, two authors, method; b's title, method, tag.
		expect(index.fieldCount).toBe(7);
		expect(index.idf("diffusion")).toBeCloseTo(Math.log(1 + (7 - 4 + 0.5) / (4 + 0.5)), 12);
	});

	it("lists each (paper, field) holding a word once", () => {
		const index = new WordIndex();
		index.add(3, buildHaystack(a));
		const id = index.vocabulary.idOf("diffusion");
		expect(Array.from(index.postingsOf(id)).sort((x, y) => x - y)).toEqual([3 * FIELD_CODES + field("title"), 3 * FIELD_CODES + field("method")]);
		expect(Array.from(index.postingsOf(index.vocabulary.idOf("wang")))).toEqual([3 * FIELD_CODES + field("authors")]);
	});

	it("takes out exactly what it put in", () => {
		const index = new WordIndex();
		index.add(0, buildHaystack(a));
		index.add(1, buildHaystack(b));
		index.remove(0, buildHaystack(a));
		expect(index.frequency("diffusion")).toBe(2);
		expect(index.frequency("wang")).toBe(0);
		expect(index.fieldCount).toBe(3);
		expect(Array.from(index.postingsOf(index.vocabulary.idOf("policy")))).toEqual([]);
		expect(index.letters[field("title")]).toBe(0);
	});

	it("keeps which Latin letters each field holds", () => {
		const index = new WordIndex();
		index.add(0, buildHaystack(a));
		const title = index.letters[field("title")];
		expect(title & (1 << ("y".charCodeAt(0) - 97))).not.toBe(0);
		expect(title & (1 << ("z".charCodeAt(0) - 97))).toBe(0);
	});
});
