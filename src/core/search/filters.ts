import type { PaperRecord } from "../papers/paper-record";
import { fold } from "./haystack";
import type { PaperIndex } from "./paper-index";
import type { QueryFilter } from "./query-parser";
import { SEARCH_FIELDS } from "./search-fields";

/** Where each filter looks in a record's haystack: a search field, or a filter-only field after them. */
const FILTER_FIELD_INDEX: Readonly<Record<Exclude<QueryFilter["field"], "year">, number>> = {
	venue: SEARCH_FIELDS.indexOf("venue"),
	author: SEARCH_FIELDS.indexOf("authors"),
	dir: SEARCH_FIELDS.indexOf("directions"),
	tag: SEARCH_FIELDS.indexOf("tags"),
	trend: SEARCH_FIELDS.length,
	survey: SEARCH_FIELDS.length + 1,
};

/** Whether the paper in `slot` passes every filter. */
export function passesFilters(index: PaperIndex, slot: number, filters: readonly QueryFilter[]): boolean {
	for (const filter of filters) {
		if (filter.field === "year") {
			const year = index.record(slot)?.year;
			if (year === undefined || !yearPasses(year, filter)) return false;
			continue;
		}
		const field = FILTER_FIELD_INDEX[filter.field];
		const start = index.fieldStart(slot, field);
		const pos = index.text(slot).indexOf(filter.value, start);
		if (pos < 0 || pos + filter.value.length > index.fieldEnd(slot, field)) return false;
	}
	return true;
}

function yearPasses(year: number, filter: Extract<QueryFilter, { field: "year" }>): boolean {
	switch (filter.op) {
		case "=":
			return year === filter.value;
		case ">=":
			return year >= filter.value;
		case "<=":
			return year <= filter.value;
		case ">":
			return year > filter.value;
		case "<":
			return year < filter.value;
		case "range":
			return year >= filter.from && year <= filter.to;
		case "prefix":
			return String(year).startsWith(filter.value);
	}
}

/** The slots of the papers passing the filters, ascending. */
export function filteredSlots(index: PaperIndex, filters: readonly QueryFilter[]): Int32Array {
	const live = index.liveSlots();
	if (filters.length === 0) return live;
	const out = new Int32Array(live.length);
	let n = 0;
	for (let i = 0; i < live.length; i++) if (passesFilters(index, live[i], filters)) out[n++] = live[i];
	return out.slice(0, n);
}

/**
 * The same test on a record itself, without an index: for code that holds
 * records only (the plain fuse.js baseline of the benchmark, tests).
 */
export function recordPassesFilters(record: PaperRecord, filters: readonly QueryFilter[]): boolean {
	return filters.every((filter) => {
		if (filter.field === "year") return record.year !== undefined && yearPasses(record.year, filter);
		const values = filter.field === "venue" ? (record.venue === undefined ? [] : [record.venue]) : record[RECORD_FIELD[filter.field]];
		return values.some((v) => fold(v).includes(filter.value));
	});
}

const RECORD_FIELD = { author: "authors", dir: "directions", tag: "tags", trend: "trends", survey: "surveys" } as const;
