/**
 * How a query word is compared with a word of the library, the way fuse.js's
 * Bitap matcher compares it with a field's text: the fewest insertions,
 * deletions and substitutions that turn the pattern into some substring of
 * the text (a match may start and end anywhere, for free).
 */

/** The pattern's character masks for Myers' bit-parallel algorithm: bit i is set where pattern[i] is the character. */
export interface PatternMasks {
	pattern: string;
	ascii: Int32Array;
	other: Map<number, number>;
}

export function patternMasks(pattern: string): PatternMasks {
	const ascii = new Int32Array(128);
	const other = new Map<number, number>();
	for (let i = 0; i < pattern.length && i < 32; i++) {
		const c = pattern.charCodeAt(i);
		if (c < 128) ascii[c] |= 1 << i;
		else other.set(c, (other.get(c) ?? 0) | (1 << i));
	}
	return { pattern, ascii, other };
}

/**
 * The fewest edits between the pattern and any substring of `text`; above
 * `maxEdits` it reports `maxEdits + 1`. Myers' bit-vector algorithm, one
 * column per character of the text, for patterns of up to 32 code units;
 * longer ones take the plain dynamic programme.
 */
export function substringDistance(masks: PatternMasks, text: string, maxEdits: number): number {
	const m = masks.pattern.length;
	if (m === 0) return 0;
	if (m > 32) return longSubstringDistance(masks.pattern, text, maxEdits);
	return Math.min(myers(masks, text, -1), maxEdits + 1);
}

/**
 * Where the best match of the pattern within `edits` edits ends in `text`
 * (the index just past it), or -1: the first column where Myers' score
 * falls to `edits`. Used to show where a fuzzy match is.
 */
export function matchEnd(masks: PatternMasks, text: string, edits: number): number {
	const m = masks.pattern.length;
	if (m === 0 || m > 32) return -1;
	return myers(masks, text, edits);
}

/**
 * Myers' algorithm over `text` for a pattern of 1 to 32 code units. With
 * `stopAt` below 0: the lowest score of any column (the fewest edits to a
 * substring). Otherwise: the index just past the first column whose score
 * is at most `stopAt`, or -1.
 */
function myers(masks: PatternMasks, text: string, stopAt: number): number {
	const high = 1 << (masks.pattern.length - 1);
	let pv = -1;
	let mv = 0;
	let score = masks.pattern.length;
	let best = score;
	for (let j = 0; j < text.length; j++) {
		const c = text.charCodeAt(j);
		const eq = c < 128 ? masks.ascii[c] : (masks.other.get(c) ?? 0);
		const xv = eq | mv;
		const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
		let ph = mv | ~(xh | pv);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		// No carry into the first row: a match may start anywhere in the text.
		ph <<= 1;
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
		if (stopAt >= 0) {
			if (score <= stopAt) return j + 1;
		} else if (score < best) best = score;
	}
	return stopAt >= 0 ? -1 : best;
}

function longSubstringDistance(pattern: string, text: string, maxEdits: number): number {
	const m = pattern.length;
	let prev = new Int32Array(m + 1);
	let row = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) prev[i] = i;
	let best = prev[m];
	for (let j = 1; j <= text.length; j++) {
		row[0] = 0;
		const c = text.charCodeAt(j - 1);
		for (let i = 1; i <= m; i++) row[i] = Math.min(prev[i] + 1, row[i - 1] + 1, prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1));
		best = Math.min(best, row[m]);
		[prev, row] = [row, prev];
	}
	return Math.min(best, maxEdits + 1);
}

/**
 * How many edits fuse.js lets through in a pattern of this length: Bitap's
 * score is errors ÷ length, a match when at most the threshold (at 0.3: one
 * in four letters, two in seven, three in ten).
 */
export function allowedEdits(length: number, threshold: number): number {
	let edits = 0;
	while ((edits + 1) / length <= threshold) edits++;
	return edits;
}

/**
 * `k + 1` pieces of the word, cut as evenly as possible: a text within `k`
 * edits of the word holds at least one of them unchanged, since each edit
 * spoils at most one piece.
 */
export function exactPieces(word: string, k: number): string[] {
	const count = Math.min(k + 1, word.length);
	return Array.from({ length: count }, (_, i) => word.slice(Math.floor((i * word.length) / count), Math.floor(((i + 1) * word.length) / count)));
}
