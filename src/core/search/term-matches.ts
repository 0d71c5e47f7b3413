import { BoundedCache } from "./bounded-cache";
import { SEARCH_FIELDS } from "./search-fields";
import { allowedEdits, exactPieces, patternMasks, substringDistance } from "./substring-distance";
import { RUN_TOGETHER_BELOW, RUN_TOGETHER_MIN_HALF, TERM_CACHE_SIZE } from "./tuning";
import { charMask, popCount } from "./vocabulary";
import { FIELD_CODES, type WordIndex } from "./word-index";

/** No match in a field. */
export const NO_MATCH = 255;

/**
 * Set on the edits of a match guessed from a word's two halves: the
 * estimate reads them (without the flag), the exact step does not trust
 * them and asks Bitap.
 */
export const GUESSED = 64;

/**
 * Where one query word matches: for every (paper, field) code of the word
 * index, the fewest edits of a match in that field (`NO_MATCH` for none), and
 * the slots of the papers with any match.
 */
export interface TermMatch {
	term: string;
	maxEdits: number;
	edits: Uint8Array;
	slots: Int32Array;
	/** Per slot, which fields (bit f for field f) hold a match: the estimate reads only those. */
	fields: Uint16Array;
}

/** Vocabulary words matching a term: word numbers and edits, and how much of the vocabulary was read. */
interface WordMatches {
	ids: number[];
	edits: number[];
	read: number;
}

/**
 * Matches query words against the library: first against the vocabulary
 * (every word holding the term with at most `maxEdits` edits, as Bitap
 * counts them), then through the word index to papers and fields. Both steps
 * are kept in bounded caches between keystrokes; a word's paper matches are
 * dropped when the index changes, its vocabulary matches only read the words
 * added since.
 */
export class TermMatcher {
	private readonly words = new BoundedCache<string, WordMatches>(TERM_CACHE_SIZE * 4);
	private readonly matches = new BoundedCache<string, TermMatch>(TERM_CACHE_SIZE, (m) => this.dropped.push(m.edits));
	/**
	 * Edit arrays of matches dropped from the cache, reused (at 50,000 papers
	 * each is 800 KB): those dropped during a query may still be in its hands,
	 * so they are reused from the next query on.
	 */
	private dropped: Uint8Array[] = [];
	private spare: Uint8Array[] = [];
	private version = -1;
	private seen = new Int32Array(0);
	private slots = new Int32Array(0);
	private wordMark = new Int32Array(0);
	private wordStamp = 0;
	private stamp = 0;

	constructor(private readonly index: WordIndex) {}

	/** Marks the start of a query: arrays dropped before it may be reused. */
	beginQuery(): void {
		this.spare.push(...this.dropped);
		this.dropped = [];
	}

	/**
	 * The matches of `term` with at most `maxEdits` edits, in an index of
	 * `slotCount` slots at `version`. With a `threshold` (fuse.js's, for the
	 * halves), a long word that matches few papers alone is also looked for
	 * as two words run together.
	 */
	match(term: string, maxEdits: number, slotCount: number, version: number, threshold: number | null): TermMatch {
		if (version !== this.version) {
			this.matches.clear();
			this.version = version;
		}
		const key = `${maxEdits}\u0000${threshold ?? ""}\u0000${term}`;
		const cached = this.matches.get(key);
		if (cached) return cached;
		const made = this.fromWords(term, maxEdits, slotCount);
		const result = threshold !== null && made.slots.length < RUN_TOGETHER_BELOW && term.length >= 2 * RUN_TOGETHER_MIN_HALF ? this.withHalves(made, slotCount, threshold) : made;
		this.matches.set(key, result);
		return result;
	}

