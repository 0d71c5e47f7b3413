import type { PaperRecord } from "../papers/paper-record";
import { fnv1a } from "../text/fnv-hash";
import { buildHaystack, type Haystack } from "./haystack";
import { ALL_FIELDS, PROSE_FIELDS, SEARCH_FIELDS, fieldMask } from "./search-fields";
import { FilterMemo } from "./filter-memo";
import { TermMatcher } from "./term-matches";
import { WordIndex } from "./word-index";

/**
 * Everything `searchPapers` needs: the papers, each in a numbered slot, the
 * word index over their searchable text, and the matcher that keeps recent
 * query words' matches between keystrokes. Adding, editing or removing a
 * paper touches that paper's words only, and of an edited paper only the
 * fields that changed; `version` changes with every edit, so matches made
 * before it are not reused.
 *
 * Built with `deferProse`, the index first holds every field but the prose
 * ones (PROSE_FIELDS, most of the text): search works at once on titles,
 * authors and ids, and `indexDeferred` adds the prose a batch of papers at a
 * time, so an interface can do it between frames.
 */
export class SearchIndex {
	readonly words = new WordIndex();
	readonly matcher = new TermMatcher(this.words);
	readonly filters = new FilterMemo();
	/** Changes on every edit. */
	version = 0;
	private recordsBySlot: Array<PaperRecord | null> = [];
	private tieKeys = new Uint32Array(16);
	private slotByPath = new Map<string, number>();
	private freeSlots: number[] = [];
	/** Which fields of each slot's paper are in the word index (a mask, see `fieldMask`). */
	private indexedFields = new Uint16Array(16);
	/** Slots whose prose waits for `indexDeferred`, oldest first from `deferredFrom`; papers edited or removed meanwhile are skipped. */
	private deferred: number[] = [];
	private deferredFrom = 0;
	private waiting = 0;

	constructor(records: Iterable<PaperRecord> = [], options: SearchIndexOptions = {}) {
		const fields = options.deferProse ? ALL_FIELDS & ~PROSE_MASK : ALL_FIELDS;
		for (const r of records) this.put(r, fields);
		this.words.trim();
		this.version = 0;
	}

	/** How many papers' prose is not indexed yet. */
	get pendingCount(): number {
		return this.waiting;
	}

	/** Indexes the prose of up to `papers` papers left for later; returns how many are still waiting. */
	indexDeferred(papers: number): number {
		let done = 0;
		while (done < papers && this.deferredFrom < this.deferred.length) {
			const slot = this.deferred[this.deferredFrom++];
			const record = this.recordsBySlot[slot];
			const missing = ALL_FIELDS & ~this.indexedFields[slot];
			if (!record || missing === 0) continue;
			this.words.add(slot, buildHaystack(record), missing);
			this.indexedFields[slot] = ALL_FIELDS;
			this.waiting--;
			done++;
		}
		if (this.deferredFrom === this.deferred.length && this.deferred.length > 0) {
			this.deferred = [];
			this.deferredFrom = 0;
			this.words.trim();
		}
		if (done > 0) this.version++;
		return this.waiting;
	}

	get size(): number {
		return this.slotByPath.size;
	}

	/** Upper bound of slot numbers. */
	get slotCount(): number {
		return this.recordsBySlot.length;
	}

	record(slot: number): PaperRecord | null {
		return this.recordsBySlot[slot] ?? null;
	}

	/** A number fixed by the paper's path, to break ties the same way whatever order papers were added in. */
	tieKey(slot: number): number {
		return this.tieKeys[slot];
	}

	slotOf(path: string): number | undefined {
		return this.slotByPath.get(path);
	}

	get(path: string): PaperRecord | undefined {
		const slot = this.slotByPath.get(path);
		return slot === undefined ? undefined : (this.recordsBySlot[slot] ?? undefined);
	}

	*records(): IterableIterator<PaperRecord> {
		for (const r of this.recordsBySlot) if (r) yield r;
	}

	/** Adds a paper, or replaces the one with the same path; all its fields are indexed at once. */
	upsert(record: PaperRecord): void {
		this.put(record, ALL_FIELDS);
		this.version++;
	}

	/** Removes the paper at `path`; returns whether there was one. */
	remove(path: string): boolean {
		const slot = this.slotByPath.get(path);
		if (slot === undefined) return false;
		const old = this.recordsBySlot[slot];
		if (old) this.words.remove(slot, buildHaystack(old), this.indexedFields[slot]);
		if (this.indexedFields[slot] !== ALL_FIELDS) this.waiting--;
		this.indexedFields[slot] = 0;
		this.slotByPath.delete(path);
		this.recordsBySlot[slot] = null;
		this.freeSlots.push(slot);
		this.version++;
		return true;
	}

	/** Indexes `fields` of a paper in its slot (a new one for a new path), taking out of the old text only the fields that changed. */
	private put(record: PaperRecord, fields: number): void {
		let slot = this.slotByPath.get(record.path);
		if (slot === undefined) {
			slot = this.freeSlots.pop() ?? this.recordsBySlot.length;
			if (slot === this.recordsBySlot.length) this.recordsBySlot.push(null);
			if (slot >= this.tieKeys.length) {
				const tieKeys = new Uint32Array(this.tieKeys.length * 2);
				tieKeys.set(this.tieKeys);
				this.tieKeys = tieKeys;
				const indexedFields = new Uint16Array(tieKeys.length);
				indexedFields.set(this.indexedFields);
				this.indexedFields = indexedFields;
			}
			this.slotByPath.set(record.path, slot);
			this.tieKeys[slot] = fnv1a(record.path);
		}
		const had = this.indexedFields[slot];
		const hay = buildHaystack(record, ALL_FIELDS & ~fields);
		const old = this.recordsBySlot[slot];
		let kept = 0;
		if (old && had !== 0) {
			// The old text is read again to take its words out: cheaper than keeping every paper's words twice.
			const oldHay = buildHaystack(old, ALL_FIELDS & ~had);
			kept = had & fields & sameFields(oldHay, hay);
			if (had & ~kept) this.words.remove(slot, oldHay, had & ~kept);
		}
		if (fields & ~kept) this.words.add(slot, hay, fields & ~kept);
		this.recordsBySlot[slot] = record;
		if (old && had !== ALL_FIELDS) this.waiting--;
		this.indexedFields[slot] = fields;
		if (fields !== ALL_FIELDS) {
			this.deferred.push(slot);
			this.waiting++;
		}
	}

	/** Follows a renamed note. */
	rename(oldPath: string, record: PaperRecord): void {
		if (oldPath !== record.path) this.remove(oldPath);
		this.upsert(record);
	}
}

export interface SearchIndexOptions {
	/** Leave the prose fields for `indexDeferred` (see `SearchIndex`). */
	deferProse?: boolean;
}

/** Builds the search index over a set of paper records. */
export function createSearchIndex(records: Iterable<PaperRecord>, options: SearchIndexOptions = {}): SearchIndex {
	return new SearchIndex(records, options);
}

const PROSE_MASK = fieldMask(PROSE_FIELDS);

/** The search fields (a mask) whose text is the same in two haystacks. */
function sameFields(a: Haystack, b: Haystack): number {
	let mask = 0;
	for (let f = 0; f < SEARCH_FIELDS.length; f++) {
		const from = a.offsets[f];
		const length = a.offsets[f + 1] - from;
		if (length === b.offsets[f + 1] - b.offsets[f] && sameRange(a.text, from, b.text, b.offsets[f], length)) mask |= 1 << f;
	}
	return mask;
}

function sameRange(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
	for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
	return true;
}
