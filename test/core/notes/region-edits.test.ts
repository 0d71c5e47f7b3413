import { describe, expect, it } from "vitest";
import { applyPlan, planImport } from "../../../src/core/notes";
import { scanRegions } from "../../../src/core/notes/regions";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { parseSurvey } from "../../../src/core/survey";
import { FOLDERS, importText } from "../../support/import";
import { digestSurvey } from "../../support/survey-builder";

const PAPER = `${FOLDERS.papers}/Sparse Routers.md`;
const first = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234", summary: "route tokens sparsely." }, { title: "Dense Passing", arxiv: "2403.05678" }]);
// The same survey, revised: its sentence about the paper changed.
const revised = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234", summary: "route tokens sparsely, now at scale." }, { title: "Dense Passing", arxiv: "2403.05678" }]);

async function imported(): Promise<MemoryStore> {
	const store = new MemoryStore();
	await importText(store, first, "s.md");
	return store;
}

describe("generated text the user edited", () => {
	it("is kept on re-import and reported by note, and replaced only when asked", async () => {
		const store = await imported();
		const edited = (await store.read(PAPER)).replace("route tokens sparsely.", "route tokens sparsely (my correction: per layer).");
		await store.modify(PAPER, edited, await store.read(PAPER));

		const { plan, result } = await importText(store, revised, "s.md");
		expect(await store.read(PAPER)).toContain("my correction: per layer");
		expect(await store.read(PAPER)).not.toContain("now at scale");
		expect(plan.notes.find((n) => n.path === PAPER)).toMatchObject({ keptEdits: [expect.stringMatching(/^survey:/)] });
		expect(result.failed).toBeUndefined();

		// Still kept on the next run: the record keeps what the importer last wrote.
		const again = await importText(store, revised, "s.md");
		expect(again.plan.notes.find((n) => n.path === PAPER)).toMatchObject({ action: "unchanged", keptEdits: [expect.any(String)] });

		const overwrite = await planImport(store, parseSurvey(revised, { fileName: "s.md" }), { folders: FOLDERS, today: "2026-11-21", paperTags: ["paper"], source: "s.md", overwriteEdited: true });
		expect(overwrite.notes.find((n) => n.path === PAPER)).toMatchObject({ action: "update" });
		await applyPlan(store, overwrite);
		expect(await store.read(PAPER)).toContain("now at scale");
		expect(await store.read(PAPER)).not.toContain("my correction");
	});

	it("unedited generated text still follows the survey", async () => {
		const store = await imported();
		const { plan } = await importText(store, revised, "s.md");
		expect(await store.read(PAPER)).toContain("now at scale");
		expect(plan.notes.every((n) => !("keptEdits" in n))).toBe(true);
	});

	it("a region the user removed, markers and all, is not brought back", async () => {
		const store = await imported();
		const before = await store.read(PAPER);
		const region = scanRegions(before).regions[0];
		await store.modify(PAPER, before.slice(0, region.start) + "My own summary.\n" + before.slice(region.end), before);
		const { plan } = await importText(store, revised, "s.md");
		expect(await store.read(PAPER)).not.toContain("route tokens");
		expect(await store.read(PAPER)).toContain("My own summary.");
		expect(plan.notes.find((n) => n.path === PAPER)).toMatchObject({ keptEdits: [region.id] });
	});
});

describe("a lost end marker", () => {
	it("leaves the note untouched and reported, on every re-import, with the user's paragraph intact", async () => {
		const store = await imported();
		const original = await store.read(PAPER);
		const broken = original.replace(/^%% survey-vault:end survey:\S+ %%\n/m, "") + "\nMy paragraph, which must survive.\n";
		await store.modify(PAPER, broken, original);

		for (let run = 0; run < 2; run++) {
			const { plan, result } = await importText(store, revised, "s.md");
			expect(await store.read(PAPER)).toBe(broken);
			expect(plan.notes.find((n) => n.path === PAPER)).toMatchObject({ action: "skip", reason: expect.stringMatching(/generated region survey:\S+ \(line \d+\) has no end marker.*note left untouched/) });
			expect(result.skipped.map((s) => s.path)).toContain(PAPER);
			expect(result.updated).not.toContain(PAPER);
		}
	});

	it("a begin marker repeated before its end pairs the later one only", () => {
		const body = "%% survey-vault:begin survey:a %%\nold\nMine\n%% survey-vault:begin survey:a %%\nnew\n%% survey-vault:end survey:a %%\n%% survey-vault:end survey:b %%\n";
		const { regions, problems } = scanRegions(body);
		expect(regions.map((r) => r.content)).toEqual(["new\n"]);
		expect(problems).toEqual([
			{ id: "survey:a", line: 1, problem: "begin without end" },
			{ id: "survey:b", line: 7, problem: "end without begin" },
		]);
	});
});