	/** Vocabulary words holding the term within `maxEdits`; numbers only grow, so a cached list reads just the newer words. */
	wordMatches(term: string, maxEdits: number): WordMatches {
		const key = `${maxEdits}\u0000${term}`;
		const vocabulary = this.index.vocabulary;
		let found = this.words.get(key);
		if (found && found.read === vocabulary.size) return found;
		if (found) found = { ids: [...found.ids], edits: [...found.edits], read: found.read };
		else {
			// A word typed one letter further matches a subset of the words its prefix matched with as many edits.
			const shorter = term.length > 1 ? this.words.get(`${maxEdits}\u0000${term.slice(0, -1)}`) : undefined;
			found = { ids: [], edits: [], read: shorter?.read ?? 0 };
			if (shorter) this.collect(term, maxEdits, shorter.ids, 0, shorter.ids.length, found);
		}
		const mayHold = this.wordsThatMayHold(term, maxEdits, found.read);
		if (mayHold) this.collect(term, maxEdits, mayHold, 0, mayHold.length, found);
		else this.collect(term, maxEdits, null, found.read, vocabulary.size, found);
		found.read = vocabulary.size;
		this.words.set(key, found);
		return found;
	}

	/**
	 * The words numbered `from` on that may hold the term within `maxEdits`:
	 * such a word holds one of its `maxEdits + 1` pieces unchanged, so each
	 * piece's rarest pair of characters leads to the words worth comparing.
	 * Null when a piece is a single character (a full scan is then needed).
	 */
	private wordsThatMayHold(term: string, maxEdits: number, from: number): number[] | null {
		const pieces = exactPieces(term, maxEdits);
		if (pieces.some((p) => p.length < 2)) return null;
		const vocabulary = this.index.vocabulary;
		if (this.wordMark.length < vocabulary.size) this.wordMark = new Int32Array(vocabulary.size * 2);
		const stamp = ++this.wordStamp;
		const out: number[] = [];
		for (const piece of pieces) {
			let rarest: readonly number[] | null = null;
			for (let i = 0; i + 1 < piece.length; i++) {
				const list = vocabulary.wordsWithPair(piece.slice(i, i + 2));
				if (!list) {
					rarest = null;
					break;
				}
				if (!rarest || list.length < rarest.length) rarest = list;
			}
			if (!rarest) continue;
			for (let i = firstAtLeast(rarest, from); i < rarest.length; i++) {
				const id = rarest[i];
				if (this.wordMark[id] === stamp) continue;
				this.wordMark[id] = stamp;
				out.push(id);
			}
		}
		return out;
	}

	/** Adds to `found` the words that hold the term within `maxEdits`, among `ids[from..to)`, or among the word numbers `from..to` when `ids` is null. */
	private collect(term: string, maxEdits: number, ids: readonly number[] | null, from: number, to: number, found: WordMatches): void {
		const { words, masks } = this.index.vocabulary;
		const minLength = term.length - maxEdits;
		if (maxEdits === 0) {
			for (let i = from; i < to; i++) {
				const id = ids ? ids[i] : i;
				if (words[id].length >= minLength && words[id].includes(term)) {
					found.ids.push(id);
					found.edits.push(0);
				}
			}
			return;
		}
		const masksOfTerm = patternMasks(term);
		const need = charMask(term);
		for (let i = from; i < to; i++) {
			const id = ids ? ids[i] : i;
			const word = words[id];
			if (word.length < minLength || popCount(need & ~masks[id]) > maxEdits) continue;
			const edits = substringDistance(masksOfTerm, word, maxEdits);
			if (edits <= maxEdits) {
				found.ids.push(id);
				found.edits.push(edits);
			}
		}
	}

	private fromWords(term: string, maxEdits: number, slotCount: number): TermMatch {
		const letter = term.length === 1 ? term.charCodeAt(0) - 97 : -1;
		if (letter >= 0 && letter < 26) return this.fromLetter(term, letter, slotCount);
		const words = this.wordMatches(term, maxEdits);
		const edits = this.editsArray(slotCount);
		const fields = new Uint16Array(slotCount);
		const seen = this.scratch(slotCount);
		const slots = this.slotBuffer(slotCount);
		let n = 0;
		for (let w = 0; w < words.ids.length; w++) {
			const e = words.edits[w];
			const postings = this.index.postingsOf(words.ids[w]);
			for (let p = 0; p < postings.length; p++) {
				const code = postings[p];
				if (edits[code] <= e) continue;
				edits[code] = e;
				const slot = (code / FIELD_CODES) | 0;
				fields[slot] |= 1 << (code & (FIELD_CODES - 1));
				if (seen[slot] !== this.stamp) {
					seen[slot] = this.stamp;
					slots[n++] = slot;
				}
			}
		}
		return { term, maxEdits, edits, slots: slots.slice(0, n), fields };
	}

