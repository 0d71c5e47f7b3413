/**
 * The candidate closest to a mistyped word, for "did you mean" hints: the
 * fewest single-character edits (a swap of two neighbours counts as one, so
 * `yaer` is one edit from `year`), ignoring case. Null when none is close
 * enough to be a typo rather than a different word: `maxEdits` defaults to a
 * third of the word's length, at least one.
 */
export function nearestName(word: string, candidates: Iterable<string>, maxEdits = Math.max(1, Math.floor(word.length / 3))): string | null {
	const lower = word.toLowerCase();
	let best: string | null = null;
	let bestDistance = maxEdits + 1;
	for (const candidate of candidates) {
		const d = typoDistance(lower, candidate.toLowerCase());
		if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
			best = candidate;
			bestDistance = d;
		}
	}
	return bestDistance <= maxEdits ? best : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function typoDistance(a: string, b: string): number {
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
			row.push(d);
		}
		prev2 = prev;
		prev = row;
	}
	return prev[b.length];
}
