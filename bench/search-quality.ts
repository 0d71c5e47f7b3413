import type Fuse from "fuse.js";
import type { FuseResult } from "fuse.js";
import type { BenchQuery, QueryKind } from "./search-queries";
import type { PaperRecord } from "../src/core/papers/paper-record";
import { FUSE_OPTIONS, parseQuery, type SearchResult } from "../src/core/search";
import { recordPassesFilters } from "../src/core/search/filters";

/** How many results the quality figures look at: what a user reads without scrolling. */
export const TOP = 5;

/** fuse.js's scores are sums of floating-point products: equal scores may differ in the last bits. */
const SCORE_EPSILON = 1e-9;

/**
 * What plain fuse.js gives for a query: its search over every paper, then
 * what it cannot express applied to its results: the filters, the quoted
 * phrases, and excluded words (`-video`: no paper holding "video").
 */
export function plainSearch(fuse: Fuse<PaperRecord>, query: string): FuseResult<PaperRecord>[] {
	const { rest, excluded } = splitExcluded(query);
	const parsed = parseQuery(rest);
	if (parsed.text === "") return [];
	const phrases = parsed.terms.filter((t) => t.phrase).map((t) => t.text);
	return fuse.search(parsed.text).filter((r) => {
		if (!recordPassesFilters(r.item, parsed.filters)) return false;
		if (phrases.length === 0 && excluded.length === 0) return true;
		const text = searchableText(r.item);
		return phrases.every((p) => text.includes(p)) && !excluded.some((w) => text.includes(w));
	});
}

/**
 * A paper's text as fuse.js reads it: the value of every key of the
 * options, lower-cased, values apart on lines of their own (so no phrase
 * runs from one into the next). Read through the public options, not the
 * index's internals, so the baseline stays plain fuse.js's whatever the
 * index does.
 */
export function searchableText(record: PaperRecord): string {
	const keys = (FUSE_OPTIONS.keys ?? []) as ReadonlyArray<{ getFn: (r: PaperRecord) => string | readonly string[] | undefined }>;
	return keys
		.flatMap((k) => {
			const v = k.getFn(record);
			return v === undefined ? [] : typeof v === "string" ? [v] : v;
		})
		.join("\n")
		.toLowerCase();
}

/** A query without its excluded words (a word after a space or at the start, led by "-"), and those words, lower-cased. */
export function splitExcluded(query: string): { rest: string; excluded: string[] } {
	const excluded: string[] = [];
	const rest = query.replace(/(^|\s)-(\S+)/g, (_m, space: string, word: string) => {
		excluded.push(word.toLowerCase());
		return space;
	});
	return { rest, excluded };
}

/**
 * Whether every paper plain fuse.js puts in its top five is in our top
 * five. Papers whose score equals fuse.js's fifth are interchangeable at
 * the boundary: the places fuse.js gives them may go to any paper of that
 * score, as fuse.js's own order among them is arbitrary.
 */
export function top5HasFuseTargets(ours: readonly SearchResult[], fuseResults: readonly FuseResult<PaperRecord>[]): boolean {
	const reference = fuseResults.slice(0, TOP);
	if (reference.length === 0) return true;
	const mine = ours.slice(0, TOP);
	const minePaths = new Set(mine.map((r) => r.record.path));
	const boundary = reference.length === TOP ? (reference[TOP - 1].score ?? 0) : undefined;
	const tiedAtBoundary = (score: number | undefined): boolean => boundary !== undefined && Math.abs((score ?? 0) - boundary) <= SCORE_EPSILON;
	const required = reference.filter((r) => !tiedAtBoundary(r.score));
	if (!required.every((r) => minePaths.has(r.item.path))) return false;
	if (boundary === undefined) return true;
	const tied = new Set(fuseResults.filter((r) => tiedAtBoundary(r.score)).map((r) => r.item.path));
	return mine.filter((r) => tied.has(r.record.path)).length >= TOP - required.length;
}

/** Agreement on one keystroke: the same test as `top5HasFuseTargets`, on what the box holds after it. */
export function prefixAgrees(ours: readonly SearchResult[], fuse: readonly FuseResult<PaperRecord>[]): boolean {
	return top5HasFuseTargets(ours, fuse);
}

/** Whether a query's paper is among the first five results, given their paths. */
export function targetInTop5(paths: readonly string[], query: BenchQuery): boolean {
	return paths.slice(0, TOP).includes(query.expected);
}

/** Share of `queries` (of one kind, if given) whose paper is in the top five; NaN when there are none. */
export function hitRate(queries: readonly BenchQuery[], paths: (q: BenchQuery) => readonly string[], kind?: QueryKind): number {
	const asked = kind === undefined ? queries : queries.filter((q) => q.kind === kind);
	return asked.length === 0 ? NaN : asked.filter((q) => targetInTop5(paths(q), q)).length / asked.length;
}

/** Share of the two-typo queries whose paper is in the top five. */
export function twoTypoHitRate(queries: readonly BenchQuery[], paths: (q: BenchQuery) => readonly string[]): number {
	return hitRate(queries, paths, "two-typos");
}

/** Paths of our results, in order. */
export function ourPaths(results: readonly SearchResult[]): string[] {
	return results.map((r) => r.record.path);
}

/** Paths of plain fuse.js's results, in order. */
export function fusePaths(results: readonly FuseResult<PaperRecord>[]): string[] {
	return results.map((r) => r.item.path);
}
