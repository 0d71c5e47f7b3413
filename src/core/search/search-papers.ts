import type { PaperRecord } from "../papers/paper-record";
import { bestK } from "./best-k";
import { bitapScore, matchesSomewhere, scoreExactly, type FieldMatch, type Scored, type ScoredTerm } from "./fuse-scorer";
import { buildHaystack } from "./haystack";
import { parseQuery, type ParsedQuery } from "./query-parser";
import { FIELD_WEIGHTS, FUSE_THRESHOLD, SEARCH_FIELDS, fieldValues } from "./search-fields";
import type { SearchIndex } from "./search-index";
import { allowedEdits, patternMasks, substringDistance, type PatternMasks } from "./substring-distance";
import { GUESSED, NO_MATCH, type TermMatch } from "./term-matches";
import { isCorrectable, searchTokens } from "./tokens";
import { EXACT_BUDGET, NEAR_BUDGET, NEAR_UNDER, SHORTLIST, RELAXED_CJK_MIN_PAIRS, RELAXED_MISSING_CJK_PAIRS, RELAXED_WORD_MIN } from "./tuning";
import { FIELD_CODES } from "./word-index";

/** One paper found, with fuse.js's score (0 is perfect) and what matched where. */
export interface SearchResult {
	record: PaperRecord;
	score: number;
	matches: FieldMatch[];
}

/** A query word with how loosely it may match. */
interface Term extends ScoredTerm {
	maxEdits: number;
	masks: PatternMasks;
	/** May go unmatched (a Chinese character pair in the relaxed pass). */
	optional: boolean;
}

/**
 * Searches the papers. The query is free text (words, "quoted phrases", in
 * any language), `-word` exclusions and filters (`year:2025`, `year:>=2024`,
 * `venue:neurips`, `author:truong`, `dir:推理`, `trend:…`, `survey:…`,
 * `tag:robotics`). Without free text it lists the papers passing the
 * filters, latest imported first.
 *
 * Results are the papers plain fuse.js finds, with fuse.js's score, best
 * first (ties: a title starting with the query, the newer paper, the title).
 * When there are none, a relaxed pass looks again with the typos fuse.js
 * does not forgive: one more edit in a word of six letters or more, or a
 * wrong or missing Chinese character. It never adds to what fuse.js finds,
 * so a query that matches stays as precise as plain fuse.js.
 */
export function searchPapers(index: SearchIndex, query: string, limit = 20): SearchResult[] {
	const parsed = parseQuery(query);
	index.matcher.beginQuery();
	const excluded = excludedSlots(index, parsed);
	const words = [...new Set(searchTokens(parsed.text))];
	if (words.length === 0) return recent(index, parsed, excluded, limit);
	const strictTerms = words.map((text): Term => {
		const maxEdits = allowedEdits(text.length, FUSE_THRESHOLD);
		return { text, idf: index.words.idf(text), threshold: FUSE_THRESHOLD, maxEdits, masks: patternMasks(text), optional: false };
	});
	const found = rank(index, strictTerms, parsed, excluded, limit, 0);
	if (found.length > 0) return found;
	const relaxed = relaxTerms(index, strictTerms);
	return relaxed ? rank(index, relaxed.terms, parsed, excluded, limit, relaxed.missing) : [];
}

/**
 * The relaxed pass's words: one more edit for words of six letters or
 * more; a shorter word with two letters swapped ("imgae") becomes the word
 * of the library the swap back gives ("image"), the most used when several
 * do; Chinese pairs optional when a run keeps enough of them. None when
 * nothing can be relaxed.
 */
