import type { PaperRecord } from "../papers/paper-record";
import { BoundedCache } from "./bounded-cache";
import { filterNarrows, recordPassesFilter } from "./filters";
import type { QueryFilter } from "./query-parser";
import { FILTER_CACHE_SIZE } from "./tuning";

const UNKNOWN = 0;
const PASSES = 1;
const FAILS = -1;

/** One filter's verdicts, by slot, and the cached filter every paper passing it passes too. */
interface Verdicts {
	filter: QueryFilter;
	bySlot: Int8Array;
	wider: Verdicts | null;
}

/**
 * Which papers pass each recent filter, worked out for a paper the first
 * time a query asks and kept between keystrokes: a short word's candidates
 * are most of the library, and reading a property of every paper on every
 * keystroke is what a filtered query used to spend its time on. A filter
 * typed one letter further tests only the papers that passed the shorter
 * one. Dropped when the index changes.
 */
export class FilterMemo {
	private readonly verdicts = new BoundedCache<string, Verdicts>(FILTER_CACHE_SIZE);
	private version = -1;

	/** A test of whether the paper in `slot` passes every filter. */
	tester(filters: readonly QueryFilter[], version: number, slotCount: number): (slot: number, record: PaperRecord) => boolean {
		// A new version clears the verdicts; so does a library grown without one, whose new slots have none.
		if (version !== this.version || [...this.verdicts.values()].some((v) => v.bySlot.length < slotCount)) {
			this.verdicts.clear();
			this.version = version;
		}
		const all = filters.map((f) => this.verdictsFor(f, slotCount));
		return (slot, record) => {
			for (const v of all) {
				let verdict = v.bySlot[slot];
				if (verdict === UNKNOWN) {
					verdict = v.wider !== null && v.wider.bySlot[slot] === FAILS ? FAILS : recordPassesFilter(record, v.filter) ? PASSES : FAILS;
					v.bySlot[slot] = verdict;
				}
				if (verdict === FAILS) return false;
			}
			return true;
		};
	}

	private verdictsFor(filter: QueryFilter, slotCount: number): Verdicts {
		const key = JSON.stringify(filter);
		const known = this.verdicts.get(key);
		if (known) return known;
		let wider: Verdicts | null = null;
		// The narrowest cached filter this one narrows: the fewest papers left to test.
		for (const v of this.verdicts.values()) if (filterNarrows(filter, v.filter) && (wider === null || filterNarrows(v.filter, wider.filter))) wider = v;
		// Chains are not kept: a filter's wider one is only read while both are cached.
		const made: Verdicts = { filter, bySlot: new Int8Array(slotCount), wider: wider && { ...wider, wider: null } };
		this.verdicts.set(key, made);
		return made;
	}
}
