import Fuse, { type FuseResult } from "fuse.js";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { realisticCorpus } from "../../../bench/realistic-corpus";
import { benchQueries, type BenchQuery } from "../../../bench/search-queries";
import { TOP, ourPaths, plainSearch, prefixAgrees, targetInTop5, top5HasFuseTargets, twoTypoHitRate } from "../../../bench/search-quality";
import type { PaperRecord } from "../../../src/core/papers/paper-record";
import { FUSE_OPTIONS, createSearchIndex, searchPapers, type SearchResult } from "../../../src/core/search";

/*
 * Survey Vault's search against plain fuse.js with the same options, on
 * 2,000 realistic papers (summaries of 100 to 300 words) and the benchmark's
 * query set written from them.
 *
 * Plain fuse.js runs its bitap over every field's whole text for every
 * query word: on these notes it takes about a second a query on this
 * machine, so its results cannot be computed within the test's budget
 * (forty seconds) even for the complete queries alone. They are computed
 * once, for every distinct text the test asks about, and kept in
 * test/fixtures/search/fuse-reference.json, with a fingerprint of all that
 * decides them: each paper's value for each key of the options and its
 * search tokens (the options' tokenizer is ours), the queries, the
 * options, fuse.js's version; nothing of the index's internals. The test refuses a reference whose fingerprint differs, and
 * recomputes a few of its entries live. To write it again (some ten
 * minutes):
 *
 *     SURVEY_VAULT_UPDATE_FUSE_REFERENCE=1 npx vitest run test/core/search/fuse-agreement.test.ts
 *
 * The prefixes are a deterministic sample, for the same reason: every
 * prefix of three characters or more of every second query (some 900),
 * with the complete text of every query.
 */

const SIZE = 2000;
const LIMIT = 20;
const REFERENCE = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/search/fuse-reference.json");
const UPDATE = process.env.SURVEY_VAULT_UPDATE_FUSE_REFERENCE === "1";
/** Entries of the reference recomputed with fuse.js at every run, spread over the query set. */
const LIVE_CHECKS = 4;

/**
 * Queries where Survey Vault is better than plain fuse.js: fuse.js's top
 * five misses the paper the query was written for, and ours holds it. All
 * are Chinese with a wrong or a missing character: each breaks one or two
 * of the character pairs every one of which fuse.js requires, so fuse.js
 * finds nothing, and the relaxed pass looks again with those pairs optional.
 */
const BETTER_THAN_FUSE: readonly string[] = ["定位的棒化", "驱动的外话", "迈向反话化学", "知识图的统一分布外", "统一流配", "长时程动"];

interface Reference {
	fingerprint: string;
	/** For each text: fuse.js's results up to its fifth and every paper tied with the fifth, as [corpus index, score]. */
	results: Record<string, Array<[number, number]>>;
}

let corpus: PaperRecord[];
let queries: BenchQuery[];
/** The texts asked about: every query's complete text, and the sampled prefixes with the query they belong to. */
let prefixes: Array<{ query: BenchQuery; text: string }>;
let ours: Map<string, SearchResult[]>;
let reference: Map<string, FuseResult<PaperRecord>[]>;

beforeAll(
	() => {
		corpus = realisticCorpus(SIZE);
		queries = benchQueries(corpus);
		prefixes = queries.flatMap((query, i) => (i % 2 === 0 ? [...new Set(query.keystrokes)].filter((text) => text.trim().length >= 3).map((text) => ({ query, text })) : []));
		const texts = [...new Set([...queries.map((q) => q.query), ...prefixes.map((p) => p.text)])];
		const fingerprint = fingerprintOf(corpus, queries, texts);
		const index = createSearchIndex(corpus);
		ours = new Map(texts.map((t) => [t, searchPapers(index, t, LIMIT)]));
		if (UPDATE) writeReference(fingerprint, texts);
		expect(existsSync(REFERENCE), `no ${path.relative(process.cwd(), REFERENCE)}: write it as the comment at the top says`).toBe(true);
		const stored = JSON.parse(readFileSync(REFERENCE, "utf8")) as Reference;
		expect(stored.fingerprint, "the corpus, the queries, the options or fuse.js changed: write the reference again as the comment at the top says").toBe(fingerprint);
		reference = new Map(Object.entries(stored.results).map(([text, rows]) => [text, rows.map(([doc, score]) => ({ item: corpus[doc], refIndex: doc, score }))]));
	},
	UPDATE ? 3_600_000 : 30_000,
);

