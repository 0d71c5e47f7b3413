import type { PaperRecord } from "../papers/paper-record";
import { SEARCH_FIELDS, fieldValue, fieldValues } from "./search-fields";

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

/**
 * Builds a paper's haystack. The raw values are joined first and the whole
 * text lower-cased once, which makes far fewer strings than folding value
 * by value; values holding a separator themselves, or text whose length
 * changes when lower-cased, take the slower way. The search fields in
 * `omit` (a mask, see `fieldMask`) are left empty.
 */
export function buildHaystack(record: PaperRecord, omit = 0): Haystack {
	const offsets: number[] = new Array<number>(OFFSETS_PER_RECORD);
	const parts: string[] = new Array<string>(OFFSETS_PER_RECORD - 1);
	let at = 0;
	let clean = true;
	for (let f = 0; f < parts.length; f++) {
		offsets[f] = at;
		const value = f >= SEARCH_FIELDS.length ? record[FILTER_ONLY_FIELDS[f - SEARCH_FIELDS.length]] : omit & (1 << f) ? undefined : fieldValue(record, SEARCH_FIELDS[f]);
		let part: string;
		if (value === undefined) part = "";
		else if (typeof value === "string") {
			part = value;
			clean &&= !holdsSeparator(value);
		} else {
			part = value.length === 1 ? value[0] : value.join(VALUE_SEPARATOR);
			for (let v = 0; clean && v < value.length; v++) clean = !holdsSeparator(value[v]);
		}
		parts[f] = part;
		at += part.length + 1;
	}
	offsets[parts.length] = at;
	const raw = parts.join(FIELD_SEPARATOR);
	const text = raw.toLowerCase();
	if (clean && text.length === raw.length) return { text, offsets };
	return buildFolded(record, omit);
}

function holdsSeparator(value: string): boolean {
	return value.includes(FIELD_SEPARATOR) || value.includes(VALUE_SEPARATOR);
}

function buildFolded(record: PaperRecord, omit: number): Haystack {
	const fields: Array<readonly string[]> = [...SEARCH_FIELDS.map((f, i) => (omit & (1 << i) ? [] : fieldValues(record, f))), ...FILTER_ONLY_FIELDS.map((f) => record[f])];
	const offsets: number[] = [];
	const parts: string[] = [];
	let at = 0;
	for (const values of fields) {
		offsets.push(at);
		const part = values.map(fold).join(VALUE_SEPARATOR);
		parts.push(part);
		at += part.length + 1;
	}
	offsets.push(at);
	return { text: parts.join(FIELD_SEPARATOR), offsets };
}