function relaxTerms(index: SearchIndex, terms: readonly Term[]): { terms: Term[]; missing: number } | null {
	const pairs = terms.filter((t) => !isCorrectable(t.text)).length;
	const missing = pairs >= RELAXED_CJK_MIN_PAIRS ? RELAXED_MISSING_CJK_PAIRS : 0;
	let changed = missing > 0;
	const relaxed = terms.map((t): Term => {
		// A wrong character leaves each pair holding it one character right: pairs match with one edit, and may miss.
		if (!isCorrectable(t.text)) return missing > 0 ? { ...t, optional: true, maxEdits: 1, threshold: 1 / t.text.length + 1e-9 } : t;
		if (t.text.length < RELAXED_WORD_MIN) {
			const swapped = unswapped(index, t.text);
			if (swapped === null) return t;
			changed = true;
			return { ...t, text: swapped, idf: index.words.idf(swapped), masks: patternMasks(swapped) };
		}
		changed = true;
		const maxEdits = t.maxEdits + 1;
		// Bitap's score is errors ÷ length; the tiny margin keeps (k + 1) ÷ length itself inside.
		return { ...t, maxEdits, threshold: maxEdits / t.text.length + 1e-9 };
	});
	return changed ? { terms: relaxed, missing } : null;
}

/** The most used word of the library that `word` is with two neighbouring letters swapped, or null. */
function unswapped(index: SearchIndex, word: string): string | null {
	let best: string | null = null;
	let bestCount = 0;
	for (let i = 0; i + 1 < word.length; i++) {
		if (word[i] === word[i + 1]) continue;
		const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		const count = index.words.frequency(candidate);
		if (count > bestCount) [best, bestCount] = [candidate, count];
	}
	return best;
}

/** Finds, estimates, then scores exactly: the papers matching `terms`, all but at most `missing` optional ones. */
function rank(index: SearchIndex, terms: readonly Term[], parsed: ParsedQuery, excluded: ReadonlySet<number>, limit: number, missing: number): SearchResult[] {
	const matches = terms.map((t) => index.matcher.match(t.text, t.maxEdits, index.slotCount, index.version, FUSE_THRESHOLD));
	const mayHold = phraseCandidates(index, requiredPhrases(parsed));
	const passes = index.filters.tester(parsed.filters, index.version, index.slotCount);
	const allowed = (slots: Int32Array): Int32Array => {
		if (excluded.size === 0 && parsed.filters.length === 0 && mayHold === null) return slots;
		// A plain loop: a short word's pool is most of the library, and typed arrays' own filter is slow.
		const out = new Int32Array(slots.length);
		let n = 0;
		for (let i = 0; i < slots.length; i++) {
			const slot = slots[i];
			if (mayHold !== null && mayHold[slot] !== 1) continue;
			if (excluded.has(slot)) continue;
			const record = index.record(slot);
			if (record !== null && passes(slot, record)) out[n++] = slot;
		}
		return out.subarray(0, n);
	};
	const pool = candidates(matches, terms, missing, index.slotCount);
	const chosen = chooseForScoring(index, allowed(pool.all), matches, terms, parsed, Math.max(limit, EXACT_BUDGET));
	// A word may match only across a space, which the word index cannot see: the best papers holding every other word are scored too.
	if (missing === 0 && pool.near.length > 0 && pool.all.length < NEAR_UNDER) {
		const near = chooseForScoring(index, allowed(pool.near), matches, terms, parsed, NEAR_BUDGET, false);
		// Only those where the word the index missed matches after all (across a space) are worth scoring.
		chosen.push(...near.filter((record) => terms.every((t, i) => holds(matches[i], index.slotOf(record.path) as number) || matchesSomewhere(record, t))));
	}
	const slots = chosen.map((r) => index.slotOf(r.path) as number);
	const knownEdits = (r: number, field: number, t: number): number | undefined => {
		const edits = matches[t].edits[slots[r] * FIELD_CODES + field];
		return edits <= 1 ? edits : undefined;
	};
	const scored = scoreExactly(chosen, terms, knownEdits).filter((s) => covers(s, terms, missing));
	return order(scored, parsed.text).slice(0, limit);
}

/** Whether a term matched in some field of the paper in `slot`. */
function holds(match: TermMatch, slot: number): boolean {
	for (let f = 0; f < SEARCH_FIELDS.length; f++) if (match.edits[slot * FIELD_CODES + f] !== NO_MATCH) return true;
	return false;
}

/** Whether a paper matched every required word, and all but at most `missing` optional ones. */
function covers(scored: Scored, terms: readonly Term[], missing: number): boolean {
	if (scored.complete) return true;
	const missed = scored.missed;
	return missed.every((t) => terms[t].optional) && missed.length <= missing;
}

