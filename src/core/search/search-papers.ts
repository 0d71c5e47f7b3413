import type { PaperRecord } from "../papers/paper-record";
import { FEW_MATCHES, findCandidates, mayBeFuzzy, type Candidates } from "./candidates";
import type { FieldMatch, Scored } from "./fuse-scorer";
import { bestK, estimateFromText, estimateScores, type WeightedToken } from "./prescore";
import { parseQuery } from "./query-parser";
import type { SearchIndex } from "./search-index";
import { searchTokens } from "./tokens";

/** One paper found, with fuse.js's score (0 is perfect) and what matched where. */
export interface SearchResult {
	record: PaperRecord;
	score: number;
	matches: FieldMatch[];
}

/**
 * How many (candidate × query token) pairs fuse.js scores per keystroke, at
 * least the results asked for: fuse.js spends some 30 µs per token on a
 * paper, so this bounds its share of a keystroke to about 1.5 ms, whatever
 * the size of the library. The candidates are chosen by an estimate read
 * from their text, close enough to fuse.js's score that a budget of 100
 * agreed with plain fuse.js's top five on no more benchmark queries.
 */
export const RERANK_BUDGET = 50;

/**
 * Searches the papers. The query is free text (words, "quoted phrases", in
 * any language) and filters (`year:2025`, `year:>=2024`, `venue:neurips`,
 * `author:truong`, `dir:推理`, `trend:…`, `survey:multimodal`, `tag:robotics`).
 * Without free text it lists the papers passing the filters, latest imported
 * first. Results are ordered by fuse.js's score; equal scores put a title
 * starting with the query first, then the newer paper, then by title.
 */
export function searchPapers(index: SearchIndex, query: string, limit = 20): SearchResult[] {
	const parsed = parseQuery(query);
	const base = index.hits.prepare(index.papers, parsed.filters);
	const tokens = [...new Set(searchTokens(parsed.text))];
	const phrases = parsed.terms.filter((t) => t.phrase).map((t) => t.text);
	if (tokens.length === 0) return recent(index, base, limit);
	const room = Math.max(limit, Math.floor(RERANK_BUDGET / tokens.length));
	const candidates = findCandidates(index.papers, index.hits, tokens, phrases, room);
	const { corrections } = candidates;
	const chosen = chooseForScoring(index, tokens, candidates, room);
	const stats = index.papers.stats;
	let scored = index.scorer.score(chosen, parsed.text, stats);
	if (scored.length < FEW_MATCHES && corrections.size > 0) {
		// Typos beyond fuse.js's own tolerance (two swapped letters in a short word): score again with the words the vocabulary suggests.
		const found = new Set(scored.map((s) => s.record));
		const corrected = tokens.map((t) => (candidates.exact[tokens.indexOf(t)].slots.length === 0 ? (corrections.get(t)?.[0] ?? t) : t)).join(" ");
		scored = [...scored, ...index.scorer.score(chosen.filter((r) => !found.has(r)), corrected, stats)];
	}
	return order(scored, parsed.text).slice(0, limit);
}

/**
 * The candidates fuse.js will score: all of them, or the best by an
 * estimate of fuse.js's own score. The estimate first counts only what the
 * candidate stage found; the best few times `limit` are then estimated again
 * with the typos fuse.js would forgive, which takes reading their text.
 */
function chooseForScoring(index: SearchIndex, tokens: readonly string[], candidates: Candidates, limit: number): PaperRecord[] {
	const papers = index.papers;
	let pool = candidates.slots;
	if (pool.length > limit) {
		const weighted: WeightedToken[] = tokens.map((text) => ({ text, idf: papers.stats.idf(text), fuzzy: mayBeFuzzy(text) }));
		const shortlist = limit * SHORTLIST;
		if (pool.length > shortlist) pool = best(pool, estimateScores(pool, weighted, candidates.exact, candidates.loose), shortlist, papers);
		pool = best(pool, estimateFromText(papers, pool, weighted), limit, papers);
	}
	return Array.from(pool, (slot) => papers.record(slot) as PaperRecord);
}

/** How many times the papers fuse.js will score are estimated from their text. */
const SHORTLIST = 2;

/** The `k` slots with the highest estimates; ties go by a hash of the path, so the choice never depends on the order papers were added. */
function best(slots: Int32Array, estimates: Float64Array, k: number, papers: SearchIndex["papers"]): Int32Array {
	const picked = bestK(slots.length, k, (a, b) => estimates[b] - estimates[a] || papers.tieKey(slots[a]) - papers.tieKey(slots[b]) || slots[a] - slots[b]);
	return Int32Array.from(picked, (i) => slots[i]).sort();
}

/**
 * Best score first; equal scores: a title starting with the query (as a
 * whole word first: "unifiednet54" before "UnifiedNet540"), the newer
 * paper, the title, the path.
 */
function order(scored: Scored[], text: string): Scored[] {
	const starts = new Map<PaperRecord, number>(scored.map((s) => [s.record, titlePrefix(s.record.title, text)]));
	return scored.sort(
		(a, b) =>
			a.score - b.score ||
			(starts.get(b.record) ?? 0) - (starts.get(a.record) ?? 0) ||
			(b.record.year ?? -Infinity) - (a.record.year ?? -Infinity) ||
			compareText(a.record.title, b.record.title) ||
			compareText(a.record.path, b.record.path),
	);
}

/** 2 when the title starts with the text as a whole word, 1 when it starts with it, else 0. */
function titlePrefix(title: string, text: string): number {
	const lower = title.toLowerCase();
	if (!lower.startsWith(text)) return 0;
	return lower.length === text.length || !/[\p{L}\p{N}]/u.test(lower[text.length]) ? 2 : 1;
}

/** The papers passing the filters, latest imported first, then newest, then by title. */
function recent(index: SearchIndex, base: Int32Array, limit: number): SearchResult[] {
	const records = Array.from(base, (slot) => index.papers.record(slot) as PaperRecord);
	const best = bestK(records.length, limit, (a, b) => compareRecent(records[a], records[b]));
	return best.map((i) => ({ record: records[i], score: 0, matches: [] }));
}

function compareRecent(a: PaperRecord, b: PaperRecord): number {
	return compareText(b.imported ?? "", a.imported ?? "") || (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareText(a.title, b.title) || compareText(a.path, b.path);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
