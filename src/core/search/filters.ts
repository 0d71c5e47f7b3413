import type { PaperRecord } from "../papers/paper-record";
import { fold } from "./haystack";
import type { QueryFilter } from "./query-parser";

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

/**
 * Whether a paper passes every filter: its year compares, or one of the
 * field's values holds the filter's text, case aside.
 */
export function recordPassesFilters(record: PaperRecord, filters: readonly QueryFilter[]): boolean {
	return filters.every((filter) => recordPassesFilter(record, filter));
}

/** Whether a paper passes one filter (see `recordPassesFilters`). */
export function recordPassesFilter(record: PaperRecord, filter: QueryFilter): boolean {
	if (filter.field === "year") return record.year !== undefined && yearPasses(record.year, filter);
	const values = filter.field === "venue" ? (record.venue === undefined ? [] : [record.venue]) : record[RECORD_FIELD[filter.field]];
	return values.some((v) => fold(v).includes(filter.value));
}

/**
 * Whether every paper passing `narrower` passes `wider` too: a text filter
 * holding the other's text, or a year typed further. Typing a filter's
 * value letter by letter then only tests again the papers that passed.
 */
export function filterNarrows(narrower: QueryFilter, wider: QueryFilter): boolean {
	if (narrower.field !== wider.field) return false;
	if (narrower.field === "year" || wider.field === "year") return narrower.field === "year" && wider.field === "year" && narrower.op === "prefix" && wider.op === "prefix" && narrower.value.startsWith(wider.value);
	return narrower.value.includes(wider.value);
}

const RECORD_FIELD = { author: "authors", dir: "directions", tag: "tags", trend: "trends", survey: "surveys" } as const;
