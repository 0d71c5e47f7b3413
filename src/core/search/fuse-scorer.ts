import type { PaperRecord } from "../papers/paper-record";
import { mergeRanges } from "./highlight";
import { FIELD_WEIGHTS, SEARCH_FIELDS, fieldValue, fieldValues, type SearchField } from "./search-fields";
import { allowedEdits, exactPieces, matchEnd, patternMasks, substringDistance, type PatternMasks } from "./substring-distance";

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

/**
 * The edits of word `term` in one-value field `field` of record `record`
 * (indices into `scoreExactly`'s arguments) when already known, else
 * undefined. The word index knows them when a word of the field holds the
 * term with at most one edit: a match across a space costs an edit for the
 * space, so it cannot do better.
 */
export type KnownEdits = (record: number, field: number, term: number) => number | undefined;

const WEIGHT_SUM = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f], 0);

/**
 * fuse.js's score for a few papers, as a plain fuse.js token search over the
 * whole library gives it. fuse.js's Bitap score of a word in a value is the
 * fewest edits that turn the word into some substring of the value, divided
 * by its length, and 0.001 at least unless the value is the word itself
 * (a match when at most the threshold). That number is
 * computed here with Myers' bit-parallel algorithm, one pass over the text,
 * where Bitap takes one pass per edit allowed; a test checks both agree on
 * random words and texts. The words combine by fuse.js's token-search
 * formula, with their rarity in the whole library (fuse.js would take it
 * from the few papers it holds): a value scores
 * `max(0.001, 1 − Σ idf·(1 − bitap) ÷ Σ idf)` over the words it matches, a
 * paper the product of its matched values' scores, each raised to its
 * field's weight (weights normalised to sum to one; field norms ignored).
 */
export function scoreExactly(records: readonly PaperRecord[], terms: readonly ScoredTerm[], knownEdits: KnownEdits = () => undefined): Scored[] {
	const words = terms.map((t) => {
		const maxEdits = allowedEdits(t.text.length, t.threshold);
		return { masks: patternMasks(t.text), maxEdits, pieces: exactPieces(t.text, maxEdits) };
	});
	const idfSum = terms.reduce((sum, t) => sum + t.idf, 0);
	return records.flatMap((record, r): Scored[] => {
		const result: Scored = { record, score: 1, matches: [], complete: false, missed: [] };
		const covered = new Set<number>();
		SEARCH_FIELDS.forEach((field, f) => {
			// fuse.js scores each entry of a list field on its own, and reports which entry matched.
			const list = Array.isArray(fieldValue(record, field));
			fieldValues(record, field).forEach((value, entry) => {
				const text = value.toLowerCase();
				let weighted = 0;
				const ranges: Array<[number, number]> = [];
				terms.forEach((term, t) => {
					const edits = (list ? undefined : knownEdits(r, f, t)) ?? wordEdits(text, words[t]);
					if (edits > words[t].maxEdits) return;
					covered.add(t);
					// A value that is the word itself scores 0 in fuse.js, any other match at least 0.001.
					weighted += term.idf * (1 - (text === term.text ? 0 : bitapScore(edits, term.text.length)));
					ranges.push(...matchRanges(text, term.text, words[t].masks, edits));
				});
				if (ranges.length === 0) return;
				const valueScore = Math.max(0.001, idfSum > 0 ? 1 - weighted / idfSum : 0);
				result.score *= Math.pow(valueScore, FIELD_WEIGHTS[field] / WEIGHT_SUM);
				result.matches.push({ field, value, ...(list ? { valueIndex: entry } : {}), ranges: mergeRanges(ranges) });
			});
		});
		if (covered.size === 0) return [];
		result.complete = covered.size === terms.length;
		result.missed = terms.map((_, t) => t).filter((t) => !covered.has(t));
		return [result];
	});
}

/** Bitap's score for a match with `edits` edits of a word of `length`: never quite 0, as in fuse.js. */
export function bitapScore(edits: number, length: number): number {
	return Math.max(0.001, edits / length);
}

/** The edits of a word in a value, or more than it may have when a quick look rules a match out. */
function wordEdits(text: string, word: { masks: PatternMasks; maxEdits: number; pieces: string[] }): number {
	// A value holding none of the pieces is beyond the word's edits: no need to compare.
	if (!word.pieces.some((p) => text.includes(p))) return word.maxEdits + 1;
	return substringDistance(word.masks, text, word.maxEdits);
}

/** Whether a word matches in any field value of a paper, within the edits its threshold allows. */
export function matchesSomewhere(record: PaperRecord, term: ScoredTerm): boolean {
	const maxEdits = allowedEdits(term.text.length, term.threshold);
	const word = { masks: patternMasks(term.text), maxEdits, pieces: exactPieces(term.text, maxEdits) };
	return SEARCH_FIELDS.some((field) => fieldValues(record, field).some((value) => wordEdits(value.toLowerCase(), word) <= maxEdits));
}

/** Where the word matched: every exact occurrence, or the first place it matches with its edits. */
function matchRanges(text: string, word: string, masks: PatternMasks, edits: number): Array<[number, number]> {
	if (edits === 0) {
		const out: Array<[number, number]> = [];
		for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push([at, at + word.length]);
		return out;
	}
	const end = matchEnd(masks, text, edits);
	return end < 0 ? [] : [[Math.max(0, end - word.length), end]];
}
