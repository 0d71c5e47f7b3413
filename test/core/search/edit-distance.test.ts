import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEdits, withinEdits } from "../../../src/core/search/edit-distance";

/** Optimal string alignment distance, the textbook way. */
function osa(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

describe("withinEdits", () => {
	it("counts a swap of neighbours as one edit", () => {
		expect(withinEdits("imgae", "image", 1, false)).toBe(true);
		expect(withinEdits("imgae", "images", 1, false)).toBe(false);
		expect(withinEdits("imgae", "images", 1, true)).toBe(true);
		expect(withinEdits("truogn", "truong", 1, false)).toBe(true);
	});

	it("agrees with the textbook distance, whole and as a prefix", () => {
		const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 7 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, k) => {
				expect(withinEdits(a, b, k, false)).toBe(osa(a, b) <= k);
				const prefixes = Array.from({ length: b.length + 1 }, (_, n) => osa(a, b.slice(0, n)));
				expect(withinEdits(a, b, k, true)).toBe(Math.min(...prefixes.slice(0, a.length + k + 1)) <= k);
			}),
		);
	});

	it("allows more typos in longer words", () => {
		expect([3, 4, 6, 7, 10, 15].map((n) => allowedEdits(n, 0.3))).toEqual([0, 1, 1, 2, 3, 4]);
	});
});
