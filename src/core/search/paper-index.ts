import type { PaperRecord } from "../papers/paper-record";
import { OFFSETS_PER_RECORD, buildHaystack } from "./haystack";
import { SEARCH_FIELDS } from "./search-fields";
import { TermStats } from "./term-stats";
import { fnv1a } from "../text/fnv-hash";

const SEARCH_FIELD_COUNT = SEARCH_FIELDS.length;

/**
 * The search index over paper records: per record, its lower-cased haystack
 * with field offsets, kept in flat arrays indexed by
 * slot; and the token statistics fuse.js's token search needs. Adding, updating or
 * removing a paper touches that paper's slot only. `version` changes with
 * every edit, so caches built on the index know when to drop themselves.
 */
export class PaperIndex {
	private recordsBySlot: Array<PaperRecord | null> = [];
	private textBySlot: string[] = [];
	private offsets = new Int32Array(0);
	private tieKeys = new Uint32Array(0);
	private slotByPath = new Map<string, number>();
	private freeSlots: number[] = [];
	/** Token statistics for fuse.js's token search, and the vocabulary for typo correction. */
	readonly stats = new TermStats();
	/** Changes on every edit. */
	version = 0;

	constructor(records: Iterable<PaperRecord> = []) {
		const list = [...records];
		this.grow(list.length);
		for (const r of list) this.upsert(r);
		this.version = 0;
	}

	get size(): number {
		return this.slotByPath.size;
	}

	/** Slots in use, ascending. */
	liveSlots(): Int32Array {
		const out = new Int32Array(this.size);
		let n = 0;
		for (let s = 0; s < this.recordsBySlot.length; s++) if (this.recordsBySlot[s] !== null) out[n++] = s;
		return out;
	}

	/** Upper bound of slot numbers. */
	get slotCount(): number {
		return this.recordsBySlot.length;
	}

	record(slot: number): PaperRecord | null {
		return this.recordsBySlot[slot] ?? null;
	}

	text(slot: number): string {
		return this.textBySlot[slot];
	}

	/** Offset where a field starts: an index into SEARCH_FIELDS, then the filter-only fields. */
	fieldStart(slot: number, field: number): number {
		return this.offsets[slot * OFFSETS_PER_RECORD + field];
	}

	/** Offset just past a field's text. */
	fieldEnd(slot: number, field: number): number {
		return this.offsets[slot * OFFSETS_PER_RECORD + field + 1] - 1;
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

	/** Adds a paper, or replaces the one at the same path. Returns its slot. */
	upsert(record: PaperRecord): number {
		let slot = this.slotByPath.get(record.path);
		if (slot === undefined) {
			slot = this.freeSlots.pop() ?? this.recordsBySlot.length;
			if (slot === this.recordsBySlot.length) {
				this.grow(slot + 1);
				this.recordsBySlot.push(null);
				this.textBySlot.push("");
			}
			this.slotByPath.set(record.path, slot);
		}
		if (this.recordsBySlot[slot]) this.stats.remove(this.textBySlot[slot], this.fieldStart(slot, SEARCH_FIELD_COUNT));
		const hay = buildHaystack(record);
		this.recordsBySlot[slot] = record;
		this.textBySlot[slot] = hay.text;
		this.offsets.set(hay.offsets, slot * OFFSETS_PER_RECORD);
		this.tieKeys[slot] = fnv1a(record.path);
		this.stats.add(hay.text, hay.offsets[SEARCH_FIELD_COUNT]);
		this.version++;
		return slot;
	}

	/** Removes the paper at `path`; returns whether there was one. */
	remove(path: string): boolean {
		const slot = this.slotByPath.get(path);
		if (slot === undefined) return false;
		this.slotByPath.delete(path);
		if (this.recordsBySlot[slot]) this.stats.remove(this.textBySlot[slot], this.fieldStart(slot, SEARCH_FIELD_COUNT));
		this.recordsBySlot[slot] = null;
		this.textBySlot[slot] = "";
		this.freeSlots.push(slot);
		this.version++;
		return true;
	}

	/** Moves a paper to a new path (a renamed note). */
	rename(oldPath: string, record: PaperRecord): void {
		if (oldPath !== record.path) this.remove(oldPath);
		this.upsert(record);
	}

	private grow(slots: number): void {
		if (slots * OFFSETS_PER_RECORD <= this.offsets.length) return;
		const capacity = Math.max(slots, Math.ceil(this.recordsBySlot.length * 1.5), 16);
		const offsets = new Int32Array(capacity * OFFSETS_PER_RECORD);
		offsets.set(this.offsets);
		this.offsets = offsets;
		const tieKeys = new Uint32Array(capacity);
		tieKeys.set(this.tieKeys);
		this.tieKeys = tieKeys;
	}
}