	/** A one-letter word matches, unchanged, every field holding the letter. */
	private fromLetter(term: string, letter: number, slotCount: number): TermMatch {
		const edits = this.editsArray(slotCount);
		const fields = new Uint16Array(slotCount);
		const letters = this.index.letters;
		const bit = 1 << letter;
		const slots = this.slotBuffer(slotCount);
		let n = 0;
		for (let slot = 0; slot < slotCount; slot++) {
			let any = false;
			for (let f = 0; f < SEARCH_FIELDS.length; f++) {
				const code = slot * FIELD_CODES + f;
				if ((letters[code] & bit) === 0) continue;
				edits[code] = 0;
				fields[slot] |= 1 << f;
				any = true;
			}
			if (any) slots[n++] = slot;
		}
		return { term, maxEdits: 0, edits, slots: slots.slice(0, n), fields };
	}

	/**
	 * Adds the papers holding both halves of the term in one field, for each
	 * way of cutting it in two: fuse.js matches "diffusionpolicy" in
	 * "diffusion policy" across the space. The edits noted are an estimate
	 * (the halves' plus the space); fuse.js's own score decides later.
	 */
	private withHalves(alone: TermMatch, slotCount: number, threshold: number): TermMatch {
		const edits = alone.edits.slice();
		const fields = alone.fields.slice();
		// Its own marker: matching the halves uses the shared one.
		const inResult = new Uint8Array(slotCount);
		for (const slot of alone.slots) inResult[slot] = 1;
		const slots = Array.from(alone.slots);
		const vocabulary = this.index.vocabulary;
		for (let cut = RUN_TOGETHER_MIN_HALF; cut + RUN_TOGETHER_MIN_HALF <= alone.term.length; cut++) {
			const [a, b] = [alone.term.slice(0, cut), alone.term.slice(cut)];
			// The first half is a word of the library as typed: a word run into the next is typed whole.
			if (vocabulary.idOf(a) < 0) continue;
			const left = this.match(a, allowedEdits(a.length, threshold), slotCount, this.version, null);
			const right = this.match(b, allowedEdits(b.length, threshold), slotCount, this.version, null);
			for (const slot of left.slots.length <= right.slots.length ? left.slots : right.slots) {
				for (let f = 0; f < SEARCH_FIELDS.length; f++) {
					const code = slot * FIELD_CODES + f;
					if (left.edits[code] === NO_MATCH || right.edits[code] === NO_MATCH) continue;
					const estimate = Math.min(alone.maxEdits, left.edits[code] + right.edits[code] + 1);
					if (edits[code] === NO_MATCH) edits[code] = estimate | GUESSED;
					fields[slot] |= 1 << f;
					if (inResult[slot] === 0) {
						inResult[slot] = 1;
						slots.push(slot);
					}
				}
			}
		}
		return { ...alone, edits, slots: Int32Array.from(slots), fields };
	}

	/** An array of `NO_MATCH` per (slot, field) code, reused when one of the right size was dropped. */
	private editsArray(slotCount: number): Uint8Array {
		const size = slotCount * FIELD_CODES;
		let array = this.spare.pop();
		while (array && array.length !== size) array = this.spare.pop();
		return (array ?? new Uint8Array(size)).fill(NO_MATCH);
	}

	/** A per-slot marker array; a new stamp makes every slot unseen. */
	/** A buffer slots are collected in before being copied out at their length: a list of most of the library would live in the old generation, which only a full collection frees. */
	private slotBuffer(slotCount: number): Int32Array {
		if (this.slots.length < slotCount) this.slots = new Int32Array(slotCount);
		return this.slots;
	}

	private scratch(slotCount: number): Int32Array {
		if (this.seen.length < slotCount) this.seen = new Int32Array(slotCount);
		this.stamp++;
		return this.seen;
	}
}

/** The first index of an ascending list whose value is at least `value`. */
function firstAtLeast(list: readonly number[], value: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
