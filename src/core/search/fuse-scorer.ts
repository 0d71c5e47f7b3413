import Fuse, { type FuseResult } from "fuse.js";
import type { PaperRecord } from "../papers/paper-record";
import { FUSE_OPTIONS, FUSE_THRESHOLD, SEARCH_FIELDS, type SearchField } from "./search-fields";
import type { TermStats } from "./term-stats";
import { searchTokens } from "./tokens";
import { TermMatchCache } from "./term-matches";
import { tokenPieces } from "./token-pieces";

type FuseIndexData = Parameters<typeof Fuse.parseIndex<PaperRecord>>[0];
type IndexRecord = FuseIndexData["records"][number];

/** How many papers' fuse.js records are kept between keystrokes. */
const CACHE_SIZE = 1024;

/** A matched field value and the matched character ranges in it, `[start, end)`. */
export interface FieldMatch {
	field: SearchField;
	/** The value matched: the field's text, or one entry of a list field. */
	value: string;
	/** Which entry of a list field (aliases, authors, tags, directions). */
	valueIndex?: number;
	ranges: Array<[number, number]>;
}

export interface Scored {
	record: PaperRecord;
	score: number;
	matches: FieldMatch[];
}

/** A paper's fuse.js index record, and its values lower-cased for the pruning test. */
interface CachedRecord {
	record: IndexRecord;
	lower: Map<number, string | string[]>;
}

/**
 * Scores a bounded set of papers with fuse.js. Each paper's fuse.js index
 * record (its field values and norms) is made once, with `Fuse.createIndex`,
 * and kept in a bounded cache keyed by the record object, so an edited paper
 * (a new record object) is never scored from stale text. The scoring of a
 * set is exactly what fuse.js would give those papers inside a full index:
 * a paper's score depends on the other papers only through the token
 * statistics, and those are the library's.
 */
export class FuseScorer {
	private readonly keys = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], []).keys;
	private cache = new Map<PaperRecord, CachedRecord>();
	private readonly terms = new TermMatchCache(FUSE_THRESHOLD);

	/**
	 * The papers matching `pattern`, best first, with fuse.js's score and
	 * matches. `stats` are the whole library's token statistics: fuse.js
	 * weighs each query token by its rarity, which a handful of candidates
	 * alone would misjudge.
	 */
	score(records: readonly PaperRecord[], pattern: string, stats: TermStats): Scored[] {
		if (records.length === 0 || pattern.trim() === "") return [];
		const missing = records.filter((r) => !this.cache.has(r));
		if (missing.length > 0) {
			const made = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], missing).records;
			missing.forEach((r, i) => this.cache.set(r, { record: made[i], lower: lowerValues(made[i]) }));
		}
		const pieces = tokenPieces(searchTokens(pattern.toLowerCase()), FUSE_THRESHOLD);
		const indexRecords = records.map((r, i) => prune(this.cache.get(r) as CachedRecord, i, pieces));
		// Oldest first: the records just used may go too, they are already in hand.
		for (const stale of this.cache.keys()) {
			if (this.cache.size <= CACHE_SIZE) break;
			this.cache.delete(stale);
		}
		const index = Fuse.parseIndex<PaperRecord>({ keys: this.keys, records: indexRecords });
		// Built without token search, so fuse.js does not count the candidates' tokens only to have them
		// replaced: token search is then switched on with the library-wide statistics, in the fields
		// where fuse.js keeps them. A test checks that scores stay equal to a plain fuse.js's.
		const fuse = new Fuse(records, { ...FUSE_OPTIONS, useTokenSearch: false }, index);
		fuse.options.useTokenSearch = true;
		fuse._invertedIndex = { ...stats.forFuse(), docFieldCount: new Map(), docTermFieldHits: new Map() };
		// fuse.js keeps the searcher it makes for this pattern: its per-term matchers then answer from earlier keystrokes.
		this.terms.attach(fuse._getSearcher(pattern));
		return fuse.search(pattern).map(toScored);
	}
}

function lowerValues(record: IndexRecord): Map<number, string | string[]> {
	const lower = new Map<number, string | string[]>();
	for (const [key, value] of Object.entries(record.$ ?? {})) lower.set(Number(key), Array.isArray(value) ? value.map((v) => v.v.toLowerCase()) : value.v.toLowerCase());
	return lower;
}

/**
 * A copy of a paper's index record without the field values no query token
 * can match: fuse.js would find nothing there, and a field without a match
 * does not enter a paper's score, so the result is the same, for less work.
 */
function prune(cached: CachedRecord, i: number, pieces: string[] | null): IndexRecord {
	const full = cached.record;
	if (pieces === null || !full.$) return { ...full, i };
	const kept: NonNullable<IndexRecord["$"]> = {};
	const mayMatch = (text: string): boolean => pieces.some((p) => text.includes(p));
	for (const [key, lower] of cached.lower) {
		const value = full.$[key];
		if (Array.isArray(value)) {
			const items = value.filter((_, j) => mayMatch((lower as string[])[j]));
			if (items.length > 0) kept[key] = items;
		} else if (mayMatch(lower as string)) kept[key] = value;
	}
	return { i, $: kept };
}

/** Converts a fuse.js result: inclusive index pairs become `[start, end)` ranges. */
export function toScored(result: FuseResult<PaperRecord>): Scored {
	const matches: FieldMatch[] = [];
	for (const m of result.matches ?? []) {
		const field = m.key as SearchField;
		if (!SEARCH_FIELDS.includes(field) || m.value === undefined) continue;
		matches.push({ field, value: m.value, ...(m.refIndex !== undefined ? { valueIndex: m.refIndex } : {}), ranges: m.indices.map(([s, e]) => [s, e + 1]) });
	}
	return { record: result.item, score: result.score ?? 1, matches };
}
