import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { allowedEdits, exactPieces, matchEnd, patternMasks, substringDistance } from "../../../src/core/search/substring-distance";
import { seededRandom } from "../../../bench/lib";

const distance = (pattern: string, text: string, max = 5): number => substringDistance(patternMasks(pattern), text, max);

describe("substringDistance", () => {
	it("counts the edits to the closest substring, in English and Chinese", () => {
		expect(distance("former", "a transformer model")).toBe(0);
		expect(distance("transfromer", "a transformer model")).toBe(2);
		expect(distance("difusion", "diffusion policy")).toBe(1);
		// Across a space, as fuse.js's Bitap matches too.
		expect(distance("visiontransformer", "a vision transformer")).toBe(1);
		expect(distance("视觉语方", "视觉语言模型")).toBe(1);
		expect(distance("视觉模型", "视觉语言模型")).toBe(2);
	});

	it("stops counting past the bound", () => {
		expect(distance("quasar", "galaxy cluster lensing", 1)).toBe(2);
	});

	it("handles patterns longer than 32 characters", () => {
		const long = "self-supervised-representation-learning";
		expect(distance(long, `on ${long} at scale`)).toBe(0);
		expect(distance(long, `on ${long.replace("learning", "lerning")}`)).toBe(1);
	});

	it("gives fuse.js's Bitap score, edits ÷ length with a floor of 0.001, on random words and texts", () => {
		const rand = seededRandom(16);
		const pick = (chars: string, n: number): string => Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join("");
		for (let i = 0; i < 3000; i++) {
			const word = pick(i % 3 === 0 ? "模型视觉语言" : "abcdefg", 3 + Math.floor(rand() * 10));
			const text = pick(i % 3 === 0 ? "模型视觉语言 " : "abcdefg hi", 5 + Math.floor(rand() * 50));
			const threshold = [0.3, 0.4, 0.5][i % 3];
			const fuse = Fuse.match(word, text, { ignoreLocation: true, threshold });
			const k = allowedEdits(word.length, threshold);
			const edits = substringDistance(patternMasks(word), text, k);
			expect(edits <= k, `${word} in ${text}`).toBe(fuse.isMatch);
			if (fuse.isMatch) expect(fuse.score, `${word} in ${text}`).toBeCloseTo(Math.max(0.001, edits / word.length), 12);
		}
	});
});

describe("allowedEdits", () => {
	it("lets through as many edits as fuse.js's threshold", () => {
		expect([3, 4, 6, 7, 9, 10].map((n) => allowedEdits(n, 0.3))).toEqual([0, 1, 1, 2, 2, 3]);
	});
});

describe("exactPieces", () => {
	it("cuts a word into one more piece than its edits, one of which survives any k edits", () => {
		expect(exactPieces("transformer", 2)).toEqual(["tra", "nsfo", "rmer"]);
		expect(exactPieces("视觉语言", 1)).toEqual(["视觉", "语言"]);
		expect(exactPieces("ab", 0)).toEqual(["ab"]);
	});
});

describe("matchEnd", () => {
	it("finds where a fuzzy match ends", () => {
		const text = "we study difusion models";
		expect(matchEnd(patternMasks("diffusion"), text, 1)).toBe(text.indexOf("difusion") + "difusion".length);
		expect(matchEnd(patternMasks("模型"), "扩散模型", 0)).toBe(4);
		expect(matchEnd(patternMasks("quasar"), text, 1)).toBe(-1);
	});
});