/**
 * The slots holding every required word and all but `missing` of the
 * optional ones, in any field; and, with no optional words, those holding
 * every word but one (`near`).
 */
function candidates(matches: readonly TermMatch[], terms: readonly Term[], missing: number, slotCount: number): { all: Int32Array; near: Int32Array } {
	if (matches.length === 1 && !terms[0].optional) return { all: matches[0].slots, near: NONE };
	const required = new Uint8Array(slotCount);
	const optional = new Uint8Array(slotCount);
	let requiredCount = 0;
	matches.forEach((m, t) => {
		const counts = terms[t].optional ? optional : required;
		if (!terms[t].optional) requiredCount++;
		for (const slot of m.slots) counts[slot]++;
	});
	const optionalNeeded = terms.filter((t) => t.optional).length - missing;
	// Typed arrays, not lists: a list of most of the library lives in the old generation, which only a full collection frees.
	const all = new Int32Array(slotCount);
	const near = new Int32Array(slotCount);
	let allCount = 0;
	let nearCount = 0;
	const nearToo = requiredCount === terms.length;
	for (let slot = 0; slot < slotCount; slot++) {
		if (required[slot] === requiredCount && optional[slot] >= optionalNeeded) all[allCount++] = slot;
		else if (nearToo && required[slot] === requiredCount - 1) near[nearCount++] = slot;
	}
	return { all: all.subarray(0, allCount), near: near.subarray(0, nearCount) };
}

const NONE = new Int32Array(0);

const WEIGHT_SUM = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f], 0);
const FIELD_POWER = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f] / WEIGHT_SUM);

/**
 * The logarithm of fuse.js's score, estimated from the word index (lower is
 * better, as for the score): a word's Bitap score in a field is its edits ÷
 * its length, as in the word it matches best there. That is fuse.js's own
 * figure unless a better match crosses a space, or a list field matches in
 * more than one entry (fuse.js multiplies the entries' scores):
 * `withLists` compares list fields entry by entry, as fuse.js does.
 */
class Estimator {
	private readonly edits: Uint8Array[];
	private readonly fieldMasks: Uint16Array[];
	/** Each word's share of the query's weight, and its length. */
	private readonly share: Float64Array;
	private readonly lengths: Int32Array;

	constructor(
		matches: readonly TermMatch[],
		private readonly terms: readonly Term[],
	) {
		const idfSum = terms.reduce((sum, t) => sum + t.idf, 0);
		this.edits = matches.map((m) => m.edits);
		this.fieldMasks = matches.map((m) => m.fields);
		this.share = Float64Array.from(terms, (t) => (idfSum > 0 ? t.idf / idfSum : 0));
		this.lengths = Int32Array.from(terms, (t) => t.text.length);
		// A field's share depends only on each word's edits there: with few words, each combination's logarithm is worked out once.
		if (terms.length <= MEMO_WORDS && terms.every((t) => t.maxEdits < MEMO_STATES - 1)) this.memo = new Float64Array(MEMO_STATES ** terms.length).fill(NaN);
	}

	private memo: Float64Array | null = null;

	fast(slot: number): number {
		let logScore = 0;
		let fields = 0;
		for (const m of this.fieldMasks) fields |= m[slot];
		// Only the fields some word matched in: one to three of eleven, as a rule.
		while (fields !== 0) {
			const f = 31 - Math.clz32(fields & -fields);
			fields &= fields - 1;
			logScore += this.fieldLog(slot * FIELD_CODES + f, f);
		}
		return logScore;
	}

	withLists(slot: number, record: PaperRecord): number {
		let logScore = 0;
		for (let f = 0; f < FIELD_POWER.length; f++) {
			if (!LIST_FIELDS[f]) logScore += this.fieldLog(slot * FIELD_CODES + f, f);
			else for (const entry of fieldValues(record, SEARCH_FIELDS[f])) logScore += this.entryLog(entry.toLowerCase(), f);
		}
		return logScore;
	}

