/**
 * Whether text[start, end) holds `term` with at most one typo (a letter
 * missing, extra or wrong, as "atent" holds "agent"), where fuse.js finds it
 * too. Such a match holds one half of the term as typed, so each half is
 * looked for with `indexOf` and every place it occurs is checked: no pass
 * over every character per letter of the term. Two neighbours swapped are
 * two typos, as in fuse.js.
 */
export function holdsNear(text: string, term: string, start: number, end: number): boolean {
	const half = term.length >> 1;
	for (const [piece, at] of [
		[term.slice(0, half), 0],
		[term.slice(half), half],
	] as const) {
		for (let pos = text.indexOf(piece, start); pos >= 0 && pos + piece.length <= end; pos = text.indexOf(piece, pos + 1)) {
			for (let s = Math.max(start, pos - at - 1); s <= pos - at + 1; s++) if (oneEditAt(text, term, s, end)) return true;
		}
	}
	return false;
}

/** Whether the text at `s` begins with `term` but for at most one letter wrong, missing or extra, ending by `end`. */
function oneEditAt(text: string, term: string, s: number, end: number): boolean {
	const m = term.length;
	let p = 0;
	while (p < m && s + p < end && text.charCodeAt(s + p) === term.charCodeAt(p)) p++;
	// All but the last letter agree: it is wrong or missing.
	if (p >= m - 1) return true;
	// One letter wrong, one missing from the text, one extra in it: the rest must then agree.
	return sameFrom(text, term, s + p + 1, p + 1, end) || sameFrom(text, term, s + p, p + 1, end) || sameFrom(text, term, s + p + 1, p, end);
}

/** Whether term[from..] is found in the text at `at`, ending by `end`. */
function sameFrom(text: string, term: string, at: number, from: number, end: number): boolean {
	if (at + term.length - from > end) return false;
	for (let i = from; i < term.length; i++) if (text.charCodeAt(at + i - from) !== term.charCodeAt(i)) return false;
	return true;
}
