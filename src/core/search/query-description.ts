import type { FilterField, ParsedQuery, QueryFilter } from "./query-parser";

const FIELD_NAMES: Readonly<Record<FilterField, string>> = {
	venue: "venue",
	author: "author",
	dir: "direction",
	trend: "trend",
	survey: "survey",
	tag: "tag",
};

const YEAR_OPS = { "=": "", ">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< " } as const;

/**
 * Says in short phrases how a query was read, so a user can see that
 * `year:>=2024` became a filter and `-video` an exclusion rather than words
 * to find: the filters in the order written (`year ≥ 2024`, `venue: neurips`,
 * `direction: 推理`), then the phrases and exclusions in the order written
 * (`phrase "world model"`, `not "video"`). Plain words are not listed, so a
 * query of words only gives an empty list.
 */
export function describeQuery(parsed: ParsedQuery): string[] {
	const parts = parsed.filters.map(describeFilter);
	for (const term of parsed.terms) {
		if (term.exclude) parts.push(`not "${term.text}"`);
		else if (term.phrase) parts.push(`phrase "${term.text}"`);
	}
	return parts;
}

function describeFilter(filter: QueryFilter): string {
	if (filter.field !== "year") return `${FIELD_NAMES[filter.field]}: ${filter.value}`;
	switch (filter.op) {
		case "range":
			return filter.from === filter.to ? `year ${filter.from}` : `year ${filter.from}–${filter.to}`;
		case "prefix":
			return `year starting ${filter.value}`;
		default:
			return `year ${YEAR_OPS[filter.op]}${filter.value}`;
	}
}