	/** One field's share of the estimate, from the word index's edits at (slot, field) `code`. */
	private fieldLog(code: number, f: number): number {
		const memo = this.memo;
		if (memo) {
			let key = 0;
			let any = false;
			for (let t = 0; t < this.edits.length; t++) {
				const edits = this.edits[t][code];
				if (edits !== NO_MATCH) any = true;
				key = key * MEMO_STATES + (edits === NO_MATCH ? MEMO_STATES - 1 : edits & ~GUESSED);
			}
			if (!any) return 0;
			let log = memo[key];
			if (Number.isNaN(log)) log = memo[key] = this.logOf(code);
			return FIELD_POWER[f] * log;
		}
		const log = this.logOf(code);
		return Number.isNaN(log) ? 0 : FIELD_POWER[f] * log;
	}

	/** The logarithm of a field value's score from the edits at `code`; NaN when no word matched there. */
	private logOf(code: number): number {
		let kept = 0;
		let any = false;
		for (let t = 0; t < this.edits.length; t++) {
			const edits = this.edits[t][code];
			if (edits === NO_MATCH) continue;
			any = true;
			kept += this.share[t] * (1 - bitapScore(edits & ~GUESSED, this.lengths[t]));
		}
		return any ? Math.log(Math.max(0.001, 1 - kept)) : NaN;
	}

	/** One list entry's share of the estimate, each word compared with it as Bitap would. */
	private entryLog(text: string, f: number): number {
		let kept = 0;
		let any = false;
		this.terms.forEach((term, t) => {
			const edits = substringDistance(term.masks, text, term.maxEdits);
			if (edits > term.maxEdits) return;
			any = true;
			kept += this.share[t] * (1 - (text === term.text ? 0 : bitapScore(edits, term.text.length)));
		});
		return any ? FIELD_POWER[f] * Math.log(Math.max(0.001, 1 - kept)) : 0;
	}
}

/** The estimate works out each combination of edits once for queries of up to this many words, each with fewer edits than MEMO_STATES - 1 (the last state is "no match"). */
const MEMO_WORDS = 4;
const MEMO_STATES = 8;

const LIST_FIELDS = SEARCH_FIELDS.map((f) => f === "aliases" || f === "authors" || f === "tags" || f === "directions");

/**
 * The papers fuse.js will score: the best by estimate, a shortlist of them
 * estimated again with list fields entry by entry, and of those the best
 * `budget` that hold every quoted phrase. Phrases are checked in estimate
 * order, so a common phrase word costs no more than the shortlist.
 */
function chooseForScoring(index: SearchIndex, pool: Int32Array, matches: readonly TermMatch[], terms: readonly Term[], parsed: ParsedQuery, budget: number, refine = true): PaperRecord[] {
	const estimator = new Estimator(matches, terms);
	const estimates = new Float64Array(pool.length);
	for (let i = 0; i < pool.length; i++) estimates[i] = estimator.fast(pool[i]);
	const phrases = requiredPhrases(parsed);
	const byEstimate = (a: number, b: number): number => estimates[a] - estimates[b] || index.tieKey(pool[a]) - index.tieKey(pool[b]) || pool[a] - pool[b];
	const holdsEvery = phraseTest(phrases);
	const holdsPhrases = (i: number): boolean => phrases.length === 0 || holdsEvery(index.record(pool[i]) as PaperRecord);
	const wide = refine ? budget * SHORTLIST : budget;
	let shortlist = lowest(estimates, wide, byEstimate).filter(holdsPhrases);
	if (phrases.length > 0 && shortlist.length < budget && pool.length > wide) {
		// Phrase words outside their phrase filled the shortlist: the papers are read in estimate order, four times as many each round, until enough hold the phrases.
		const held = new Int8Array(pool.length);
		for (let k = wide * 4; ; k *= 4) {
			shortlist = [];
			for (const i of lowest(estimates, Math.min(k, pool.length), byEstimate)) {
				if (held[i] === 0) held[i] = holdsPhrases(i) ? 1 : -1;
				if (held[i] === 1 && shortlist.push(i) === wide) break;
			}
			if (shortlist.length === wide || k >= pool.length) break;
		}
	}
	if (refine) for (const i of shortlist) estimates[i] = estimator.withLists(pool[i], index.record(pool[i]) as PaperRecord);
	return bestK(shortlist.length, budget, (a, b) => byEstimate(shortlist[a], shortlist[b])).map((i) => index.record(pool[shortlist[i]]) as PaperRecord);
}

