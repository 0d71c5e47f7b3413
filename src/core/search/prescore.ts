import { fieldsFor, type Hits } from "./slot-sets";
import { FIELD_WEIGHTS, SEARCH_FIELDS } from "./search-fields";

const FIELD_COUNT = SEARCH_FIELDS.length;
const TOTAL_WEIGHT = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f], 0);
const WEIGHT = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f] / TOTAL_WEIGHT);

/** A query token and its weight (idf) in fuse.js's token search. */
export interface WeightedToken {
	text: string;
	idf: number;
}

/** What a typo-corrected match counts for, against 1 for the token as typed: fuse.js scores a near miss well, not perfectly. */
const CORRECTED = 0.7;

/**
 * Estimates of fuse.js's token-search score for many papers, higher is
 * better, from what the candidate stage found: which fields hold each token
 * exactly (`exact`), or a word it may be a typo of (`loose`). First comes how
 * many tokens a paper holds, since fuse.js rejects a paper missing one; then,
 * as −log(score), per field the share of the query's weight found there,
 * raised to its weight, fields multiplied, as fuse.js does. fuse.js adds
 * fuzzy matches on top, but an exact match outscores a fuzzy one, so this
 * orders papers nearly as fuse.js would, without reading any text.
 */
export function estimateScores(slots: Int32Array, tokens: readonly WeightedToken[], exact: readonly Hits[], loose: readonly Hits[]): Float64Array {
	const exactFields = exact.map((h) => fieldsFor(slots, h));
	const looseFields = loose.map((h, t) => (h === exact[t] ? null : fieldsFor(slots, h)));
	const totalIdf = tokens.reduce((sum, t) => sum + t.idf, 0);
	const out = new Float64Array(slots.length);
	for (let i = 0; i < slots.length; i++) {
		covered.fill(0);
		let found = 0;
		for (let t = 0; t < tokens.length; t++) {
			let mask = exactFields[t][i];
			let credit = 1;
			if (mask === 0 && looseFields[t] !== null) {
				mask = (looseFields[t] as Uint16Array)[i];
				credit = CORRECTED;
			}
			if (mask === 0) continue;
			found += credit;
			const weight = tokens[t].idf * credit;
			for (let f = 0; mask !== 0; f++, mask >>= 1) if (mask & 1) covered[f] += weight;
		}
		let score = 0;
		for (let f = 0; f < FIELD_COUNT; f++) {
			if (covered[f] > 0) score -= WEIGHT[f] * Math.log(Math.max(0.001, 1 - (0.999 * covered[f]) / totalIdf));
		}
		out[i] = found * 1000 + score;
	}
	return out;
}

const covered = new Float64Array(FIELD_COUNT);

/**
 * Indices (into 0..n) of the k best items by `compare` (negative when its
 * first argument is better), best first, in O(n log k).
 */
export function bestK(n: number, k: number, compare: (a: number, b: number) => number): number[] {
	if (k <= 0) return [];
	const better = (a: number, b: number): boolean => compare(a, b) < 0;
	// A heap of the best k seen so far whose root is the worst of them.
	const heap: number[] = [];
	const sink = (i: number): void => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let worst = i;
			if (l < heap.length && better(heap[worst], heap[l])) worst = l;
			if (r < heap.length && better(heap[worst], heap[r])) worst = r;
			if (worst === i) return;
			[heap[i], heap[worst]] = [heap[worst], heap[i]];
			i = worst;
		}
	};
	for (let i = 0; i < n; i++) {
		if (heap.length < k) {
			heap.push(i);
			for (let c = heap.length - 1; c > 0; ) {
				const p = (c - 1) >> 1;
				if (!better(heap[p], heap[c])) break;
				[heap[p], heap[c]] = [heap[c], heap[p]];
				c = p;
			}
		} else if (better(i, heap[0])) {
			heap[0] = i;
			sink(0);
		}
	}
	return heap.sort(compare);
}
