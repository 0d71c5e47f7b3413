import Fuse, { type FuseResult } from "fuse.js";
import { figure, heapUsedMb, percentile, type BenchFigure, type BenchOptions, type BenchSection } from "./lib";
import { syntheticCorpus } from "./corpus";
import { benchQueries, type BenchQuery } from "./search-queries";
import type { PaperRecord } from "../src/core/papers/paper-record";
import { FUSE_OPTIONS, createSearchIndex, parseQuery, searchPapers, type SearchResult } from "../src/core/search";
import { recordPassesFilters } from "../src/core/search/filters";
import { buildHaystack } from "../src/core/search/haystack";

/** What the modal lists: the benchmark asks for as many results per keystroke. */
const LIMIT = 20;

/**
 * How much of plain fuse.js's work is sampled at each size, to keep the
 * section to a few minutes: plain fuse.js takes about 0.1 s a keystroke at
 * 1k papers, 1.5 s at 10k and 8 s at 50k.
 */
interface Plan {
	/** Our keystroke latency: passes over every keystroke; the median of each keystroke's passes is kept. */
	passes: number;
	/** Plain fuse.js is timed on every n-th keystroke... */
	fuseEvery: number;
	/** ...and on the complete queries, which also give the quality figures; how many of them. */
	fuseQueries: number;
}

function planFor(size: number, queries: number): Plan {
	if (size <= 1000) return { passes: 3, fuseEvery: 16, fuseQueries: queries };
	if (size <= 10000) return { passes: 3, fuseEvery: 160, fuseQueries: queries };
	return { passes: 2, fuseEvery: 800, fuseQueries: 6 };
}

export const searchSection: BenchSection = {
	name: "search",
	async run(options: BenchOptions): Promise<BenchFigure[]> {
		// Queries are always written against the largest corpus, so they are the same whatever sizes run.
		const universe = syntheticCorpus(50000).records;
		const queries = benchQueries(universe);
		const figures: BenchFigure[] = [];
		for (const size of options.sizes) {
			console.log(`  search: ${size} papers…`);
			figures.push(...measureSize(universe.slice(0, size), queries, planFor(size, queries.length)));
		}
		return figures;
	},
};

interface Keystroke {
	query: BenchQuery;
	text: string;
	last: boolean;
}

function keystrokes(queries: readonly BenchQuery[]): Keystroke[] {
	return queries.flatMap((query) => Array.from(query.query, (_, i) => ({ query, text: query.query.slice(0, i + 1), last: i === query.query.length - 1 })));
}