/**
 * The indices of the `k` lowest values, ordered by `compare`: the k-th
 * value is selected in linear time, and only the values up to it are
 * ordered, which beats a heap with a comparator on the tens of thousands of
 * papers a short word matches.
 */
function lowest(values: Float64Array, k: number, compare: (a: number, b: number) => number): number[] {
	if (values.length <= k) return Array.from(values.keys()).sort(compare);
	const cutoff = kthSmallest(values.slice(), k - 1);
	const within: number[] = [];
	for (let i = 0; i < values.length; i++) if (values[i] <= cutoff) within.push(i);
	return within.length > k * 4 ? bestK(within.length, k, (a, b) => compare(within[a], within[b])).map((i) => within[i]) : within.sort(compare).slice(0, k);
}

/** The `k`-th smallest value (from 0), by quickselect; reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
	let lo = 0;
	let hi = values.length - 1;
	while (lo < hi) {
		const pivot = values[(lo + hi) >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i] < pivot) i++;
			while (values[j] > pivot) j--;
			if (i <= j) {
				const swap = values[i];
				values[i++] = values[j];
				values[j--] = swap;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return values[k];
	}
	return values[k];
}

/** The quoted phrases a paper must hold. */
function requiredPhrases(parsed: ParsedQuery): string[] {
	return parsed.terms.filter((t) => t.phrase && !t.exclude).map((t) => t.text);
}

/**
 * A test of whether the search fields of a paper hold every phrase, as
 * typed (lower-cased). Each phrase is first looked for in the values as
 * written, case-insensitively and without lower-casing them: most papers
 * tested do not hold the phrase, and lower-casing a summary costs more than
 * searching it.
 */
function phraseTest(phrases: readonly string[]): (record: PaperRecord) => boolean {
	const quick = phrases.map(quickTest);
	return (record) => {
		for (const test of quick) if (test && !SEARCH_FIELDS.some((f) => fieldValues(record, f).some((v) => test.test(v)))) return false;
		const hay = buildHaystack(record);
		// The fields only filters read come last: a phrase found first there is in no search field.
		const end = hay.offsets[SEARCH_FIELDS.length];
		return phrases.every((p) => {
			const at = hay.text.indexOf(p);
			return at >= 0 && at < end;
		});
	};
}

/**
 * A case-insensitive search that finds a phrase of ASCII characters in any
 * value that holds it once lower-cased (line breaks and list separators
 * become spaces there). Null for other phrases, and for one ending in "i":
 * a Turkish "İ" lower-cases to "i" and a dot, which no case-insensitive
 * search matches with "i".
 */
function quickTest(phrase: string): RegExp | null {
	for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) >= 0x80) return null;
	if (phrase.endsWith("i")) return null;
	const literal = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\n\\u0001]");
	return new RegExp(literal, "iu");
}

/**
 * The slots that may hold every phrase (1), from the word index, so only
 * those papers' text is read: a paper holding a phrase holds its first word
 * at the end of a word of its own, its last at the start of one, the others
 * as whole words, and a phrase of one word inside a word. Chinese,
 * Japanese and Korean pairs are looked for inside words. Null when there
 * is no phrase.
 */
function phraseCandidates(index: SearchIndex, phrases: readonly string[]): Uint8Array | null {
	if (phrases.length === 0) return null;
	const lists = phrases
		.flatMap((p) => {
			const words = searchTokens(p);
			return words.map((word, i) => phraseWordSlots(index, word, words.length === 1 || !isCorrectable(word) ? "inside" : i === 0 ? "end" : i === words.length - 1 ? "start" : "whole"));
		})
		// The rarest words narrow the most; counts are bytes, so at most 255 words are counted.
		.sort((a, b) => a.length - b.length)
		.slice(0, 255);
	const counts = new Uint8Array(index.slotCount);
	if (lists.length === 0) return counts.fill(1);
	for (const slot of lists[0]) counts[slot] = 1;
	for (let w = 1; w < lists.length; w++) for (const slot of lists[w]) if (counts[slot] === w) counts[slot] = w + 1;
	for (let slot = 0; slot < counts.length; slot++) counts[slot] = counts[slot] === lists.length ? 1 : 0;
	return counts;
}