describe("Survey Vault's search against plain fuse.js, on 2,000 realistic papers", () => {
	it("has a reference that plain fuse.js still gives", { timeout: 20_000 }, () => {
		const fuse = new Fuse(corpus, FUSE_OPTIONS);
		const step = Math.floor(queries.length / LIVE_CHECKS);
		for (let i = 0; i < LIVE_CHECKS; i++) {
			const text = queries[i * step].query;
			expect(reduce(plainSearch(fuse, text)), text).toEqual(reduce(fuseFor(text)));
		}
	});

	it("finds the paper of every query whose paper plain fuse.js puts in its top five", () => {
		const missed = queries.filter((q) => targetInTop5(fuseFor(q.query).map((r) => r.item.path), q) && !targetInTop5(ourPaths(ourFor(q.query)), q));
		expect(missed.map((q) => `${q.kind}: ${q.query}`)).toEqual([]);
		const same = queries.filter((q) => top5HasFuseTargets(ourFor(q.query), fuseFor(q.query))).length;
		console.log(`complete queries whose top five holds all of plain fuse.js's: ${same} of ${queries.length}`);
	});

	it("finds the paper plain fuse.js misses, for the queries where it is better, and says which they are", () => {
		const better = queries.filter((q) => !targetInTop5(fuseFor(q.query).map((r) => r.item.path), q) && targetInTop5(ourPaths(ourFor(q.query)), q));
		expect(better.map((q) => q.query)).toEqual(BETTER_THAN_FUSE);
	});

	it("agrees with plain fuse.js on at least 95% of the keystrokes", () => {
		const disagree = prefixes.filter((p) => !prefixAgrees(ourFor(p.text), fuseFor(p.text)));
		const share = 1 - disagree.length / prefixes.length;
		console.log(`per-keystroke agreement with plain fuse.js: ${(share * 100).toFixed(1)}% of ${prefixes.length} prefixes (${disagree.length} disagree)`);
		expect(share).toBeGreaterThanOrEqual(0.95);
	});

	it("finds the paper in the top five for at least 80% of the queries with two typos", () => {
		const rate = twoTypoHitRate(queries, (q) => ourPaths(ourFor(q.query)));
		console.log(`two-typo hit rate: ${(rate * 100).toFixed(0)}% of ${queries.filter((q) => q.kind === "two-typos").length}`);
		expect(rate).toBeGreaterThanOrEqual(0.8);
	});

	it("finds the paper of every Chinese query with one wrong or one missing character", () => {
		const chinese = queries.filter((q) => q.kind === "chinese-wrong" || q.kind === "chinese-missing");
		expect(chinese.length).toBeGreaterThan(0);
		const missed = chinese.filter((q) => !targetInTop5(ourPaths(ourFor(q.query)), q));
		expect(missed.map((q) => `${q.kind}: ${q.query}`)).toEqual([]);
	});
});

function ourFor(text: string): SearchResult[] {
	const found = ours.get(text);
	if (!found) throw new Error(`no results computed for "${text}"`);
	return found;
}

function fuseFor(text: string): FuseResult<PaperRecord>[] {
	const found = reference.get(text);
	if (!found) throw new Error(`the reference has no entry for "${text}"`);
	return found;
}

/** What the reference keeps of fuse.js's results: up to the fifth, and every paper tied with the fifth. */
function reduce(results: readonly FuseResult<PaperRecord>[]): Array<[number, number]> {
	const fifth = results[TOP - 1]?.score;
	const kept = results.filter((r, i) => i < TOP || (fifth !== undefined && Math.abs((r.score ?? 0) - fifth) <= 1e-9));
	return kept.map((r) => [r.refIndex, r.score ?? 0]);
}

function writeReference(fingerprint: string, texts: readonly string[]): void {
	const fuse = new Fuse(corpus, FUSE_OPTIONS);
	const results: Reference["results"] = {};
	for (const text of texts) results[text] = reduce(plainSearch(fuse, text));
	mkdirSync(path.dirname(REFERENCE), { recursive: true });
	writeFileSync(REFERENCE, `${JSON.stringify({ fingerprint, results })}\n`);
}

/** A hash of everything plain fuse.js's results depend on. */
function fingerprintOf(records: readonly PaperRecord[], asked: readonly BenchQuery[], texts: readonly string[]): string {
	const hash = createHash("sha256");
	hash.update(`fuse.js ${Fuse.version}\n`);
	const keys = (FUSE_OPTIONS.keys ?? []) as Array<{ name: string; weight: number; getFn: (r: PaperRecord) => string | readonly string[] | undefined }>;
	hash.update(JSON.stringify({ ...FUSE_OPTIONS, keys: keys.map((k) => [k.name, k.weight]), tokenize: undefined }));
	const tokenize = FUSE_OPTIONS.tokenize as (text: string) => string[];
	for (const r of records) {
		const values = keys.map((k) => k.getFn(r));
		hash.update(JSON.stringify(values));
		hash.update(JSON.stringify(values.map((v) => (v === undefined ? [] : typeof v === "string" ? [v] : (v as string[])).map((t) => tokenize(t.toLowerCase())))));
	}
	hash.update(JSON.stringify(asked));
	hash.update(JSON.stringify(texts));
	return hash.digest("hex");
}
