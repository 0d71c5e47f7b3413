import { describe, expect, it } from "vitest";
import { HitCache, HitsLru } from "../../../src/core/search/hit-cache";
import { PaperIndex } from "../../../src/core/search/paper-index";
import type { Hits } from "../../../src/core/search/slot-sets";
import { library, paper } from "../../support/paper-builder";

/** The papers holding a term, by path, with the fields holding it. */
function described(index: PaperIndex, hits: Hits): Array<[string, number]> {
	return Array.from(hits.slots, (slot, i): [string, number] => [index.record(slot)?.path ?? "", hits.fields[i]]);
}

function fresh(index: PaperIndex, term: string): Array<[string, number]> {
	const cache = new HitCache();
	cache.prepare(index, []);
	return described(index, cache.exact(index, term));
}

const TERMS = ["a", "ar", "arx", "o", "or", "orb", "orbit", "r", "ra", "radial", "蛋", "蛋白", "蛋白质", "2", "25", "2507"];

describe("HitCache", () => {
	it("finds the same papers as a fresh scan, whatever it kept from earlier terms", () => {
		const index = new PaperIndex(library());
		const cache = new HitCache();
		cache.prepare(index, []);
		for (const term of [...TERMS, ...[...TERMS].reverse()]) expect(described(index, cache.exact(index, term)), term).toEqual(fresh(index, term));
	});

	it("keeps the hits of short terms within their budget, and stays right as they are dropped", () => {
		const index = new PaperIndex(library());
		const budget = index.size;
		const cache = new HitCache(budget);
		cache.prepare(index, []);
		for (const term of [...TERMS, ...[...TERMS].reverse()]) {
			expect(described(index, cache.exact(index, term)), term).toEqual(fresh(index, term));
			expect(cache.shortTermPapers).toBeLessThanOrEqual(budget);
		}
		expect(cache.shortTermPapers).toBeGreaterThan(0);
	});

	it("forgets short terms when a paper changes", () => {
		const index = new PaperIndex(library());
		const cache = new HitCache();
		cache.prepare(index, []);
		const before = cache.exact(index, "zq").slots.length;
		index.upsert(paper("Zq-Net: A Quiet Telescope", { year: 2026 }));
		cache.prepare(index, []);
		expect(before).toBe(0);
		expect(described(index, cache.exact(index, "zq"))).toEqual(fresh(index, "zq"));
		expect(cache.exact(index, "zq").slots.length).toBe(1);
	});

	it("drops the least recently used hits to stay within both of its bounds, never the ones just kept", () => {
		const hits = (n: number): Hits => ({ slots: Int32Array.from({ length: n }, (_, i) => i), fields: new Uint16Array(n) });
		const dropped: string[] = [];
		const lru = new HitsLru(3, 10, (key) => dropped.push(key));
		lru.set("a", hits(4));
		lru.set("b", hits(4));
		lru.set("c", hits(1));
		expect(lru.get("a")?.slots.length).toBe(4);
		lru.set("d", hits(1));
		expect(dropped).toEqual(["b"]);
		lru.set("e", hits(6));
		expect(dropped).toEqual(["b", "c", "a"]);
		expect(lru.paperCount).toBe(7);
		lru.set("f", hits(12));
		expect(dropped).toEqual(["b", "c", "a", "d", "e"]);
		expect(lru.get("f")?.slots.length).toBe(12);
		expect(lru.paperCount).toBe(12);
	});
});
