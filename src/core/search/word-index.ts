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
	/**
	 * Every word's postings, each word's in a run of its own that moves to
	 * one twice as long when full: one array for the library rather than one
	 * per word (indexing makes tens of thousands of words, most of them
	 * rare). Runs left behind are reclaimed when the array would grow.
	 */
	private arena = new Int32Array(4096);
	private arenaUsed = 0;
	private arenaWasted = 0;
	/**
	 * Per word, side by side: how many field values hold it (DOC_FREQ), its
	 * postings' length (LENGTH), the last value and the last paper field that
	 * counted it (VALUE_STAMP, FIELD_STAMP), so each counts once, and where
	 * its run of postings starts in the arena and how long the run is
	 * (START, CAPACITY).
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
		const at = id * PER_WORD;
		const start = this.perWord[at + START];
		return this.arena.subarray(start, start + this.perWord[at + LENGTH]);
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
		const perWord = this.perWord;
		const at = id * PER_WORD;
		const n = perWord[at + LENGTH];
		const capacity = perWord[at + CAPACITY];
		if (n === capacity) {
			const grown = capacity === 0 ? FIRST_RUN : capacity * 2;
			const start = this.reserve(grown);
			// `reserve` may have moved every run.
			const from = this.perWord[at + START];
			this.arena.copyWithin(start, from, from + n);
			this.perWord[at + START] = start;
			this.perWord[at + CAPACITY] = grown;
			this.arenaWasted += capacity;
		}
		this.arena[this.perWord[at + START] + n] = code;
		this.perWord[at + LENGTH] = n + 1;
	}

	private unpost(id: number, code: number): void {
		const at = id * PER_WORD;
		const n = this.perWord[at + LENGTH];
		const start = this.perWord[at + START];
		const found = this.arena.subarray(start, start + n).lastIndexOf(code);
		if (found < 0) return;
		// Order does not matter: the last posting fills the gap.
		this.arena[start + found] = this.arena[start + n - 1];
		this.perWord[at + LENGTH] = n - 1;
	}

	/**
	 * The start of `length` free places at the arena's end. A run moving to
	 * one twice as long leaves behind about as much as it holds, so the arena
	 * is compacted instead of grown when a third of it is left behind.
	 */
	private reserve(length: number): number {
		if (this.arenaUsed + length > this.arena.length) {
			if (this.arenaWasted * 3 > this.arenaUsed) this.compact(length);
			else {
				// A quarter more, not twice: the arena is most of the index's memory, and after `trim` it is full.
				const grown = new Int32Array(Math.max(Math.ceil(this.arena.length * 1.25), this.arenaUsed + length + FIRST_RUN * 1024));
				grown.set(this.arena.subarray(0, this.arenaUsed));
				this.arena = grown;
			}
		}
		const start = this.arenaUsed;
		this.arenaUsed += length;
		return start;
	}

	/**
	 * Gives every word's postings a run just as long as they are, in an
	 * arena an eighth larger: after a whole library is indexed, the room
	 * runs kept for growing is no longer needed (an edit moves the runs it
	 * grows, as indexing did, into the eighth left free).
	 */
	trim(): void {
		this.compact(0, true);
	}

	/** Copies every word's run into a new arena with room for `extra` more; `tight`, each run only as long as its postings. */
	private compact(extra: number, tight = false): void {
		const perWord = this.perWord;
		const words = this.vocabulary.size;
		const runLength = (at: number): number => (tight ? perWord[at + LENGTH] : perWord[at + CAPACITY]);
		let live = 0;
		for (let id = 0; id < words; id++) live += runLength(id * PER_WORD);
		// Room for runs to grow on, since growing the arena is a copy of all of it: half again as much, or an eighth when tight (edits grow few runs).
		const next = new Int32Array(Math.ceil((live + extra) * (tight ? 1.125 : 1.5)));
		let used = 0;
		for (let id = 0; id < words; id++) {
			const at = id * PER_WORD;
			const length = runLength(at);
			const start = perWord[at + START];
			next.set(this.arena.subarray(start, start + perWord[at + LENGTH]), used);
			perWord[at + START] = used;
			perWord[at + CAPACITY] = length;
			used += length;
		}
		this.arena = next;
		this.arenaUsed = used;
		this.arenaWasted = 0;
	}

	private grow(id: number): void {
		const grown = new Int32Array(Math.max((id + 1) * PER_WORD, this.perWord.length * 2));
		grown.set(this.perWord);
		this.perWord = grown;
	}
}

const PER_WORD = 6;
const DOC_FREQ = 0;
const LENGTH = 1;
const VALUE_STAMP = 2;
const FIELD_STAMP = 3;
const START = 4;
const CAPACITY = 5;
/** A word's first run of postings: most words of a library are in a paper or two. */
const FIRST_RUN = 4;
