import { describe, expect, it } from "vitest";
import { Vocabulary, charMask, popCount } from "../../../src/core/search/vocabulary";
import { hashRange } from "../../../src/core/search/tokens";

const intern = (v: Vocabulary, word: string): number => v.intern(word, 0, word.length, hashRange(word, 0, word.length));

describe("Vocabulary", () => {
	it("numbers each word once, from a range of a longer text", () => {
		const v = new Vocabulary(4);
		const text = "diffusion policy 扩散 diffusion";
		const first = v.intern(text, 0, 9, hashRange(text, 0, 9));
		expect(v.intern(text, 20, 29, hashRange(text, 20, 29))).toBe(first);
		expect(intern(v, "扩散")).toBe(1);
		expect(v.idOf("diffusion")).toBe(first);
		expect(v.idOf("policy")).toBe(-1);
		// Growing past its first capacity keeps every number.
		for (let i = 0; i < 100; i++) intern(v, `w${i}`);
		expect(v.idOf("扩散")).toBe(1);
		expect(v.words[v.idOf("w99")]).toBe("w99");
	});

	it("lists the words holding each pair of characters, in number order", () => {
		const v = new Vocabulary();
		for (const w of ["transformer", "former", "policy", "视觉语言", "语言模型"]) intern(v, w);
		expect(v.wordsWithPair("or")).toEqual([0, 1]);
		expect(v.wordsWithPair("语言")).toEqual([3, 4]);
		// Words added after a first question are listed too.
		intern(v, "order");
		expect(v.wordsWithPair("or")).toEqual([0, 1, 5]);
		expect(v.wordsWithPair("zz")).toBeNull();
	});
});

describe("charMask", () => {
	it("has one bit per Latin letter, so missing letters can be counted", () => {
		expect(popCount(charMask("graph"))).toBe(5);
		expect(popCount(charMask("graph") & ~charMask("grape"))).toBe(1);
		expect(popCount(0xffffffff | 0)).toBe(32);
	});
});
