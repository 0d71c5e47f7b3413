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
	return filters.every((filter) => {
		if (filter.field === "year") return record.year !== undefined && yearPasses(record.year, filter);
		const values = filter.field === "venue" ? (record.venue === undefined ? [] : [record.venue]) : record[RECORD_FIELD[filter.field]];
		return values.some((v) => fold(v).includes(filter.value));
	});
}

const RECORD_FIELD = { author: "authors", dir: "directions", tag: "tags", trend: "trends", survey: "surveys" } as const;
