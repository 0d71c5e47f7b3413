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

describe("WordIndex postings", () => {
	it("stay exact through many papers added, removed and added again (runs moved and the store compacted)", () => {
		const index = new WordIndex();
		const words = ["alpha", "beta", "gamma", "delta", "扩散", "模型", "policy", "robot", "graph", "kernel"];
		const papers = Array.from({ length: 400 }, (_, i) => paper(`Paper ${i} ${words[i % 10]} ${words[(i * 7) % 10]}`, { method: `${words[(i * 3) % 10]} ${i % 5 === 0 ? "rare" + i : ""}` }));
		const expected = new Map<number, typeof papers[number]>();
		papers.forEach((p, slot) => {
			index.add(slot, buildHaystack(p));
			expected.set(slot, p);
		});
		for (let slot = 0; slot < papers.length; slot += 2) {
			index.remove(slot, buildHaystack(papers[slot]));
			expected.delete(slot);
		}
		for (let slot = 0; slot < papers.length; slot += 4) {
			index.add(slot, buildHaystack(papers[slot]));
			expected.set(slot, papers[slot]);
		}
		const fresh = new WordIndex();
		for (const [slot, p] of expected) fresh.add(slot, buildHaystack(p));
		for (const word of [...words, "paper", "rare5", "rare10", "rare40"]) {
			const got = Array.from(index.postingsOf(index.vocabulary.idOf(word))).sort((a, b) => a - b);
			const want = Array.from(fresh.postingsOf(fresh.vocabulary.idOf(word))).sort((a, b) => a - b);
			expect(got, word).toEqual(want);
			expect(index.frequency(word), word).toBe(fresh.frequency(word));
		}
		expect(index.fieldCount).toBe(fresh.fieldCount);
	});
});
