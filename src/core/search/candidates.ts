import type { PaperIndex } from "./paper-index";
import { CORRECTIONS_SCANNED, type HitCache } from "./hit-cache";
import { allowedEdits } from "./edit-distance";
import { FUSE_THRESHOLD } from "./search-fields";
import { countAtLeast, intersect, intersectAll, union, type Hits } from "./slot-sets";

/**
 * With this many times more papers holding every token as typed than
 * fuse.js scores, papers missing one are not looked at: they would have to
 * beat all of them.
 */
const CROWDED = 4;

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
 * The cheap stage in front of fuse.js. The papers holding every token, and
 * every quoted phrase, as a substring come first: an exact match outscores
 * a fuzzy one. Papers missing one token as typed come in too, unless those
 * holding all of them far outnumber what fuse.js will score (`room`): fuse.js
 * may find the missing one with a typo, in a field that weighs more. When
 * fewer than `room` papers hold every token, typo-tolerant matching runs for
 * the tokens that narrowed the list, with corrections from the vocabulary of
 * the papers.
 */
export function findCandidates(index: PaperIndex, cache: HitCache, tokens: readonly string[], phrases: readonly string[], room: number): Candidates {
	const exact = tokens.map((t) => cache.exact(index, t));
	const required = phrases.map((p) => cache.exact(index, p).slots);
	const sets = exact.map((h) => h.slots);
	const all = intersectAll([...sets, ...required]);
	const corrections = new Map<string, readonly string[]>();
	if (all.length >= room) {
		const slots = all.length < room * CROWDED ? union(all, missingOne(index, tokens, sets, required)) : all;
		return { slots, exact, loose: exact, corrections };
	}
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
	const slots = intersectAll([...loose.map((h) => h.slots), ...required]);
	return { slots: union(slots, missingOne(index, tokens, loose.map((h) => h.slots), required)), exact, loose, corrections };
}

/**
 * Papers holding every token as typed but one, which fuse.js may still
 * match fuzzily ("agent" in "latent"), and which then can outscore papers
 * holding every token in fields that weigh less. A token too short for any
 * typo must be there as typed: fuse.js rejects a paper without it.
 */
function missingOne(index: PaperIndex, tokens: readonly string[], sets: readonly Int32Array[], required: readonly Int32Array[]): Int32Array {
	const fuzzy = sets.filter((_, i) => mayBeFuzzy(tokens[i]));
	if (fuzzy.length < 2) return new Int32Array(0);
	const strict = sets.filter((_, i) => !mayBeFuzzy(tokens[i]));
	return intersectAll([countAtLeast(fuzzy, fuzzy.length - 1, index.slotCount), ...strict, ...required]);
}

/** Whether fuse.js lets a typo through in this token. */
export function mayBeFuzzy(token: string): boolean {
	return allowedEdits(token.length, FUSE_THRESHOLD) > 0;
}