function measureSize(records: PaperRecord[], queries: BenchQuery[], plan: Plan): BenchFigure[] {
	const size = records.length;
	const typed = keystrokes(queries);
	const figures: BenchFigure[] = [];
	const at = (sizes: Record<number, number>): number | undefined => sizes[size];

	// Ours: a fresh index per pass, so no pass profits from the caches of the one before.
	const builds: number[] = [];
	const passes: number[][] = [];
	let heapMb = NaN;
	let final = new Map<BenchQuery, SearchResult[]>();
	for (let pass = 0; pass < plan.passes; pass++) {
		const before = heapUsedMb();
		const { value: index, ms } = timed(() => createSearchIndex(records));
		builds.push(ms);
		passes.push(typed.map((k) => timed(() => searchPapers(index, k.text, LIMIT)).ms));
		// Retained after typing every query: the index and everything it caches between keystrokes.
		if (pass === 0) heapMb = heapUsedMb() - before;
		final = new Map(queries.map((q) => [q, searchPapers(index, q.query, LIMIT)]));
	}
	const ours = typed.map((_, i) => percentile(passes.map((p) => p[i]), 50));

	const buildTarget = at({ 10000: 150 });
	figures.push(figure("search.build", size, builds, "ms", buildTarget === undefined ? undefined : { stat: "p50", max: buildTarget }, `our index, ${builds.length} builds`));
	const keyTarget = at({ 10000: 8, 50000: 30 });
	figures.push(figure("search.keystroke", size, ours, "ms", keyTarget === undefined ? undefined : { stat: "p95", max: keyTarget }, `${typed.length} keystrokes of ${queries.length} queries, median of ${plan.passes} passes`));
	figures.push(figure("search.heap", size, [heapMb], "MB", size === 50000 ? { stat: "p50", max: 60 } : undefined, "retained by the index after typing every query"));

	// Plain fuse.js over all the papers, same keys, weights and options; filters and quoted phrases applied to its results.
	const fuseHeapBefore = heapUsedMb();
	const { value: fuse, ms: fuseBuild } = timed(() => new Fuse(records, FUSE_OPTIONS));
	const fuseHeap = heapUsedMb() - fuseHeapBefore;
	figures.push(figure("search.build.fuse", size, [fuseBuild], "ms", undefined, "plain fuse.js, token search"));

	const fuseTimes: number[] = [];
	const fuseFinal = new Map<BenchQuery, FuseResult<PaperRecord>[]>();
	const qualityQueries = new Set(queries.slice(0, plan.fuseQueries));
	typed.forEach((k, i) => {
		const forQuality = k.last && qualityQueries.has(k.query);
		if (!forQuality && i % plan.fuseEvery !== 0) return;
		const { value: results, ms } = timed(() => plainSearch(fuse, k.text));
		fuseTimes.push(ms);
		if (forQuality) fuseFinal.set(k.query, results);
	});
	const sampleNote = `${fuseTimes.length} keystrokes sampled: every ${plan.fuseEvery}th and the complete text of ${qualityQueries.size} queries`;
	figures.push(figure("search.keystroke.fuse", size, fuseTimes, "ms", undefined, sampleNote));
	const oursP50 = percentile(ours, 50);
	const oursP95 = percentile(ours, 95);
	figures.push({
		name: "search.keystroke.speedup",
		size,
		p50: round(percentile(fuseTimes, 50) / oursP50),
		p95: round(percentile(fuseTimes, 95) / oursP95),
		unit: "ratio",
		...(size === 10000 ? { target: { stat: "p95" as const, min: 50 }, met: percentile(fuseTimes, 95) / oursP95 >= 50 } : {}),
		note: "plain fuse.js time / ours, at each percentile",
	});

	// Quality, on the complete queries plain fuse.js ran.
	let agree = 0;
	let first = 0;
	let fuseFirst = 0;
	for (const [query, reference] of fuseFinal) {
		const found = final.get(query) ?? [];
		if (sameTop5(found, reference)) agree++;
		if (found[0]?.record.path === query.expected) first++;
		if (reference[0]?.item.path === query.expected) fuseFirst++;
	}
	const n = fuseFinal.size;
	const qualityNote = `${n} queries`;
	figures.push(share("search.top5-agreement", size, agree / n, { stat: "p50", min: 0.9 }, `${qualityNote}; same papers in the same places as plain fuse.js, papers with equal scores interchangeable`));
	figures.push(share("search.expected-first", size, first / n, { stat: "p50", min: 0.95 }, qualityNote));
	figures.push(share("search.expected-first.fuse", size, fuseFirst / n, undefined, `${qualityNote}, plain fuse.js`));

	// One paper edited: ours replaces its haystack; fuse.js removes and re-adds it (its rebuild is search.build.fuse).
	const edits = records.filter((_, i) => i % Math.max(1, Math.floor(size / 200)) === 0).slice(0, 200);
	const editIndex = createSearchIndex(records);
	const ourUpdates = edits.map((r) => timed(() => editIndex.upsert({ ...r, title: `${r.title} (revised)` })).ms);
	figures.push(figure("search.update", size, ourUpdates, "ms", undefined, `${ourUpdates.length} papers edited one at a time`));
	const fuseUpdates = edits.slice(0, size >= 50000 ? 5 : 20).map(
		(r) =>
			timed(() => {
				fuse.removeAt(records.indexOf(r));
				fuse.add({ ...r, title: `${r.title} (revised)` });
			}).ms,
	);
	figures.push(figure("search.update.fuse", size, fuseUpdates, "ms", undefined, `fuse.js removeAt + add, ${fuseUpdates.length} papers`));
	figures.push(figure("search.heap.fuse", size, [fuseHeap], "MB", undefined, "plain fuse.js with its token index"));
	return figures;
}

/** What plain fuse.js gives for a query: its search over every paper, then the filters and phrases it cannot express. */
function plainSearch(fuse: Fuse<PaperRecord>, query: string): FuseResult<PaperRecord>[] {
	const parsed = parseQuery(query);
	if (parsed.text === "") return [];
	const phrases = parsed.terms.filter((t) => t.phrase).map((t) => t.text);
	return fuse.search(parsed.text).filter((r) => recordPassesFilters(r.item, parsed.filters) && phrases.every((p) => buildHaystack(r.item).text.includes(p)));
}

/** Whether our top five are plain fuse.js's: the same papers in the same places, papers with equal scores interchangeable. */
export function sameTop5(ours: readonly SearchResult[], reference: readonly FuseResult<PaperRecord>[]): boolean {
	const score = new Map(reference.map((r) => [r.item.path, r.score]));
	const top = reference.slice(0, 5);
	const mine = ours.slice(0, 5);
	return mine.length === top.length && mine.every((r, i) => score.get(r.record.path) === top[i].score);
}

/** Runs fn once: its result and how long it took, in milliseconds. */
function timed<T>(fn: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = fn();
	return { value, ms: performance.now() - start };
}

function share(name: string, size: number, value: number, target: BenchFigure["target"], note: string): BenchFigure {
	return figure(name, size, [value], "share", target, note);
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
