import type { Haystack } from "./haystack";
import { SEARCH_FIELDS } from "./search-fields";
import { forEachToken } from "./tokens";
import { Vocabulary } from "./vocabulary";

/** Postings encode a paper's slot and a field as `slot * FIELD_CODES + field`. */
export const FIELD_CODES = 16;

const SEARCH_FIELD_COUNT = SEARCH_FIELDS.length;
const FIELD_BREAK = 10;

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

	/** Indexes a paper's haystack (see `buildHaystack`) under `slot`. */
	add(slot: number, hay: Haystack): void {
		this.visit(slot, hay, 1);
		if ((slot + 1) * FIELD_CODES > this.letters.length) {
			const grown = new Int32Array(Math.max((slot + 1) * FIELD_CODES, this.letters.length * 2));
			grown.set(this.letters);
			this.letters = grown;
		}
		for (let f = 0; f < SEARCH_FIELD_COUNT; f++) {
			let mask = 0;
			for (let i = hay.offsets[f], end = hay.offsets[f + 1] - 1; i < end; i++) {
				const c = hay.text.charCodeAt(i) - 97;
				if (c >= 0 && c < 26) mask |= 1 << c;
			}
			this.letters[slot * FIELD_CODES + f] = mask;
		}
	}

	/** Removes what `add` indexed for the same slot and haystack. */
	remove(slot: number, hay: Haystack): void {
		this.visit(slot, hay, -1);
		this.letters.fill(0, slot * FIELD_CODES, (slot + 1) * FIELD_CODES);
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

	private visit(slot: number, hay: Haystack, delta: 1 | -1): void {
		let field = 0;
		let tokens = 0;
		const base = slot * FIELD_CODES;
		const valueStamp = (): number => ++this.stamp;
		let value = valueStamp();
		let fieldMark = ++this.stamp;
		const endValue = (): void => {
			if (tokens > 0) this.fieldCount += delta;
			tokens = 0;
			value = valueStamp();
		};
		forEachToken(
			hay.text,
			(source, start, end, hash) => {
				const id = this.vocabulary.intern(source, start, end, hash);
				if ((id + 1) * PER_WORD > this.perWord.length) this.grow(id);
				const at = id * PER_WORD;
				const perWord = this.perWord;
				tokens++;
				if (perWord[at + VALUE_STAMP] !== value) {
					perWord[at + VALUE_STAMP] = value;
					perWord[at + DOC_FREQ] += delta;
				}
				if (perWord[at + FIELD_STAMP] !== fieldMark) {
					perWord[at + FIELD_STAMP] = fieldMark;
					if (delta > 0) this.post(id, base + field);
					else this.unpost(id, base + field);
				}
			},
			(code) => {
				endValue();
				if (code === FIELD_BREAK) {
					field++;
					fieldMark = ++this.stamp;
				}
			},
			hay.offsets[SEARCH_FIELD_COUNT],
		);
		endValue();
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
