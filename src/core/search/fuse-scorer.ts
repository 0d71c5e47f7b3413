import Fuse from "fuse.js";
import type { PaperRecord } from "../papers/paper-record";
import { mergeRanges } from "./highlight";
import { FIELD_WEIGHTS, FUSE_OPTIONS, SEARCH_FIELDS, fieldValue, fieldValues, type SearchField } from "./search-fields";

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
	/** Whether every query word matched (fuse.js's `tokenMatch: "all"`); the relaxed pass keeps papers that miss some. */
	complete: boolean;
	/** The query words (by position) that matched nowhere. */
	missed: number[];
}

/** One query word as the exact step scores it. */
export interface ScoredTerm {
	text: string;
	/** Its weight: its rarity in the whole library, as fuse.js's token search computes it. */
	idf: number;
	/** fuse.js's Bitap threshold for it: the library's, or a looser one in the relaxed pass. */
	threshold: number;
}

const WEIGHT_SUM = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f], 0);

/**
 * fuse.js's own score for a few papers, as a plain fuse.js over the whole
 * library gives it. fuse.js's Bitap matcher compares each query word with
 * each field value, through its public API: a `Fuse` over the candidates'
 * field values, searched once per word. Combining the words is fuse.js's
 * token-search formula, written here because fuse.js takes the words'
 * weights from the documents it holds, and these few papers would misjudge
 * how rare a word is in the library: a field value scores
 * `max(0.001, 1 − Σ idf·(1 − bitap) ÷ Σ idf)` over the words it matches, and
 * a paper the product of its matched values' scores, each raised to its
 * field's weight (weights normalised to sum to one; field norms ignored).
 */
export function scoreExactly(records: readonly PaperRecord[], terms: readonly ScoredTerm[]): Scored[] {
	const values: string[] = [];
	const owners: Array<{ record: number; field: number; entry: number; list: boolean }> = [];
	records.forEach((record, r) => {
		SEARCH_FIELDS.forEach((field, f) => {
			// fuse.js reports which entry of a list field a match is in.
			const list = Array.isArray(fieldValue(record, field));
			fieldValues(record, field).forEach((value, entry) => {
				values.push(value);
				owners.push({ record: r, field: f, entry, list });
			});
		});
	});
	// Per value, per word: Bitap's score, or undefined for no match.
	const bitap: Array<Array<{ score: number; ranges: Array<[number, number]> } | undefined>> = values.map(() => []);
	const byThreshold = new Map<number, Fuse<string>>();
	terms.forEach((term, t) => {
		let fuse = byThreshold.get(term.threshold);
		if (!fuse) byThreshold.set(term.threshold, (fuse = new Fuse(values, { ...BITAP_OPTIONS, threshold: term.threshold })));
		for (const hit of fuse.search(term.text)) {
			const ranges = (hit.matches?.[0]?.indices ?? []).map(([s, e]): [number, number] => [s, e + 1]);
			bitap[hit.refIndex][t] = { score: hit.score ?? 1, ranges };
		}
	});
	const idfSum = terms.reduce((sum, t) => sum + t.idf, 0);
	const results: Scored[] = records.map((record) => ({ record, score: 1, matches: [], complete: false, missed: [] }));
	const covered = records.map(() => new Set<number>());
	values.forEach((value, v) => {
		const hits = bitap[v];
		let weighted = 0;
		let any = false;
		const ranges: Array<[number, number]> = [];
		hits.forEach((hit, t) => {
			if (!hit) return;
			any = true;
			weighted += terms[t].idf * (1 - hit.score);
			ranges.push(...hit.ranges);
			covered[owners[v].record].add(t);
		});
		if (!any) return;
		const { record, field, entry, list } = owners[v];
		const valueScore = Math.max(0.001, idfSum > 0 ? 1 - weighted / idfSum : 0);
		const result = results[record];
		result.score *= Math.pow(valueScore, FIELD_WEIGHTS[SEARCH_FIELDS[field]] / WEIGHT_SUM);
		result.matches.push({ field: SEARCH_FIELDS[field], value, ...(list ? { valueIndex: entry } : {}), ranges: mergeRanges(ranges) });
	});
	return results.filter((r, i) => {
		r.complete = covered[i].size === terms.length;
		r.missed = terms.map((_, t) => t).filter((t) => !covered[i].has(t));
		return covered[i].size > 0;
	});
}

/** fuse.js's options for one word against one value, as its token search sets them for each word. */
const BITAP_OPTIONS = {
	ignoreLocation: true,
	includeMatches: true,
	includeScore: true,
	isCaseSensitive: FUSE_OPTIONS.isCaseSensitive ?? false,
	shouldSort: false,
	// A word's score alone: fuse.js would otherwise weigh it by the length of the value.
	ignoreFieldNorm: true,
} as const;
