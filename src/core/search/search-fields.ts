import type { IFuseOptions } from "fuse.js";
import type { PaperRecord } from "../papers/paper-record";
import { searchTokens } from "./tokens";

/** The fields search looks in, in the order the haystack and the match list use. */
export const SEARCH_FIELDS = ["title", "aliases", "authors", "arxiv", "method", "innovation", "venue", "year", "tags", "directions", "summary"] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * The fields written in prose: about nine tenths of a library's text. An
 * index can leave them for later (see `SearchIndex`): a paper is looked up
 * by its title, authors or id first.
 */
export const PROSE_FIELDS: readonly SearchField[] = ["method", "innovation", "summary"];

/** A set of search fields as a bit mask, bit `f` for SEARCH_FIELDS[f]. */
export function fieldMask(fields: readonly SearchField[]): number {
	let mask = 0;
	for (const f of fields) mask |= 1 << SEARCH_FIELDS.indexOf(f);
	return mask;
}

/** A field mask holding every search field. */
export const ALL_FIELDS = fieldMask(SEARCH_FIELDS);

/**
 * Relative weight of each field: a paper is found by its title first, then
 * by who wrote it or its arXiv id, then by what it does, then by the rest.
 * fuse.js normalises them to sum to one.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
	title: 3,
	aliases: 3,
	authors: 2,
	arxiv: 2,
	method: 1,
	innovation: 1,
	venue: 0.5,
	year: 0.5,
	tags: 0.5,
	directions: 0.5,
	summary: 0.5,
};

/** The text of one field of a record, as a single value or a list of values. */
export function fieldValue(record: PaperRecord, field: SearchField): string | readonly string[] | undefined {
	switch (field) {
		case "year":
			return record.year === undefined ? undefined : String(record.year);
		case "aliases":
		case "authors":
		case "tags":
		case "directions":
			return record[field];
		default:
			return record[field];
	}
}

/** The values of a field as a list (empty when absent). */
export function fieldValues(record: PaperRecord, field: SearchField): readonly string[] {
	const v = fieldValue(record, field);
	return v === undefined ? [] : typeof v === "string" ? [v] : v;
}

/**
 * fuse.js options shared by our index and by the plain fuse.js baseline the
 * benchmark compares it with. Token search with `tokenMatch: "all"`: every
 * word of the query must match somewhere in the paper, each word fuzzily and
 * in any field, rarer words weighing more; scoring the whole query as one
 * pattern would rank papers holding some of the words above the one holding
 * all of them apart (an author's name and a title word). `ignoreLocation`
 * because a method or summary mentions a word anywhere. `ignoreFieldNorm`
 * because fuse.js's field-length norm counts words between spaces: a Chinese
 * title, written without spaces, counts as one word and would outrank every
 * English title. A threshold of 0.3 lets one wrong, missing or extra letter
 * through in a word of four letters or more, two in seven, three in ten; a
 * looser one lets short words match too much (with 0.4, "video" matches
 * "vision"). Two swapped letters count as two errors in fuse.js: when a
 * short word is mistyped so, the search corrects it from the vocabulary.
 */
export const FUSE_OPTIONS: IFuseOptions<PaperRecord> = {
	keys: SEARCH_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name], getFn: (r: PaperRecord) => fieldValue(r, name) })),
	useTokenSearch: true,
	tokenMatch: "all",
	tokenize: searchTokens,
	includeMatches: true,
	includeScore: true,
	ignoreLocation: true,
	ignoreFieldNorm: true,
	threshold: 0.3,
	shouldSort: true,
};

/** fuse.js's threshold: a match may hold at most ⌊threshold × length⌋ typos (see `allowedEdits`). */
export const FUSE_THRESHOLD = FUSE_OPTIONS.threshold ?? 0.6;
