import { filteredSlots } from "./filters";
import type { PaperIndex } from "./paper-index";
import type { QueryFilter } from "./query-parser";
import { FUSE_THRESHOLD, SEARCH_FIELDS } from "./search-fields";
import { unionHits, type Hits } from "./slot-sets";
import { allowedEdits } from "./edit-distance";
import { isCorrectable } from "./tokens";

const FIELD_COUNT = SEARCH_FIELDS.length;
/** How many terms' hits are kept, and how many papers they may hold in all (about 3 MB). */
const CAPACITY = 64;
const CAPACITY_PAPERS = 1 << 19;
/**
 * Terms this short are kept apart, under a budget of their own: they start
 * every word typed, hold most of the library, and so cost the most to find
 * again, while there are only so many of them.
 */
const SHORT_TERM = 2;
const SHORT_TERMS_PAPERS = 1 << 19;
/** How many corrections of a mistyped token are looked for in the papers. */
export const CORRECTIONS_SCANNED = 8;

/** Hits by key, least recently used first, within a count of entries and of the papers they hold. */
export class HitsLru {
	private entries = new Map<string, Hits>();
	private papers = 0;

	constructor(
		private readonly maxEntries: number,
		private readonly maxPapers: number,
		/** Hears each entry dropped to stay within bounds. */
		private readonly onDrop: (key: string) => void = () => undefined,
	) {}

	/** How many papers the kept hits hold in all. */
	get paperCount(): number {
		return this.papers;
	}

	get(key: string): Hits | undefined {
		const hits = this.entries.get(key);
		if (hits) {
			// Re-inserting keeps the Map's order least recently used first.
			this.entries.delete(key);
			this.entries.set(key, hits);
		}
		return hits;
	}

	/** Keeps the hits of a key not kept yet; the oldest entries go to make room, never the new one. */
	set(key: string, hits: Hits): void {
		this.entries.set(key, hits);
		this.papers += hits.slots.length;
		for (const [oldest, old] of this.entries) {
			if (oldest === key || (this.entries.size <= this.maxEntries && this.papers <= this.maxPapers)) break;
			this.entries.delete(oldest);
			this.papers -= old.slots.length;
			this.onDrop(oldest);
		}
	}

	clear(): void {
		this.entries.clear();
		this.papers = 0;
	}
}

/**
 * Which papers contain each term typed lately, among those passing the
 * current filters. A term's papers are found by scanning only the papers of
 * a shorter cached term it contains (a paper holding "diffus" is among those
 * holding "diff"), so each keystroke scans the previous keystroke's matches,
 * not the whole library. Everything is dropped when the index or the filters change.
 */
export class HitCache {
	private version = -1;
	private filterKey = "";
	private baseSlots: Int32Array = new Int32Array(0);
	private entries: HitsLru;
	/** The exact entries of `entries`, by term, to find one a new term narrows without building keys. */
	private terms = new Map<string, Hits>();
	/** Exact hits of short terms. */
	private short: HitsLru;
	/** The corrections each fuzzy token was read as. */
	private words = new Map<string, readonly string[]>();

	/** `shortTermsPapers`: how many papers the hits of short terms may hold in all. */
	constructor(shortTermsPapers = SHORT_TERMS_PAPERS) {
		this.entries = new HitsLru(CAPACITY, CAPACITY_PAPERS, (key) => {
			if (key[0] === "=") this.terms.delete(key.slice(1));
		});
		this.short = new HitsLru(Infinity, shortTermsPapers);
	}

	/** How many papers the kept hits of short terms hold in all. */
	get shortTermPapers(): number {
		return this.short.paperCount;
	}

	/** Makes the cache current for this index state and these filters; returns the papers passing the filters. */
	prepare(index: PaperIndex, filters: readonly QueryFilter[]): Int32Array {
		const key = JSON.stringify(filters);
		if (index.version !== this.version || key !== this.filterKey || this.baseSlots.length === 0) {
			this.version = index.version;
			this.filterKey = key;
			this.baseSlots = filteredSlots(index, filters);
			this.entries.clear();
			this.terms.clear();
			this.short.clear();
			this.words.clear();
		}
		return this.baseSlots;
	}

	get base(): Int32Array {
		return this.baseSlots;
	}

