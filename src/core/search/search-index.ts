import type { PaperRecord } from "../papers/paper-record";
import { fnv1a } from "../text/fnv-hash";
import { buildHaystack } from "./haystack";
import { TermMatcher } from "./term-matches";
import { WordIndex } from "./word-index";

/**
 * Everything `searchPapers` needs: the papers, each in a numbered slot, the
 * word index over their searchable text, and the matcher that keeps recent
 * query words' matches between keystrokes. Adding, editing or removing a
 * paper touches that paper's words only; `version` changes with every edit,
 * so matches made before it are not reused.
 */
export class SearchIndex {
	readonly words = new WordIndex();
	readonly matcher = new TermMatcher(this.words);
	/** Changes on every edit. */
	version = 0;
	private recordsBySlot: Array<PaperRecord | null> = [];
	private tieKeys = new Uint32Array(16);
	private slotByPath = new Map<string, number>();
	private freeSlots: number[] = [];

	constructor(records: Iterable<PaperRecord> = []) {
		for (const r of records) this.upsert(r);
		this.version = 0;
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

	/** Adds a paper, or replaces the one with the same path. */
	upsert(record: PaperRecord): void {
		let slot = this.slotByPath.get(record.path);
		if (slot === undefined) {
			slot = this.freeSlots.pop() ?? this.recordsBySlot.length;
			if (slot === this.recordsBySlot.length) this.recordsBySlot.push(null);
			if (slot >= this.tieKeys.length) {
				const grown = new Uint32Array(this.tieKeys.length * 2);
				grown.set(this.tieKeys);
				this.tieKeys = grown;
			}
			this.slotByPath.set(record.path, slot);
		}
		const old = this.recordsBySlot[slot];
		// The old text is read again to take its words out: cheaper than keeping every paper's words twice.
		if (old) this.words.remove(slot, buildHaystack(old));
		this.words.add(slot, buildHaystack(record));
		this.recordsBySlot[slot] = record;
		this.tieKeys[slot] = fnv1a(record.path);
		this.version++;
	}

	/** Removes the paper at `path`; returns whether there was one. */
	remove(path: string): boolean {
		const slot = this.slotByPath.get(path);
		if (slot === undefined) return false;
		const old = this.recordsBySlot[slot];
		if (old) this.words.remove(slot, buildHaystack(old));
		this.slotByPath.delete(path);
		this.recordsBySlot[slot] = null;
		this.freeSlots.push(slot);
		this.version++;
		return true;
	}

	/** Follows a renamed note. */
	rename(oldPath: string, record: PaperRecord): void {
		if (oldPath !== record.path) this.remove(oldPath);
		this.upsert(record);
	}
}

/** Builds the search index over a set of paper records. */
export function createSearchIndex(records: Iterable<PaperRecord>): SearchIndex {
	return new SearchIndex(records);
}
