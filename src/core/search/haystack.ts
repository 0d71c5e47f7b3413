import type { PaperRecord } from "../papers/paper-record";
import { SEARCH_FIELDS, fieldValues } from "./search-fields";

/** Separates the values of a list field, so no term can match across two authors. */
export const VALUE_SEPARATOR = "\u0001";
/** Separates fields; no query term can contain it. */
export const FIELD_SEPARATOR = "\n";

/** Fields only filters read, after the search fields: they never match a free-text term. */
export const FILTER_ONLY_FIELDS = ["trends", "surveys"] as const;

/** Offsets stored per record: the start of each search field and filter-only field, then the end. */
export const OFFSETS_PER_RECORD = SEARCH_FIELDS.length + FILTER_ONLY_FIELDS.length + 1;

/**
 * One record's searchable text, lower-cased, with where each field starts.
 * The fields come in SEARCH_FIELDS order; after them come the fields only
 * filters read (trends, surveys), where a free-text term never matches.
 */
export interface Haystack {
	text: string;
	/** OFFSETS_PER_RECORD offsets into `text`: field `f` spans [offsets[f], offsets[f + 1] - 1). */
	offsets: number[];
}

/** Lower-cases like fuse.js does, so both agree on what matches. */
export function fold(text: string): string {
	const lower = text.toLowerCase();
	return lower.includes(FIELD_SEPARATOR) || lower.includes(VALUE_SEPARATOR) ? lower.split(FIELD_SEPARATOR).join(" ").split(VALUE_SEPARATOR).join(" ") : lower;
}

/** Each search field's values, folded: what the haystack and the token statistics are made of. */
export function foldedValues(record: PaperRecord): string[][] {
	return SEARCH_FIELDS.map((field) => fieldValues(record, field).map(fold));
}

export function buildHaystack(record: PaperRecord, values: string[][] = foldedValues(record)): Haystack {
	const parts: string[] = [];
	const offsets: number[] = [];
	let at = 0;
	for (const field of values) {
		offsets.push(at);
		const part = field.join(VALUE_SEPARATOR);
		parts.push(part);
		at += part.length + 1;
	}
	for (const field of FILTER_ONLY_FIELDS) {
		offsets.push(at);
		const part = record[field].map(fold).join(VALUE_SEPARATOR);
		parts.push(part);
		at += part.length + 1;
	}
	offsets.push(at);
	return { text: parts.join(FIELD_SEPARATOR), offsets };
}
