import { hashRange } from "./tokens";

/**
 * The words of the library, each with a number that never changes: a hash
 * table looked up by a range of a larger string, so indexing a library makes
 * no string per occurrence, only one per new word. Open addressing with
 * linear probing. Words are never removed: a word no paper holds any more
 * keeps its number and matches nothing, and numbers only grow, so a cache of
 * matches against the vocabulary is brought up to date by reading the words
 * added since.
 */
export class Vocabulary {
	/** The words, by number. */
	readonly words: string[] = [];
	/** Which of 32 character classes each word holds (see `charMask`), by number. */
	masks = new Int32Array(1024);
	/**
	 * For each pair of neighbouring characters, the numbers of the words
	 * holding it, ascending. Made when first asked for, and brought up to date
	 * from `paired` on: indexing a library does not pay for it.
	 */
	private readonly byPair = new Map<string, number[]>();
	private paired = 0;
	/**
	 * The hash table: per entry its word's hash, number (-1 for none), length
	 * and where its characters start in `chars`, side by side so a probe
	 * reads one cache line.
	 */
	private table: Int32Array;
	/**
	 * Every word's characters, one after another: a lookup compares against
	 * them rather than against the word's string, which lies elsewhere in
	 * memory (indexing a library looks up every word of every paper).
	 */
	private chars = new Uint16Array(8192);
	private charsUsed = 0;
	private mask: number;

	constructor(capacity = 1024) {
		const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
		this.table = emptyTable(size);
		this.mask = size - 1;
	}

	get size(): number {
		return this.words.length;
	}

	/** The number of `word`, or -1. */
	idOf(word: string): number {
		return this.find(word, 0, word.length, hashRange(word, 0, word.length));
	}

	/** The number of `source.slice(start, end)` (whose FNV-1a hash is `hash`), added when new. */
	intern(source: string, start: number, end: number, hash: number): number {
		const found = this.find(source, start, end, hash);
		return found >= 0 ? found : this.insert(source.slice(start, end), hash);
	}

	/**
	 * The numbers of the words holding `pair` (two characters), ascending, or
	 * null when none does: a word holding a text holds each of its pairs, so
	 * the rarest pair of a text leads to every word that may hold it.
	 */
	wordsWithPair(pair: string): readonly number[] | null {
		for (; this.paired < this.words.length; this.paired++) this.addPairs(this.words[this.paired], this.paired);
		return this.byPair.get(pair) ?? null;
	}

	private addPairs(word: string, id: number): void {
		for (let i = 0; i + 1 < word.length; i++) {
			const key = word.slice(i, i + 2);
			const list = this.byPair.get(key);
			if (!list) this.byPair.set(key, [id]);
			// A word with a pair twice is listed once: its number is already last.
			else if (list[list.length - 1] !== id) list.push(id);
		}
	}

	private find(source: string, start: number, end: number, hash: number): number {
		const length = end - start;
		const table = this.table;
		for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
			const id = table[i * ENTRY + 1];
			if (id < 0) return -1;
			if (table[i * ENTRY] === hash && table[i * ENTRY + 2] === length && this.holds(table[i * ENTRY + 3], source, start, length)) return id;
		}
	}

	private insert(word: string, hash: number): number {
		if ((this.words.length + 1) * 2 > this.mask + 1) this.grow();
		const id = this.words.length;
		this.words.push(word);
		if (id >= this.masks.length) this.masks = doubled(this.masks);
		this.masks[id] = charMask(word);
		const at = this.charsUsed;
		if (at + word.length > this.chars.length) {
			const grown = new Uint16Array(Math.max(this.chars.length * 2, at + word.length));
			grown.set(this.chars);
			this.chars = grown;
		}
		for (let k = 0; k < word.length; k++) this.chars[at + k] = word.charCodeAt(k);
		this.charsUsed += word.length;
		this.place(id, hash, word.length, at);
		return id;
	}

	/** Whether the characters stored from `at` equal `source.slice(start, start + length)`. */
	private holds(at: number, source: string, start: number, length: number): boolean {
		const chars = this.chars;
		for (let k = 0; k < length; k++) if (chars[at + k] !== source.charCodeAt(start + k)) return false;
		return true;
	}

	private place(id: number, hash: number, length: number, at: number): void {
		let i = hash & this.mask;
		while (this.table[i * ENTRY + 1] >= 0) i = (i + 1) & this.mask;
		this.table[i * ENTRY] = hash;
		this.table[i * ENTRY + 1] = id;
		this.table[i * ENTRY + 2] = length;
		this.table[i * ENTRY + 3] = at;
	}

	private grow(): void {
		const old = this.table;
		const size = (this.mask + 1) * 2;
		this.table = emptyTable(size);
		this.mask = size - 1;
		for (let i = 0; i < old.length; i += ENTRY) if (old[i + 1] >= 0) this.place(old[i + 1], old[i], old[i + 2], old[i + 3]);
	}
}

/**
 * Which of 32 classes of character a text holds, one bit each (the code unit
 * modulo 32: the 26 Latin letters get a bit each). A word can hold a
 * pattern with `k` edits only if at most `k` of the pattern's classes are
 * missing from it, which rules out most of a vocabulary in one operation.
 */
export function charMask(text: string): number {
	let m = 0;
	for (let i = 0; i < text.length; i++) m |= 1 << (text.charCodeAt(i) & 31);
	return m;
}

/** How many bits are set. */
export function popCount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Numbers of a hash table entry: hash, word number, length, start of its characters. */
const ENTRY = 4;

function emptyTable(size: number): Int32Array {
	const table = new Int32Array(size * ENTRY);
	for (let i = 1; i < table.length; i += ENTRY) table[i] = -1;
	return table;
}

function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}