/** The slots holding a word with `word` at that place in it, each once. */
function phraseWordSlots(index: SearchIndex, word: string, place: "inside" | "start" | "end" | "whole"): Int32Array {
	// A word of a letter or two starts nearly as many words as it is inside of, and those matches are kept between keystrokes.
	if (place === "inside" || (place === "start" && word.length <= 2)) return index.matcher.match(word, 0, index.slotCount, index.version, null).slots;
	const vocabulary = index.words.vocabulary;
	const fits = (w: string): boolean => (place === "start" ? w.startsWith(word) : place === "end" ? w.endsWith(word) : w === word);
	const ids = place === "whole" ? [vocabulary.idOf(word)].filter((id) => id >= 0) : index.matcher.wordMatches(word, 0).ids.filter((id) => fits(vocabulary.words[id]));
	const seen = new Uint8Array(index.slotCount);
	const slots = new Int32Array(index.slotCount);
	let n = 0;
	for (const id of ids) {
		for (const code of index.words.postingsOf(id)) {
			const slot = (code / FIELD_CODES) | 0;
			if (seen[slot] === 0) {
				seen[slot] = 1;
				slots[n++] = slot;
			}
		}
	}
	return slots.subarray(0, n);
}

/** The slots of papers holding an excluded word or phrase: any vocabulary word containing it, for a word. */
function excludedSlots(index: SearchIndex, parsed: ParsedQuery): Set<number> {
	const out = new Set<number>();
	for (const term of parsed.terms) {
		if (!term.exclude) continue;
		if (term.phrase) {
			const mayHold = phraseCandidates(index, [term.text]);
			const holds = phraseTest([term.text]);
			for (let slot = 0; slot < index.slotCount; slot++) {
				const record = index.record(slot);
				if (mayHold?.[slot] === 1 && record && holds(record)) out.add(slot);
			}
			continue;
		}
		for (const word of searchTokens(term.text)) {
			const m = index.matcher.match(word, 0, index.slotCount, index.version, null);
			for (const slot of m.slots) out.add(slot);
		}
	}
	return out;
}

/**
 * Best score first; equal scores: a title starting with the query (as a
 * whole word first: "unifiednet54" before "UnifiedNet540"), the newer
 * paper, the title, the path.
 */
function order(scored: Scored[], text: string): SearchResult[] {
	const starts = new Map<PaperRecord, number>(scored.map((s) => [s.record, titlePrefix(s.record.title, text)]));
	return scored
		.sort(
			(a, b) =>
				a.score - b.score ||
				(starts.get(b.record) ?? 0) - (starts.get(a.record) ?? 0) ||
				(b.record.year ?? -Infinity) - (a.record.year ?? -Infinity) ||
				compareText(a.record.title, b.record.title) ||
				compareText(a.record.path, b.record.path),
		)
		.map(({ record, score, matches }) => ({ record, score, matches }));
}

/** 2 when the title starts with the text as a whole word, 1 when it starts with it, else 0. */
function titlePrefix(title: string, text: string): number {
	const lower = title.toLowerCase();
	if (!lower.startsWith(text)) return 0;
	return lower.length === text.length || !/[\p{L}\p{N}]/u.test(lower[text.length]) ? 2 : 1;
}

/** The papers passing the filters and no exclusion, latest imported first, then newest, then by title. */
function recent(index: SearchIndex, parsed: ParsedQuery, excluded: ReadonlySet<number>, limit: number): SearchResult[] {
	const records: PaperRecord[] = [];
	const passes = index.filters.tester(parsed.filters, index.version, index.slotCount);
	for (let slot = 0; slot < index.slotCount; slot++) {
		const record = index.record(slot);
		if (record && !excluded.has(slot) && passes(slot, record)) records.push(record);
	}
	const best = bestK(records.length, limit, (a, b) => compareRecent(records[a], records[b]));
	return best.map((i) => ({ record: records[i], score: 0, matches: [] }));
}

function compareRecent(a: PaperRecord, b: PaperRecord): number {
	return compareText(b.imported ?? "", a.imported ?? "") || (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareText(a.title, b.title) || compareText(a.path, b.path);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
