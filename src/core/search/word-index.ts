import type { Haystack } from "./haystack";
import { ALL_FIELDS, SEARCH_FIELDS } from "./search-fields";
import { forEachToken } from "./tokens";
import { Vocabulary } from "./vocabulary";

/** Postings encode a paper's slot and a field as `slot * FIELD_CODES + field`. */
export const FIELD_CODES = 16;

const SEARCH_FIELD_COUNT = SEARCH_FIELDS.length;

/** Which Latin letters (bit 0 for a) `text.slice(from, end)` holds. */
function letterMask(text: string, from: number, end: number): number {
	let mask = 0;
	for (let i = from; i < end; i++) {
		const c = text.charCodeAt(i) - 97;
		if (c >= 0 && c < 26) mask |= 1 << c;
	}
	return mask;
}

/**
 * The word index: for each word of the vocabulary, the (paper, field) pairs
 * holding it, and the statistics fuse.js's token search weighs query words
 * with, counted exactly as fuse.js counts them (how many field values hold
 * the word, and how many field values hold any word), but kept current one
 * paper at a time.
 */
export class WordIndex {
	readonly vocabulary = new Vocabulary();
	/** Field values with at least one word. */
	fieldCount = 0;
	private postings: Array<Int32Array | undefined> = [];
	/**
	 * Per word, side by side (one cache line for the four): how many field
	 * values hold it (DOC_FREQ), its postings' length (LENGTH), and the last
	 * value and the last paper field that counted it (VALUE_STAMP,
	 * FIELD_STAMP), so each counts once.
	 */
	private perWord = new Int32Array(1024 * PER_WORD);
	private stamp = 0;

	/**
	 * Which Latin letters (bit 0 for a) each field of each paper holds, by
	 * (slot, field) code: a one-letter query word matches wherever its letter
	 * is, nearly everywhere, which this answers without reading the postings
	 * of every word holding the letter.
	 */
	letters = new Int32Array(0);

	/** Indexes the fields in `fields` (a mask, see `fieldMask`) of a paper's haystack (see `buildHaystack`) under `slot`. */
	add(slot: number, hay: Haystack, fields = ALL_FIELDS): void {
		if ((slot + 1) * FIELD_CODES > this.letters.length) {
			const grown = new Int32Array(Math.max((slot + 1) * FIELD_CODES, this.letters.length * 2));
			grown.set(this.letters);
			this.letters = grown;
		}
		this.visit(slot, hay, 1, fields);
	}

	/** Removes what `add` indexed for the same slot, haystack and fields. */
	remove(slot: number, hay: Haystack, fields = ALL_FIELDS): void {
		this.visit(slot, hay, -1, fields);
	}

	/** How many field values hold a word. */
	frequency(word: string): number {
		const id = this.vocabulary.idOf(word);
		return id < 0 ? 0 : this.perWord[id * PER_WORD + DOC_FREQ];
	}

	/** How rare a word is, as fuse.js's token search weighs it. */
	idf(word: string): number {
		const df = this.frequency(word);
		return Math.log(1 + (this.fieldCount - df + 0.5) / (df + 0.5));
	}

	/** The (slot, field) codes of the papers holding word `id`, in no particular order. */
	postingsOf(id: number): Int32Array {
		const list = this.postings[id];
		return list === undefined ? EMPTY : list.subarray(0, this.perWord[id * PER_WORD + LENGTH]);
	}

	private visit(slot: number, hay: Haystack, delta: 1 | -1, fields: number): void {
		this.delta = delta;
		for (let f = 0; f < SEARCH_FIELD_COUNT; f++) {
			if ((fields & (1 << f)) === 0) continue;
			const code = slot * FIELD_CODES + f;
			const from = hay.offsets[f];
			const end = hay.offsets[f + 1] - 1;
			this.code = code;
			this.fieldMark = ++this.stamp;
			this.startValue();
			forEachToken(hay.text, this.onToken, this.onValueBreak, end, from);
			this.endValue();
			this.letters[code] = delta > 0 ? letterMask(hay.text, from, end) : 0;
		}
	}

	// What `visit` is reading, for its two callbacks: made once, so indexing makes no closure per paper.
	private delta: 1 | -1 = 1;
	private code = 0;
	private fieldMark = 0;
	private valueMark = 0;
	private valueTokens = 0;

	private readonly onToken = (source: string, start: number, end: number, hash: number): void => {
		const id = this.vocabulary.intern(source, start, end, hash);
		if ((id + 1) * PER_WORD > this.perWord.length) this.grow(id);
		const at = id * PER_WORD;
		const perWord = this.perWord;
		this.valueTokens++;
		// fuse.js counts a word once per value holding it; postings hold a (paper, field) once.
		if (perWord[at + VALUE_STAMP] !== this.valueMark) {
			perWord[at + VALUE_STAMP] = this.valueMark;
			perWord[at + DOC_FREQ] += this.delta;
		}
		if (perWord[at + FIELD_STAMP] !== this.fieldMark) {
			perWord[at + FIELD_STAMP] = this.fieldMark;
			if (this.delta > 0) this.post(id, this.code);
			else this.unpost(id, this.code);
		}
	};

	private readonly onValueBreak = (): void => {
		this.endValue();
		this.startValue();
	};

	private startValue(): void {
		this.valueMark = ++this.stamp;
		this.valueTokens = 0;
	}

	private endValue(): void {
		if (this.valueTokens > 0) this.fieldCount += this.delta;
	}

	private post(id: number, code: number): void {
		let list = this.postings[id];
		const n = this.perWord[id * PER_WORD + LENGTH];
		if (list === undefined || n === list.length) {
			const grown = new Int32Array(Math.max(4, n * 2));
			if (list) grown.set(list);
			this.postings[id] = list = grown;
		}
		list[n] = code;
		this.perWord[id * PER_WORD + LENGTH] = n + 1;
	}

	private unpost(id: number, code: number): void {
		const list = this.postings[id];
		if (list === undefined) return;
		const n = this.perWord[id * PER_WORD + LENGTH];
		const at = list.subarray(0, n).lastIndexOf(code);
		if (at < 0) return;
		// Order does not matter: the last posting fills the gap.
		list[at] = list[n - 1];
		this.perWord[id * PER_WORD + LENGTH] = n - 1;
	}

	private grow(id: number): void {
		const grown = new Int32Array(Math.max((id + 1) * PER_WORD, this.perWord.length * 2));
		grown.set(this.perWord);
		this.perWord = grown;
	}
}

const PER_WORD = 4;
const DOC_FREQ = 0;
const LENGTH = 1;
const VALUE_STAMP = 2;
const FIELD_STAMP = 3;
const EMPTY = new Int32Array(0);
