import type { PaperIndex } from "./paper-index";
import { CORRECTIONS_SCANNED, type HitCache } from "./hit-cache";
import { countAtLeast, intersect, intersectAll, union, type Hits } from "./slot-sets";

/** Fewer results than this from fuse.js and the query is scored again with its typos corrected. */
export const FEW_MATCHES = 5;

/** Papers worth scoring. */
export interface Candidates {
	slots: Int32Array;
	/** Per query token, the papers holding it as typed. */
	exact: Hits[];
	/** Per query token, the papers holding it allowing for typos (the same object as in `exact` where typos were not looked for). */
	loose: Hits[];
	/** Tokens looked up allowing for typos, with the vocabulary words they may stand for, most used first. */
	corrections: Map<string, readonly string[]>;
}

/**
 * The cheap stage in front of fuse.js. Every token must occur, and every
 * quoted phrase, as a substring: that is what the papers fuse.js ranks
 * highest hold anyway, since an exact match outscores a fuzzy one. Only when
 * that leaves fewer papers than fuse.js will score (`room`) does
 * typo-tolerant matching run, for the tokens that narrowed the list, with
 * corrections from the vocabulary of the papers; papers missing one token
 * as typed then come in too, for fuse.js to judge whether they hold it
 * fuzzily.
 */
export function findCandidates(index: PaperIndex, cache: HitCache, tokens: readonly string[], phrases: readonly string[], room: number): Candidates {
	const exact = tokens.map((t) => cache.exact(index, t));
	const required = phrases.map((p) => cache.exact(index, p).slots);
	const sets = exact.map((h) => h.slots);
	const all = intersectAll([...sets, ...required]);
	const corrections = new Map<string, readonly string[]>();
	if (all.length >= room) return { slots: all, exact, loose: exact, corrections };
	// A token is worth correcting when the papers holding every other token outnumber those holding it too.
	const before: Int32Array[] = [intersectAll(required, cache.base)];
	for (let i = 0; i < sets.length; i++) before.push(intersect(before[i], sets[i]));
	const after: Int32Array[] = new Array<Int32Array>(sets.length + 1);
	after[sets.length] = cache.base;
	for (let i = sets.length - 1; i >= 0; i--) after[i] = intersect(after[i + 1], sets[i]);
	const loose = tokens.map((token, i) => {
		if (intersect(before[i], after[i + 1]).length <= all.length) return exact[i];
		const words = cache.corrections(index, token).slice(0, CORRECTIONS_SCANNED);
		if (words.length === 0) return exact[i];
		corrections.set(token, words);
		return cache.fuzzy(index, token);
	});
	let slots = intersectAll([...loose.map((h) => h.slots), ...required]);
	if (tokens.length > 1) slots = union(slots, intersectAll([countAtLeast(sets, tokens.length - 1, index.slotCount), ...required]));
	return { slots, exact, loose, corrections };
}
