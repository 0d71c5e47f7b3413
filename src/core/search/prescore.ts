import { fieldsFor, type Hits } from "./slot-sets";
import { FIELD_WEIGHTS, SEARCH_FIELDS } from "./search-fields";
import { VALUE_SEPARATOR } from "./haystack";
import { holdsNear } from "./near-match";
import type { PaperIndex } from "./paper-index";

const FIELD_COUNT = SEARCH_FIELDS.length;
const TOTAL_WEIGHT = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f], 0);
const WEIGHT = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f] / TOTAL_WEIGHT);

/** A query token and its weight (idf) in fuse.js's token search. */
export interface WeightedToken {
	text: string;
	idf: number;
	/** Whether fuse.js may match the token with a typo, so a paper without it as typed may still be matched. */
	fuzzy: boolean;
}

/** What a typo-corrected match counts for, against 1 for the token as typed: fuse.js scores a near miss well, not perfectly. */
const CORRECTED = 0.7;
/**
 * What a token missing as typed costs, on the scale of the estimate below,
 * when fuse.js may still find it with a typo: nothing while typos have not
 * been looked for (the paper may well hold one), a little once they have
 * been and none was found (it may still hold one with two).
 */
const MISSING_UNCHECKED = 0;
const MISSING_CHECKED = 0.3;
/** What a token fuse.js can only match as typed costs when missing: the paper is out. */
const REJECTED = 1e6;

/** How a paper holds a token. */
const Held = { Missing: 0, Exact: 1, Corrected: 2 } as const;

/**
 * Estimates of fuse.js's token-search score for many papers, higher is
 * better, from what the candidate stage found, without reading any text:
 * which fields hold each token exactly (`exact`), or a word it may be a typo
 * of (`loose`). As −log(score): per field, the share of the query's weight
 * found there, raised to the field's weight, fields multiplied, as fuse.js
 * does; a paper missing a token fuse.js wants as typed is out. Papers
 * holding their tokens in the same fields and the same way share one
 * computation.
 */
export function estimateScores(slots: Int32Array, tokens: readonly WeightedToken[], exact: readonly Hits[], loose: readonly Hits[]): Float64Array {
	const exactFields = exact.map((h) => fieldsFor(slots, h));
	const looseFields = loose.map((h, t) => (h === exact[t] ? null : fieldsFor(slots, h)));
	const estimate = new ShapeEstimate(tokens);
	const masks = new Uint16Array(tokens.length);
	const held = new Uint8Array(tokens.length);
	const out = new Float64Array(slots.length);
	for (let i = 0; i < slots.length; i++) {
		for (let t = 0; t < tokens.length; t++) {
			const mask = exactFields[t][i];
			const corrected = mask === 0 && looseFields[t] !== null ? (looseFields[t] as Uint16Array)[i] : 0;
			masks[t] = mask || corrected;
			held[t] = mask !== 0 ? Held.Exact : corrected !== 0 ? Held.Corrected : Held.Missing;
		}
		out[i] = estimate.of(masks, held);
	}
	return out;
}

/** The estimate for one shape (which fields hold each token, and how), remembered for queries of up to four tokens. */
class ShapeEstimate {
	private readonly totalIdf: number;
	private readonly known = new Map<number, number>();

	constructor(private readonly tokens: readonly WeightedToken[]) {
		this.totalIdf = tokens.reduce((sum, t) => sum + t.idf, 0);
	}

	of(masks: Uint16Array, held: Uint8Array): number {
		const keyed = this.tokens.length <= 4;
		let key = 0;
		if (keyed) {
			for (let t = 0; t < masks.length; t++) key = key * 8192 + held[t] * 2048 + masks[t];
			const seen = this.known.get(key);
			if (seen !== undefined) return seen;
		}
		covered.fill(0);
		let missing = 0;
		for (let t = 0; t < this.tokens.length; t++) {
			const token = this.tokens[t];
			if (held[t] === Held.Missing) {
				missing += token.fuzzy ? MISSING_UNCHECKED : REJECTED;
				continue;
			}
			const weight = token.idf * (held[t] === Held.Exact ? 1 : CORRECTED);
			for (let f = 0, mask = masks[t]; mask !== 0; f++, mask >>= 1) if (mask & 1) covered[f] += weight;
		}
		let score = 0;
		for (let f = 0; f < FIELD_COUNT; f++) if (covered[f] > 0) score += fieldCost(f, covered[f] / this.totalIdf);
		if (keyed) this.known.set(key, score - missing);
		return score - missing;
	}
}

/** −log of fuse.js's factor for a field value holding `share` of the query's weight. */
function fieldCost(field: number, share: number): number {
	return -WEIGHT[field] * Math.log(Math.max(0.001, 1 - 0.999 * share));
}

/**
 * A closer estimate for a few papers, reading their text as fuse.js does:
 * value by value (each author, each tag), a token counting fully where it
 * is found as typed and less where with one typo, every value holding a
 * token adding to the paper's score, as in fuse.js. Typos of two letters
 * and worse go unseen.
 */
export function estimateFromText(index: PaperIndex, slots: Int32Array, tokens: readonly WeightedToken[]): Float64Array {
	const totalIdf = tokens.reduce((sum, t) => sum + t.idf, 0);
	const found = new Uint8Array(tokens.length);
	const out = new Float64Array(slots.length);
	for (let i = 0; i < slots.length; i++) {
		const slot = slots[i];
		const text = index.text(slot);
		found.fill(0);
		let score = 0;
		for (let f = 0; f < FIELD_COUNT; f++) {
			const fieldEnd = index.fieldEnd(slot, f);
			for (let start = index.fieldStart(slot, f); start < fieldEnd; ) {
				let end = text.indexOf(VALUE_SEPARATOR, start);
				if (end < 0 || end > fieldEnd) end = fieldEnd;
				let weight = 0;
				for (let t = 0; t < tokens.length; t++) {
					const token = tokens[t];
					const at = text.indexOf(token.text, start);
					if (at >= 0 && at + token.text.length <= end) {
						weight += token.idf;
						found[t] = 1;
					} else if (token.fuzzy && holdsNear(text, token.text, start, end)) {
						weight += token.idf * (1 - 1 / token.text.length);
						found[t] = 1;
					}
				}
				if (weight > 0) score += fieldCost(f, weight / totalIdf);
				start = end + 1;
			}
		}
		for (let t = 0; t < tokens.length; t++) if (!found[t]) score -= tokens[t].fuzzy ? MISSING_CHECKED : REJECTED;
		out[i] = score;
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
