import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { FsStore } from "../../src/cli/fs-store";
import { papersOf, readVaultNotes } from "../../src/core/papers/paper-reader";
import type { PaperRecord } from "../../src/core/papers/paper-record";
import { recordingIo } from "../support/cli-io";
import { DIGEST_SEED, REPORT_SEED, SEEDS_DIR } from "../support/seeds";
import { describeWithShared } from "../support/shared";

interface Found {
	path: string;
	title: string;
	score: number;
}

let vault = "";
let papers: PaperRecord[] = [];

/** What `survey-vault search QUERY --json` finds in the imported vault. */
async function search(query: string, limit = 20): Promise<Found[]> {
	const io = recordingIo(vault);
	expect(await runCli(["search", query, "--vault", vault, "--json", "--limit", String(limit)], io)).toBe(0);
	return JSON.parse(io.out) as Found[];
}

const mentions = (p: PaperRecord, word: string): boolean =>
	[p.title, ...p.aliases, ...p.authors, p.arxiv, p.method, p.innovation, p.venue, ...p.tags, ...p.directions].some((v) => v?.toLowerCase().includes(word));

describeWithShared("seeds", "searching a vault made by importing both seeds", () => {
	beforeAll(async () => {
		vault = mkdtempSync(path.join(tmpdir(), "survey-vault-seed-search-"));
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault], io)).toBe(0);
		papers = papersOf(await readVaultNotes(new FsStore(vault))).papers;
	}, 60_000);

	afterAll(() => {
		rmSync(vault, { recursive: true, force: true });
		papers = [];
	});

	it("finds Canvas-to-Image first through a typo", async () => {
		const [first] = await search("canvas to imgae");
		expect(first.title).toMatch(/^Canvas-to-Image\b/);
	});

	it("finds every paper by Truong, and only those first", async () => {
		const byTruong = papers.filter((p) => p.authors.some((a) => /\bTruong\b/.test(a))).map((p) => p.path);
		expect(byTruong).toHaveLength(2);
		const found = (await search("Truong")).map((r) => r.path);
		expect(found.slice(0, 2).sort()).toEqual(byTruong.sort());
	});

	it("finds the Vision-as-Inverse-Graphics paper from a Chinese phrase", async () => {
		const found = await search("逆向图形");
		expect(found[0].title).toMatch(/^Vision-as-Inverse-Graphics\b/);
	});

	it("returns only 2026 papers about robots for year:2026 robot, all of them", async () => {
		const found = await search("year:2026 robot");
		const expected = papers.filter((p) => p.year === 2026 && mentions(p, "robot")).map((p) => p.path);
		expect(expected.length).toBeGreaterThan(0);
		expect(found.map((r) => r.path).sort()).toEqual(expected.sort());
	});

	it("finds each paper first by its arXiv id", async () => {
		const withIds = papers.filter((p) => p.arxiv);
		expect(withIds.length).toBeGreaterThan(20);
		for (const paper of withIds) {
			const [first] = await search(paper.arxiv as string, 1);
			expect([paper.arxiv, first?.path]).toEqual([paper.arxiv, paper.path]);
		}
	});
});