	/** Papers whose searchable text contains `term` exactly (case aside), with the fields holding it. */
	exact(index: PaperIndex, term: string): Hits {
		if (term.length <= SHORT_TERM) return this.shortTerm(index, term);
		const cached = this.entries.get(`=${term}`);
		if (cached) return cached;
		const found = this.find(index, term);
		this.terms.set(term, found);
		this.entries.set(`=${term}`, found);
		return found;
	}

	private shortTerm(index: PaperIndex, term: string): Hits {
		let found = this.short.get(term);
		if (!found) {
			found = this.find(index, term);
			this.short.set(term, found);
		}
		return found;
	}

	/**
	 * Scans for a term within the papers of a cached term it contains: the
	 * narrowest longer one, or else the narrowest short one, found by its
	 * letters rather than by trying every short term kept.
	 */
	private find(index: PaperIndex, term: string): Hits {
		let parent: Hits | undefined;
		const consider = (hits: Hits | undefined): void => {
			if (hits && hits.slots.length < (parent?.slots.length ?? Infinity)) parent = hits;
		};
		for (const [key, hits] of this.terms) if (term.includes(key)) consider(hits);
		if (!parent) for (let length = 1; length <= SHORT_TERM; length++) for (let i = 0; i + length <= term.length; i++) consider(this.short.get(term.slice(i, i + length)));
		return parent ? scan(index, parent.slots, term, parent.fields) : scan(index, this.baseSlots, term);
	}

	/**
	 * The vocabulary words `token` may be a typo of (unless it is Chinese,
	 * Japanese or Korean, whose pairs fuse.js matches exactly), read as the
	 * start of a word since it may still be being typed; most used first.
	 */
	corrections(index: PaperIndex, token: string): readonly string[] {
		let found = this.words.get(token);
		if (!found) {
			const edits = allowedEdits(token.length, FUSE_THRESHOLD);
			found = edits > 0 && isCorrectable(token) ? index.stats.corrections(token, edits, true) : [];
			this.words.set(token, found);
			if (this.words.size > CAPACITY) this.words.delete(this.words.keys().next().value as string);
		}
		return found;
	}

	/**
	 * Papers that hold `token` or one of the words it may be a typo of (the
	 * most used few): each word's papers come from `exact`, so a word that
	 * extends one looked up before is found by narrowing, not a new scan.
	 */
	fuzzy(index: PaperIndex, token: string): Hits {
		const key = `~${token}`;
		const cached = this.entries.get(key);
		if (cached) return cached;
		let hits = this.exact(index, token);
		for (const word of this.corrections(index, token).slice(0, CORRECTIONS_SCANNED)) hits = unionHits(hits, this.exact(index, word));
		this.entries.set(key, hits);
		return hits;
	}
}

/**
 * The slots among `source` whose searchable fields (not the filter-only
 * ones) contain `term`, with the fields holding it. With `fields`, the
 * fields each slot's parent term was found in (a paper holding "diffus"
 * holds "diff" in the same field), only those are looked in.
 */
function scan(index: PaperIndex, source: Int32Array, term: string, fields?: Uint16Array): Hits {
	const slots = new Int32Array(source.length);
	const found = new Uint16Array(source.length);
	let n = 0;
	for (let i = 0; i < source.length; i++) {
		const slot = source[i];
		const mask = fieldMask(index, slot, term, fields ? fields[i] : ALL_FIELDS);
		if (mask === 0) continue;
		slots[n] = slot;
		found[n++] = mask;
	}
	return { slots: slots.slice(0, n), fields: found.slice(0, n) };
}

/** Every search field. */
const ALL_FIELDS = (1 << FIELD_COUNT) - 1;

/** Which of the fields in `within` (a bit mask over SEARCH_FIELDS) hold `term` in the slot's haystack. */
function fieldMask(index: PaperIndex, slot: number, term: string, within: number): number {
	const text = index.text(slot);
	let mask = 0;
	let pos = -1;
	for (let rest = within; rest !== 0; rest &= rest - 1) {
		const f = 31 - Math.clz32(rest & -rest);
		const start = index.fieldStart(slot, f);
		// The first occurrence from an earlier field's start is the first from this one's too, when it lies past it.
		if (pos < start) {
			pos = text.indexOf(term, start);
			if (pos < 0) break;
		}
		if (pos + term.length <= index.fieldEnd(slot, f)) mask |= 1 << f;
	}
	return mask;
}
