import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter";
import { FOLDERS, importText } from "../../support/import";
import { digestSurvey } from "../../support/survey-builder";

const SURVEY = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234" }, { title: "Dense Passing", arxiv: "2403.05678" }]);
const PAPER = `${FOLDERS.papers}/Sparse Routers.md`;

/** Imports once, then moves the paper note elsewhere under another name with `change` applied. */
async function renamedAndChanged(change: (text: string) => string): Promise<{ store: MemoryStore; moved: string; text: string }> {
	const store = new MemoryStore();
	await importText(store, SURVEY, "s.md");
	const text = change(await store.read(PAPER));
	const snapshot = store.snapshot();
	delete snapshot[PAPER];
	const moved = "Reading/My routing note.md";
	return { store: new MemoryStore({ ...snapshot, [moved]: text }), moved, text };
}

const papersIn = (store: MemoryStore): string[] => Object.keys(store.snapshot()).filter((p) => p.startsWith(`${FOLDERS.papers}/`) || p.startsWith("Reading/"));

describe("notes whose properties cannot be read", () => {
	it("a renamed note whose YAML the user broke is found by its arXiv id, reported, and not duplicated", async () => {
		const { store, moved, text } = await renamedAndChanged((t) => t.replace("title: Sparse Routers", "title: [Sparse Routers"));
		const { plan, result } = await importText(store, SURVEY, "s.md");
		expect(papersIn(store).sort()).toEqual([moved, `${FOLDERS.papers}/Dense Passing.md`]);
		expect(await store.read(moved)).toBe(text);
		expect(result.skipped).toEqual([{ path: moved, reason: expect.stringMatching(/^invalid YAML in frontmatter.*; note left untouched$/) }]);
		expect(plan.notes.filter((n) => n.kind === "paper").map((n) => n.path)).toContain(moved);
	});

	it("a broken note is found by its link when the arXiv line is gone too", async () => {
		const { store, moved } = await renamedAndChanged((t) => t.replace(/^arxiv: .*\n/m, "").replace("title: Sparse Routers", "title: 'Sparse Routers"));
		const { result } = await importText(store, SURVEY, "s.md");
		expect(result.skipped.map((s) => s.path)).toEqual([moved]);
		expect(papersIn(store)).toHaveLength(2);
	});

	it("a note whose whole frontmatter was deleted is found by its generated markers and reported, not made again as … (2)", async () => {
		const store = new MemoryStore();
		await importText(store, SURVEY, "s.md");
		const original = await store.read(PAPER);
		const stripped = original.slice(findFrontmatter(original)?.end ?? 0);
		await store.modify(PAPER, stripped, original);
		const { result } = await importText(store, SURVEY, "s.md");
		expect(await store.read(PAPER)).toBe(stripped);
		expect(Object.keys(store.snapshot()).filter((p) => p.includes("Sparse Routers"))).toEqual([PAPER]);
		expect(result.skipped).toEqual([{ path: PAPER, reason: expect.stringMatching(/has no properties.*found by its generated markers and left untouched, so no second note is made/) }]);
	});

	it("the same, moved and renamed: still found by the import record's title", async () => {
		const { store, moved } = await renamedAndChanged((t) => t.slice(findFrontmatter(t)?.end ?? 0));
		const { result } = await importText(store, SURVEY, "s.md");
		expect(result.skipped.map((s) => s.path)).toEqual([moved]);
		expect(papersIn(store)).toHaveLength(2);
	});

	it("a broken note of this plugin that matches no paper of the survey is still named in the warnings", async () => {
		const { store, moved } = await renamedAndChanged((t) => t.replace("title: Sparse Routers", "title: [Sparse Routers"));
		const other = digestSurvey([{ title: "Unrelated Work", arxiv: "2405.00001" }], { title: "Another digest" });
		const { plan } = await importText(store, other, "o.md");
		expect(plan.warnings).toContainEqual(expect.stringMatching(new RegExp(`^${moved}: invalid YAML in frontmatter.*not read, so this import cannot tell which paper it is`)));
	});

	it("a user's note without properties that merely mentions a paper's link is not taken for it", async () => {
		const store = new MemoryStore({ "Reading/list.md": "To read:\nurl: https://arxiv.org/abs/2403.01234\n" });
		const { result } = await importText(store, SURVEY, "s.md");
		expect(result.created).toContain(PAPER);
		expect(result.skipped).toEqual([]);
	});
});
