import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { StoreError, type NoteStore } from "../../../src/core/store/note-store";
import { applyPlan, ImportError, planImport } from "../../../src/core/notes";
import { parseSurvey } from "../../../src/core/survey";
import { FOLDERS, importText } from "../../support/import";
import { unresolvedLinks } from "../../support/vault-checks";

const surveyA = [
	"# Graph Learning Report",
	"## Comparative Analysis",
	"| Title | Year | Citations | Score |",
	"| --- | --- | --- | --- |",
	"| [Sparse Graph Routers](https://arxiv.org/abs/2403.01234) | 2024 | 10 | 4.1 |",
	"| [Dense Message Passing](https://arxiv.org/abs/2403.05678) | 2024 | 3 | 2.2 |",
	"## Trends",
	"1. **Sparsity wins**: routers beat dense passing [(Byron et al. 2024)](https://arxiv.org/abs/2403.01234).",
].join("\n");

const surveyB = [
	"---",
	"title: Weekly graph digest",
	"date: 2026-01-05",
	"---",
	"Ada Byron et al. [Sparse Graph Routers](https://arxiv.org/pdf/2403.01234v2) route messages sparsely. Accepted to ICML 2024.",
	"",
	"Tom Tit et al. [Graph Tokens](https://arxiv.org/abs/2404.00001) tokenise graphs.",
	"## Research Directions",
	"### Efficient graph models",
	"- [Sparse Graph Routers](https://arxiv.org/abs/2403.01234)",
	"- [Graph Tokens](https://arxiv.org/abs/2404.00001)",
].join("\n");

describe("planImport", () => {
	it("merges a second survey into the notes of the papers it shares, attributing both", async () => {
		const store = new MemoryStore();
		await importText(store, surveyA, "a.md");
		await importText(store, surveyB, "b.md");
		const files = store.snapshot();
		const papers = Object.keys(files).filter((p) => p.startsWith("Research/Papers/"));
		expect(papers).toEqual(["Research/Papers/Dense Message Passing.md", "Research/Papers/Graph Tokens.md", "Research/Papers/Sparse Graph Routers.md"]);
		const shared = files["Research/Papers/Sparse Graph Routers.md"];
		expect(shared).toContain('surveys:\n  - "[[Graph Learning Report]]"\n  - "[[Weekly graph digest (2026-01-05)]]"\n');
		expect(shared).toContain("## From [[Graph Learning Report]]");
		expect(shared).toContain("## From [[Weekly graph digest (2026-01-05)|Weekly graph digest]]");
		expect(shared).toContain("score: 4.1");
		expect(shared).toContain("venue: ICML");
		expect(shared).toContain('trends:\n  - "[[Sparsity wins]]"');
		expect(shared).toContain('directions:\n  - "[[Efficient graph models]]"');
		expect(unresolvedLinks(files)).toEqual([]);
	});

	it("finds a paper note the user renamed and moved, by its arXiv id", async () => {
		const store = new MemoryStore();
		await importText(store, surveyA, "a.md");
		const text = await store.read("Research/Papers/Sparse Graph Routers.md");
		const moved = new MemoryStore({ ...Object.fromEntries(Object.entries(store.snapshot()).filter(([p]) => !p.includes("Sparse"))), "Reading/Routers (favourite).md": text });
		const { plan } = await importText(moved, surveyB, "b.md");
		expect(plan.notes.find((n) => n.kind === "paper" && n.path.includes("Routers"))).toMatchObject({ action: "update", path: "Reading/Routers (favourite).md" });
		expect(Object.keys(moved.snapshot()).filter((p) => p.includes("Sparse"))).toEqual([]);
		expect(moved.snapshot()["Research/Directions/Efficient graph models.md"]).toContain("[[Routers (favourite)|Sparse Graph Routers]]");
	});

	it("uses a path link when another note has the same name", async () => {
		const store = new MemoryStore({ "Elsewhere/Graph Tokens.md": "my own note\n" });
		await importText(store, surveyB, "b.md");
		const files = store.snapshot();
		expect(files["Research/Directions/Efficient graph models.md"]).toContain("[[Research/Papers/Graph Tokens|Graph Tokens]]");
		expect(files["Elsewhere/Graph Tokens.md"]).toBe("my own note\n");
	});

	it("stops at a failed write, says what was and was not written, and a rerun finishes", async () => {
		const memory = new MemoryStore();
		let writes = 0;
		const flaky: NoteStore = {
			listNotes: () => memory.listNotes(),
			stat: (p) => memory.stat(p),
			read: (p) => memory.read(p),
			createFolder: (p) => memory.createFolder(p),
			modify: (p, c, e) => memory.modify(p, c, e),
			create: async (p, c) => {
				if (++writes === 3) throw new StoreError(p, "no space left on the device");
				await memory.create(p, c);
			},
		};
		const survey = parseSurvey(surveyA);
		const plan = await planImport(flaky, survey, { folders: FOLDERS, today: "2026-11-21" });
		const result = await applyPlan(flaky, plan);
		expect(result.created).toHaveLength(2);
		expect(result.failed).toEqual({ path: plan.notes[2].path, reason: "no space left on the device" });
		expect(result.notWritten).toEqual(plan.notes.slice(2).map((n) => n.path));
		for (const p of result.created) expect(await memory.read(p)).toBe((plan.notes.find((n) => n.path === p) as { content: string }).content);
		const rerun = await applyPlan(flaky, await planImport(flaky, survey, { folders: FOLDERS, today: "2026-11-21" }));
		expect(rerun.failed).toBeUndefined();
		expect(rerun.unchanged).toEqual(result.created);
		expect(unresolvedLinks(memory.snapshot())).toEqual([]);
	});

	it("refuses to start when a file stands where a folder must be", async () => {
		const store = new MemoryStore({ Research: "a file" });
		await expect(planImport(store, parseSurvey(surveyA), { folders: FOLDERS, today: "2026-11-21" })).rejects.toThrow(ImportError);
		await expect(planImport(new MemoryStore(), parseSurvey(surveyA), { folders: { ...FOLDERS, papers: "../outside" }, today: "2026-11-21" })).rejects.toThrow(/papers folder setting is not a usable vault path/);
	});

	it("leaves a paper note with hand-broken frontmatter untouched and says why", async () => {
		const store = new MemoryStore();
		await importText(store, surveyA, "a.md");
		const path = "Research/Papers/Sparse Graph Routers.md";
		const broken = (await store.read(path)).replace("year: 2024", "year: [2024");
		await store.modify(path, broken, await store.read(path));
		const { plan, result } = await importText(store, surveyB, "b.md");
		expect(plan.notes.find((n) => n.path === path)).toMatchObject({ action: "skip", reason: expect.stringMatching(/invalid YAML/) });
		expect(await store.read(path)).toBe(broken);
		expect(result.skipped.map((s) => s.path)).toEqual([path]);
		expect(Object.keys(store.snapshot()).filter((p) => p.includes("Sparse"))).toEqual([path]);
	});
});
