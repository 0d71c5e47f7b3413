import { expect, it } from "vitest";
import { MemoryStore } from "../../src/core/store/memory-store";
import { FOLDERS, importText } from "../support/import";
import { DIGEST_SEED, readSeed, REPORT_SEED } from "../support/seeds";
import { describeWithShared } from "../support/shared";
import { frontmatterUnder, invalidFrontmatter, unresolvedLinks } from "../support/vault-checks";

async function importBoth(store = new MemoryStore()): Promise<MemoryStore> {
	await importText(store, readSeed(REPORT_SEED), REPORT_SEED);
	await importText(store, readSeed(DIGEST_SEED), DIGEST_SEED);
	return store;
}

const count = (files: Record<string, string>, folder: string): number => Object.keys(files).filter((p) => p.startsWith(`${folder}/`)).length;

describeWithShared("seeds", "importing both seeds into an empty vault", () => {
	it("writes 39 paper, 10 direction, 8 trend and 2 survey notes", async () => {
		const files = (await importBoth()).snapshot();
		expect(count(files, FOLDERS.papers)).toBe(39);
		expect(count(files, FOLDERS.directions)).toBe(10);
		expect(count(files, FOLDERS.trends)).toBe(8);
		expect(count(files, FOLDERS.surveys)).toBe(2);
	});

	it("writes frontmatter that parses, and links that all resolve", async () => {
		const files = (await importBoth()).snapshot();
		expect(invalidFrontmatter(files)).toEqual([]);
		expect(unresolvedLinks(files)).toEqual([]);
	});

	it("keeps the first seed's table values as numbers", async () => {
		const papers = Object.values(frontmatterUnder((await importBoth()).snapshot(), FOLDERS.papers));
		const roboreward = papers.find((p) => p.arxiv === "2601.00675");
		expect(roboreward).toMatchObject({ type: "paper", year: 2026, citations: 0, score: 1.6, authors: ["Lee"] });
		const scores = papers.filter((p) => typeof p.score === "number").map((p) => p.score);
		expect(scores.sort()).toEqual([1.1, 1.6, 2.1, 2.8, 3.5]);
	});

	it("links papers, directions, trends and surveys both ways", async () => {
		const files = (await importBoth()).snapshot();
		const canvas = Object.entries(files).find(([p]) => p.includes("Papers/Canvas-to-Image"));
		expect(canvas?.[1]).toContain('directions:\n  - "[[多模态控制与图像生成]]"');
		expect(canvas?.[1]).toContain('surveys:\n  - "[[multimodal (2025-12-30)]]"');
		expect(files["Research/Directions/多模态控制与图像生成.md"]).toContain("[[Canvas-to-Image - Compositional Image Generation with Multimodal Controls|");
		expect(files["Research/Surveys/multimodal (2025-12-30).md"]).toContain("[[多模态控制与图像生成]]");
		expect(files["Research/Surveys/multimodal (2025-12-30).md"]).toContain("```paper-table");
		const trend = files["Research/Trends/评估体系革新：从单点性能到系统级可信度.md"];
		expect(trend).toContain("[[Video Generation Models in Robotics - Applications, Research Challenges, Future Directions]]");
	});

	it("changes nothing when both are imported again", async () => {
		const store = await importBoth();
		const before = store.snapshot();
		const again = await importText(store, readSeed(REPORT_SEED), REPORT_SEED, "2026-12-01");
		const again2 = await importText(store, readSeed(DIGEST_SEED), DIGEST_SEED, "2026-12-01");
		expect(store.snapshot()).toEqual(before);
		expect([...again.result.created, ...again.result.updated, ...again2.result.created, ...again2.result.updated]).toEqual([]);
		expect(again.result.unchanged).toHaveLength(12);
		expect(again2.result.unchanged).toHaveLength(47);
	});

	it("keeps a paragraph, a property and a corrected year the user added", async () => {
		const store = await importBoth();
		const path = "Research/Papers/Monet - Reasoning in Latent Visual Space Beyond Images and Language.md";
		const original = await store.read(path);
		const edited = original.replace("year: 2025\n", "year: 2024\nrating: 5\n") + "\n## My notes\n\nRead this twice.\n";
		await store.modify(path, edited, original);
		await importText(store, readSeed(DIGEST_SEED), DIGEST_SEED, "2026-12-01");
		const after = await store.read(path);
		// Only the hidden bookkeeping line may change: it now records that the user owns `year`.
		const withoutState = (t: string) => t.replace(/^%% survey-vault:state .*%%\n/m, "");
		expect(withoutState(after)).toBe(withoutState(edited));
		expect(after).toMatch(/"u":\["year"\]/);
		expect(after).toContain("year: 2024\nrating: 5\n");
		expect(after).toContain("## My notes\n\nRead this twice.\n");
	});
});
