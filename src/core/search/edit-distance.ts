/**
 * The optimal string alignment distance (insert, delete, substitute, swap
 * two neighbours) between `term` and `word`; with `asPrefix`, between `term`
 * and the closest prefix of `word`, for a term still being typed. Anything
 * beyond `maxEdits` is reported as `maxEdits + 1`: the rows stop as soon as
 * none stays within the bound.
 */
export function editDistance(term: string, word: string, maxEdits: number, asPrefix: boolean): number {
	const m = term.length;
	const n = asPrefix ? Math.min(word.length, m + maxEdits) : word.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = new Array<number>(n + 1);
	let row = new Array<number>(n + 1);
	for (let j = 0; j <= n; j++) prev[j] = j;
	for (let i = 1; i <= m; i++) {
		row[0] = i;
		let best = i;
		const a = term.charCodeAt(i - 1);
		for (let j = 1; j <= n; j++) {
			const b = word.charCodeAt(j - 1);
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a === b ? 0 : 1));
			if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === b) d = Math.min(d, prev2[j - 2] + 1);
			row[j] = d;
			if (d < best) best = d;
		}
		if (best > maxEdits) return maxEdits + 1;
		[prev2, prev, row] = [prev, row, prev2];
	}
	const distance = asPrefix ? Math.min(...prev) : prev[n];
	return Math.min(distance, maxEdits + 1);
}

/** Whether `word` (or, with `asPrefix`, one of its prefixes) is within `maxEdits` of `term` (see `editDistance`). */
export function withinEdits(term: string, word: string, maxEdits: number, asPrefix: boolean): boolean {
	return editDistance(term, word, maxEdits, asPrefix) <= maxEdits;
}

/**
 * How many typos a word of this length may hold and still be recognised:
 * as many errors as fuse.js's threshold lets through in a pattern that long
 * (at 0.3: one in four letters, two in seven, three in ten), so the
 * candidates include what fuse.js would accept.
 */
export function allowedEdits(length: number, threshold: number): number {
	let edits = 0;
	while ((edits + 1) / length <= threshold) edits++;
	return edits;
}
