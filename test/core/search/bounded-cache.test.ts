import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../../src/core/search/bounded-cache";

describe("BoundedCache", () => {
	it("keeps the most recently used entries up to its capacity", () => {
		const cache = new BoundedCache<string, number>(2);
		cache.set("diffusion", 1);
		cache.set("扩散", 2);
		expect(cache.get("diffusion")).toBe(1);
		cache.set("policy", 3);
		// "扩散" was the least recently used: reading "diffusion" made it the newest.
		expect(cache.get("扩散")).toBeUndefined();
		expect(cache.get("diffusion")).toBe(1);
		expect(cache.get("policy")).toBe(3);
		expect(cache.size).toBe(2);
	});

	it("tells its owner of every entry dropped, for room or by clearing", () => {
		const dropped: number[] = [];
		const cache = new BoundedCache<string, number>(1, (v) => dropped.push(v));
		cache.set("a", 1);
		cache.set("b", 2);
		expect(dropped).toEqual([1]);
		cache.set("b", 3);
		expect(dropped).toEqual([1]);
		cache.clear();
		expect(dropped).toEqual([1, 3]);
		expect(cache.size).toBe(0);
	});
});
