/**
 * The normalised titles seen so far, indexed so that a title can be matched
 * against the close ones only: by its first 16 characters (a title cut
 * short or extended) and by its rarest words (a title with a few letters
 * changed still shares most of its words). Each lookup then costs about the
 * size of the smallest word buckets, not the number of titles, so reading a
 * survey grows linearly with its papers.
 */
export class TitleIndex {
	private order = new Map<string, number>();
	private byPrefix = new Map<string, string[]>();
	private byWord = new Map<string, string[]>();

	add(norm: string): void {
		if (norm === "" || this.order.has(norm)) return;
		this.order.set(norm, this.order.size);
		push(this.byPrefix, norm.slice(0, PREFIX), norm);
		for (const w of new Set(wordsOf(norm))) push(this.byWord, w, norm);
	}

	/**
	 * Titles that may be close to `norm`, at most BUDGET of them, in the order
	 * they were added: those sharing its first characters, then those sharing
	 * its rarest words and of a length a close title can have.
	 */
	candidates(norm: string): string[] {
		const found = new Set<string>(norm.length >= PREFIX ? (this.byPrefix.get(norm.slice(0, PREFIX)) ?? []).slice(0, BUDGET) : []);
		const buckets = [...new Set(wordsOf(norm))]
			.map((w) => this.byWord.get(w) ?? [])
			.filter((b) => b.length > 0)
			.sort((a, b) => a.length - b.length)
			.slice(0, RAREST);
		const [low, high] = [norm.length * 0.7, norm.length / 0.7];
		for (const bucket of buckets) {
			for (let i = bucket.length - 1; i >= 0 && found.size < BUDGET; i--) {
				const t = bucket[i];
				if (t.length >= low && t.length <= high) found.add(t);
			}
		}
		return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
	}
}

/** A title extended or cut short keeps at least this many leading characters. */
const PREFIX = 16;
/** Words looked up per title: a close title shares at least one of its three rarest. */
const RAREST = 3;
/** Titles compared per lookup at most: keeps a lookup cheap when every word is common. */
const BUDGET = 64;

/** Words of a normalised title; every Chinese character pair counts as a word, since Chinese is written without spaces. */
function wordsOf(norm: string): string[] {
	const out: string[] = [];
	for (const w of norm.split(" ")) {
		if (/\p{Script=Han}/u.test(w)) for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
		else if (w.length >= 3 || /\d/.test(w)) out.push(w);
	}
	return out;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
