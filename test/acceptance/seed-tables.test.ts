// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type * as O from "obsidian";
import { App, FakeRenderContext, type Plugin as FakePlugin } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { MemoryStore } from "../../src/core/store/memory-store";
import { parseNoteFrontmatter } from "../../src/core/markdown/frontmatter";
import { linkTarget } from "../../src/core/papers/wikilink";
import { FOLDERS, importText } from "../support/import";
import { DIGEST_SEED, readSeed, REPORT_SEED } from "../support/seeds";
import { describeWithShared } from "../support/shared";
import type { PaperTableChild } from "../../src/obsidian/table/paper-table-child";

/** Both seeds imported as the importer writes them, by path. */
async function importedFiles(): Promise<Record<string, string>> {
	const store = new MemoryStore();
	await importText(store, readSeed(REPORT_SEED), REPORT_SEED);
	await importText(store, readSeed(DIGEST_SEED), DIGEST_SEED);
	return store.snapshot();
}

interface Opened {
	el: HTMLElement;
	ctx: FakeRenderContext;
	child: PaperTableChild;
}

async function openVault(files: Record<string, string>): Promise<{ app: App; plugin: SurveyVaultPlugin; open(source: string, notePath: string): Opened }> {
	const app = new App();
	for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	await plugin.onload();
	const processor = (plugin as unknown as FakePlugin).codeBlockProcessors.get("paper-table");
	if (!processor) throw new Error("paper-table is not registered");
	return {
		app,
		plugin,
		open(source, notePath) {
			const el = document.body.createDiv();
			const ctx = new FakeRenderContext(notePath);
			void processor(source, el, ctx);
			return { el, ctx, child: ctx.children[0] as unknown as PaperTableChild };
		},
	};
}

/** The first seed's survey note: the one whose `source` is that seed. */
function reportSurveyPath(files: Record<string, string>): string {
	const path = Object.keys(files).find((p) => p.startsWith(`${FOLDERS.surveys}/`) && parseNoteFrontmatter(files[p]).source === REPORT_SEED);
	if (!path) throw new Error("no survey note for the first seed");
	return path;
}

/** The `paper-table` block the importer wrote into a note. */
function blockIn(text: string): string {
	const m = /```paper-table\n([\s\S]*?)```/.exec(text);
	if (!m) throw new Error("the note has no paper-table block");
	return m[1];
}

const column = (el: HTMLElement, i: number): string[] => [...el.querySelectorAll("tbody tr")].map((tr) => tr.children[i]?.textContent ?? "");
const titles = (el: HTMLElement): string[] => column(el, 0);

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
});

describeWithShared("seeds", "comparison tables over both imported seeds", () => {
	it("sorts the first seed's papers by score, descending", async () => {
		const files = await importedFiles();
		const v = await openVault(files);
		const { el } = v.open("columns: [title, score]\nsort: score desc", reportSurveyPath(files));
		expect(column(el, 1)).toEqual(["3.5", "2.8", "2.1", "1.6", "1.1"]);
	});

	it("filters the first seed's papers to those from 2026 on", async () => {
		const files = await importedFiles();
		const v = await openVault(files);
		const { el } = v.open("where: year >= 2026", reportSurveyPath(files));
		expect(titles(el)).toHaveLength(4);
		expect(el.querySelector(".survey-vault-table-count")?.textContent).toBe("4 papers");
	});

	it("lists exactly a direction's papers in the empty block the importer wrote into its note", async () => {
		const files = await importedFiles();
		const v = await openVault(files);
		const directions = Object.keys(files).filter((p) => p.startsWith(`${FOLDERS.directions}/`));
		expect(directions).toHaveLength(10);
		for (const direction of directions) {
			const name = direction.slice(direction.lastIndexOf("/") + 1, -3);
			// Independently: the papers whose `directions` property names this direction.
			const expected = Object.entries(files)
				.filter(([p]) => p.startsWith(`${FOLDERS.papers}/`))
				.map(([, text]) => parseNoteFrontmatter(text))
				.filter((fm) => Array.isArray(fm.directions) && fm.directions.some((d) => typeof d === "string" && linkTarget(d) === name))
				.map((fm) => (typeof fm.title === "string" ? fm.title : ""))
				.sort();
			const { el } = v.open(blockIn(files[direction]), direction);
			expect([...titles(el)].sort()).toEqual(expected);
			expect(expected.length).toBeGreaterThan(0);
		}
	});

	it("re-renders the survey's block in the new order when one paper's score changes, and lets go on close", async () => {
		const files = await importedFiles();
		const v = await openVault(files);
		const survey = reportSurveyPath(files);
		const { el, ctx } = v.open("columns: [title, score]\nsort: score desc", survey);
		const last = titles(el)[4];
		const lastPath = Object.keys(files).find((p) => p.startsWith(`${FOLDERS.papers}/`) && parseNoteFrontmatter(files[p]).title === last) as string;
		const file = v.app.vault.getFileByPath(lastPath) as O.TFile;
		await v.app.vault.modify(file, files[lastPath].replace(/^score: 1\.1$/m, "score: 4.5"));
		await v.app.metadataCache.settle();
		vi.advanceTimersByTime(300);
		expect(column(el, 1)).toEqual(["4.5", "3.5", "2.8", "2.1", "1.6"]);
		expect(titles(el)[0]).toBe(last);
		ctx.close();
		expect(v.plugin.catalog.listenerCount).toBe(0);
	});

	it("shows the error box for a block with a syntax error", async () => {
		const files = await importedFiles();
		const v = await openVault(files);
		const { el } = v.open("where: score > and year = 2026", reportSurveyPath(files));
		expect(el.querySelector("table")).toBeNull();
		expect(el.querySelector(".survey-vault-table-error-key")?.textContent).toBe("where");
		expect(el.querySelector(".survey-vault-table-error li")?.textContent).toContain("(column 9)");
	});
});
