import Fuse, { type FuseResult } from "fuse.js";
import { figure, heapUsedMb, percentile, type BenchFigure, type BenchOptions, type BenchSection } from "./lib";
import { realisticCorpus } from "./realistic-corpus";
import { benchQueries, type BenchQuery, type QueryKind } from "./search-queries";
import { fusePaths, hitRate, ourPaths, plainSearch, prefixAgrees, top5HasFuseTargets, twoTypoHitRate } from "./search-quality";
import type { PaperRecord } from "../src/core/papers/paper-record";
import { FUSE_OPTIONS, PROSE_BATCH, PROSE_FIELDS, createSearchIndex, searchPapers, type SearchResult } from "../src/core/search";

/** What the modal lists: the benchmark asks for as many results per keystroke. */
const LIMIT = 20;

/**
 * How much of each size is measured. Plain fuse.js runs its bitap over the
 * whole text of every field for every query word: on realistic notes
 * (summaries of 100 to 300 words) it takes about 0.4 s a search at 1,000
 * papers, 5 s at 10,000 and 30 s (up to a minute) at 50,000 on a two-core
 * machine, so it
 * runs on a fixed sample of the complete queries (taken one kind after the
 * other, so a small sample still covers every kind) and of the prefixes,
 * chosen to keep the whole section under ten minutes.
 */
interface Plan {
	/** Our keystroke latency: passes over every keystroke; the median of each keystroke's passes is kept. */
	passes: number;
	/** How many complete queries plain fuse.js runs (its quality figures and part of its latency). */
	fuseQueries: number;
	/** How many prefixes plain fuse.js runs, spread evenly over all keystrokes (per-keystroke agreement and the rest of its latency). */
	fusePrefixes: number;
	/** Papers edited one at a time for the re-index figure, and for plain fuse.js's. */
	edits: number;
	fuseEdits: number;
}

function planFor(size: number, queries: number): Plan {
	if (size <= 1000) return { passes: 3, fuseQueries: queries, fusePrefixes: 30, edits: 200, fuseEdits: 20 };
	if (size <= 10000) return { passes: 2, fuseQueries: 12, fusePrefixes: 6, edits: 200, fuseEdits: 10 };
	return { passes: 1, fuseQueries: 3, fusePrefixes: 1, edits: 200, fuseEdits: 3 };
}

export const searchSection: BenchSection = {
	name: "search",
	async run(options: BenchOptions): Promise<BenchFigure[]> {
		// Queries are always written against the largest corpus, so they are the same whatever sizes run.
		const universe = realisticCorpus(50000);
		const queries = benchQueries(universe);
		console.log(`  search: ${queries.length} queries, ${queries.reduce((n, q) => n + q.keystrokes.length, 0)} keystrokes`);
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
	return queries.flatMap((query) => query.keystrokes.map((text, i) => ({ query, text, last: i === query.keystrokes.length - 1 })));
}

/** The queries one kind after the other (the first of each kind, then the second…), so any first n cover the kinds evenly. */
function byKindInTurn(queries: readonly BenchQuery[]): BenchQuery[] {
	const kinds = new Map<QueryKind, BenchQuery[]>();
	for (const q of queries) kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), q]);
	const out: BenchQuery[] = [];
	for (let i = 0; out.length < queries.length; i++) for (const list of kinds.values()) if (i < list.length) out.push(list[i]);
	return out;
}

function measureSize(records: PaperRecord[], queries: BenchQuery[], plan: Plan): BenchFigure[] {
	const size = records.length;
	const typed = keystrokes(queries);
	const figures: BenchFigure[] = [];
	const at = (sizes: Record<number, number>): number | undefined => sizes[size];
	const prefixStep = Math.max(1, Math.floor(typed.length / Math.max(1, plan.fusePrefixes)));
	const prefixSample = typed.map((k, i) => ({ k, i })).filter(({ k, i }) => !k.last && i % prefixStep === Math.floor(prefixStep / 2)).slice(0, plan.fusePrefixes);
	const keep = new Set(prefixSample.map((p) => p.i));

	// Ours: a fresh index per pass, so no pass profits from the caches of the one before; three builds at least, for their median.
	const builds: number[] = [];
	const fullBuilds: number[] = [];
	const batches: number[] = [];
	const passes: number[][] = [];
	let heapMb = NaN;
	let final = new Map<BenchQuery, SearchResult[]>();
	const atPrefix = new Map<number, SearchResult[]>();
	for (let pass = 0; pass < Math.max(3, plan.passes); pass++) {
		const before = heapUsedMb();
		// As in Obsidian: the short fields first, searchable at once; the prose after, in batches between frames.
		const { value: index, ms } = timed(() => createSearchIndex(records, { deferProse: true }));
		builds.push(ms);
		let full = ms;
		for (let waiting = index.pendingCount; waiting > 0; ) {
			const batch = timed(() => index.indexDeferred(PROSE_BATCH));
			waiting = batch.value;
			batches.push(batch.ms);
			full += batch.ms;
		}
		fullBuilds.push(full);
		if (pass >= plan.passes) continue;
		passes.push(
			typed.map((k, i) => {
				const { value, ms } = timed(() => searchPapers(index, k.text, LIMIT));
				// The few results compared with plain fuse.js's, kept from the first pass (a handful: they barely weigh on the heap figure).
				if (pass === 0 && keep.has(i)) atPrefix.set(i, value);
				return ms;
			}),
		);
		// Retained after typing every query: the index and everything it caches between keystrokes.
		if (pass === 0) heapMb = heapUsedMb() - before;
		final = new Map(queries.map((q) => [q, searchPapers(index, q.query, LIMIT)]));
	}
	const ours = typed.map((_, i) => percentile(passes.map((p) => p[i]), 50));

	const buildTarget = at({ 10000: 150 });
	figures.push(figure("search.build", size, builds, "ms", buildTarget === undefined ? undefined : { stat: "p50", max: buildTarget }, `our index, searchable (all but ${PROSE_FIELDS.join(", ")}), ${builds.length} builds`));
	figures.push(figure("search.build.prose-batch", size, batches, "ms", undefined, `then the prose, ${PROSE_BATCH} papers a batch (${batches.length} batches)`));
	figures.push(figure("search.build.full", size, fullBuilds, "ms", undefined, "every field indexed: the build and all its batches"));
	const keyTarget = at({ 10000: 8, 50000: 25 });
	figures.push(figure("search.keystroke", size, ours, "ms", keyTarget === undefined ? undefined : { stat: "p95", max: keyTarget }, `${typed.length} keystrokes of ${queries.length} queries, median of ${plan.passes} passes`));
	figures.push(figure("search.heap", size, [heapMb], "MB", undefined, "retained by the index after typing every query"));

	// One note edited: its title and summary change, and the index takes the new record.
	const editIndex = createSearchIndex(records);
	const step = Math.max(1, Math.floor(size / plan.edits));
	const edits = records.filter((_, i) => i % step === 0).slice(0, plan.edits);
	const edited = (r: PaperRecord): PaperRecord => ({ ...r, title: `${r.title} (revised)`, summary: `${r.summary ?? ""} Revised after review.` });
	const ourUpdates = edits.map((r) => timed(() => editIndex.upsert(edited(r))).ms);
	figures.push(figure("search.update", size, ourUpdates, "ms", { stat: "p95", max: 5 }, `${ourUpdates.length} notes edited one at a time (title and summary)`));
	// Work an edit leaves for later (stale caches, statistics) shows in the keystroke after it.
	const probe = queries[0].keystrokes[Math.min(5, queries[0].keystrokes.length - 1)];
	const withSearch = edits.slice(0, 50).map((r) => timed(() => (editIndex.upsert(edited({ ...r, summary: `${r.summary ?? ""} Again.` })), searchPapers(editIndex, probe, LIMIT))).ms);
	figures.push(figure("search.update.then-keystroke", size, withSearch, "ms", undefined, `${withSearch.length} edits, each followed by one keystroke ("${probe}")`));

	// Quality over the whole query set.
	const ourTop = (q: BenchQuery): string[] => ourPaths(final.get(q) ?? []);
	figures.push(share("search.top5-hit", size, hitRate(queries, ourTop), undefined, `${queries.length} queries: the paper meant is in our top 5`));
	const twoTypos = queries.filter((q) => q.kind === "two-typos").length;
	figures.push(share("search.two-typo-hit", size, twoTypoHitRate(queries, ourTop), { stat: "p50", min: 0.8 }, `${twoTypos} queries with a typo in each of two words`));
	console.log(`    our top-5 hits by kind: ${kindLine(queries, ourTop)}`);

	// Plain fuse.js over all the papers, same keys, weights and options; filters, phrases and excluded words applied to its results.
	const fuseHeapBefore = heapUsedMb();
	const { value: fuse, ms: fuseBuild } = timed(() => new Fuse(records, FUSE_OPTIONS));
	const fuseHeap = heapUsedMb() - fuseHeapBefore;
	figures.push(figure("search.build.fuse", size, [fuseBuild], "ms", undefined, "plain fuse.js, token search"));

	const sampled = byKindInTurn(queries).slice(0, plan.fuseQueries);
	const fuseTimes: number[] = [];
	const fuseFinal = new Map<BenchQuery, FuseResult<PaperRecord>[]>();
	for (const q of sampled) {
		const { value, ms } = timed(() => plainSearch(fuse, q.query));
		fuseTimes.push(ms);
		fuseFinal.set(q, value);
	}
	let prefixAgree = 0;
	for (const { k, i } of prefixSample) {
		const { value, ms } = timed(() => plainSearch(fuse, k.text));
		fuseTimes.push(ms);
		if (prefixAgrees(atPrefix.get(i) ?? [], value)) prefixAgree++;
	}
	const sampleNote = `${fuseTimes.length} keystrokes sampled: the complete text of ${sampled.length} of ${queries.length} queries and ${prefixSample.length} prefixes`;
	figures.push(figure("search.keystroke.fuse", size, fuseTimes, "ms", undefined, sampleNote));
	figures.push({
		name: "search.keystroke.speedup",
		size,
		p50: round(percentile(fuseTimes, 50) / percentile(ours, 50)),
		p95: round(percentile(fuseTimes, 95) / percentile(ours, 95)),
		unit: "ratio",
		note: "plain fuse.js time / ours, at each percentile",
	});

	// Agreement and hit rates on the queries plain fuse.js ran: ours never below it.
	const fuseQueries = [...fuseFinal.keys()];
	const fuseTop = (q: BenchQuery): string[] => fusePaths(fuseFinal.get(q) ?? []);
	const agree = fuseQueries.filter((q) => top5HasFuseTargets(final.get(q) ?? [], fuseFinal.get(q) ?? [])).length;
	const sampleOf = `${fuseQueries.length} of ${queries.length} queries`;
	figures.push(share("search.fuse-agreement", size, agree / fuseQueries.length, undefined, `${sampleOf}: our top 5 holds every paper of plain fuse.js's top 5 (ties with its 5th interchangeable)`));
	figures.push(share("search.fuse-agreement.prefix", size, prefixAgree / prefixSample.length, { stat: "p50", min: 0.95 }, `${prefixSample.length} prefixes, the same test per keystroke`));
	const fuseHit = Math.round(hitRate(fuseQueries, fuseTop) * 1000) / 1000;
	figures.push(share("search.top5-hit.fuse", size, fuseHit, undefined, `${sampleOf}, plain fuse.js`));
	figures.push(share("search.top5-hit.sampled", size, hitRate(fuseQueries, ourTop), { stat: "p50", min: fuseHit }, `${sampleOf}, ours: never below plain fuse.js`));
	const fuseTwoTypos = fuseQueries.filter((q) => q.kind === "two-typos").length;
	if (fuseTwoTypos > 0) figures.push(share("search.two-typo-hit.fuse", size, twoTypoHitRate(fuseQueries, fuseTop), undefined, `${fuseTwoTypos} of the ${twoTypos} two-typo queries, plain fuse.js`));
	console.log(`    plain fuse.js top-5 hits by kind (${sampleOf}): ${kindLine(fuseQueries, fuseTop)}`);

	// fuse.js removes and re-adds an edited paper (its rebuild is search.build.fuse).
	const fuseUpdates = edits.slice(0, plan.fuseEdits).map(
		(r) =>
			timed(() => {
				fuse.removeAt(records.indexOf(r));
				fuse.add(edited(r));
			}).ms,
	);
	figures.push(figure("search.update.fuse", size, fuseUpdates, "ms", undefined, `fuse.js removeAt + add, ${fuseUpdates.length} notes`));
	figures.push(figure("search.heap.fuse", size, [fuseHeap], "MB", undefined, "plain fuse.js with its token index"));
	return figures;
}

/** Hits in the top 5 per query kind, "kind n/m", for reading where a search falls short. */
function kindLine(queries: readonly BenchQuery[], paths: (q: BenchQuery) => readonly string[]): string {
	const kinds = [...new Set(queries.map((q) => q.kind))];
	return kinds
		.map((kind) => {
			const of = queries.filter((q) => q.kind === kind);
			return `${kind} ${Math.round(hitRate(of, paths) * of.length)}/${of.length}`;
		})
		.join(", ");
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
