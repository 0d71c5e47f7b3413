// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, Editor, MarkdownView, Notice, Plugin, type TFile } from "../fakes/obsidian";
import { PaperCatalog } from "../../src/obsidian/paper-catalog";
import { registerPaperSearch } from "../../src/obsidian/paper-search";
import { PaperSearchModal } from "../../src/obsidian/paper-search-modal";
import type { LivePaperIndex } from "../../src/obsidian/live-paper-index";
import type * as O from "obsidian";

const note = (fields: string): string => `---\ntype: paper\n${fields}\n---\nSummary.\n`;

const NOTES: Record<string, string> = {
	"Research/Papers/Okonkwo 2026.md": note(
		'title: "Galaxy Cluster Lensing Maps with Diffusion Priors"\nauthors: ["Adaeze Okonkwo", "Mei Tanaka"]\nyear: 2026\nvenue: ICML\narxiv: "2601.04567"\nmethod: "Score-based diffusion prior over mass maps"\ndirections: ["[[Dark matter mapping]]"]\nimported: 2026-03-01',
	),
	"Research/Papers/Spectra-to-Orbit.md": note(
		'title: "Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra"\nauthors: ["Adaeze Okonkwo"]\nyear: 2025\nvenue: NeurIPS\nmethod: "A transformer regresses Keplerian orbital elements"\nimported: 2026-03-02',
	),
	"Research/Papers/Halo emulators.md":
		note('title: "Dark Matter Halo Emulators"\nauthors: ["Mei Tanaka"]\nyear: 2024\nimported: 2025-12-01') +
		"%% survey-vault:begin survey:cosmo %%\n## From [[Cosmology review]]\nTrained on N-body simulations, a thousand times faster.\n%% survey-vault:end survey:cosmo %%\n",
	"Notes/Reading list.md": "# Not a paper\nGalaxy lensing to read.\n",
};

class TestPlugin extends Plugin {
	catalog!: PaperCatalog;
}

function setup(): { app: App; plugin: TestPlugin; papers: LivePaperIndex; catalog: PaperCatalog } {
	const app = new App();
	for (const [path, text] of Object.entries(NOTES)) app.vault.seed(path, text);
	const plugin = new TestPlugin(app, { id: "survey-vault", name: "Survey Vault", version: "0", minAppVersion: "1.5.7", author: "", description: "" });
	plugin.load();
	const catalog = new PaperCatalog(app as unknown as O.App);
	catalog.attach(plugin);
	plugin.catalog = catalog;
	const papers = registerPaperSearch(plugin as unknown as Parameters<typeof registerPaperSearch>[0]);
	return { app, plugin, papers, catalog };
}

function modalOf(app: App, papers: LivePaperIndex): PaperSearchModal {
	const modal = new PaperSearchModal(app as unknown as O.App, papers);
	modal.open();
	return modal;
}

/** The fake modal's testing surface (setQuery, choose, scope.press, ...). */
const fake = (modal: PaperSearchModal): import("../fakes/obsidian").SuggestModal<ReturnType<PaperSearchModal["getSuggestions"]>[number]> => modal as never;

const rendered = (modal: PaperSearchModal): HTMLElement[] => Array.from(modal.resultContainerEl.querySelectorAll<HTMLElement>(".survey-vault-search-result"));

afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
	Notice.shown = [];
});

describe("paper search in Obsidian", () => {
	it("registers the command and ribbon icon, and builds nothing while the plugin loads", () => {
		const { plugin, papers, catalog } = setup();
		expect(plugin.commands.get("search-papers")?.name).toBe("Search papers");
		expect(plugin.ribbonIcons.map((r) => r.title)).toEqual(["Search papers"]);
		expect(papers.isBuilt).toBe(false);
		expect(catalog.isLoaded).toBe(false);
	});

	it("builds the index after the workspace is ready, or on first use", async () => {
		vi.useFakeTimers();
		const ready = setup();
		ready.app.workspace.setLayoutReady();
		expect(ready.papers.isBuilt).toBe(false);
		await vi.runAllTimersAsync();
		expect(ready.papers.isBuilt).toBe(true);

		const first = setup();
		first.plugin.commands.get("search-papers")?.callback?.();
		expect(document.body.querySelector(".prompt-input")).not.toBeNull();
		expect(first.papers.isBuilt).toBe(true);
	});

	it("listens to the catalog only once the index exists, and stops when the plugin unloads", () => {
		const { plugin, papers, catalog } = setup();
		expect(catalog.listenerCount).toBe(0);
		papers.get();
		expect(catalog.listenerCount).toBe(1);
		plugin.unload();
		expect(catalog.listenerCount).toBe(0);
	});

	it("cancels the pending build when the plugin unloads", async () => {
		vi.useFakeTimers();
		const { app, plugin, papers } = setup();
		app.workspace.setLayoutReady();
		plugin.unload();
		await vi.runAllTimersAsync();
		expect(papers.isBuilt).toBe(false);
	});

	it("renders each paper with its matches highlighted and a line that tells papers apart", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("okonkwo lensing");
		const [first] = rendered(modal);
		expect(first.querySelector(".survey-vault-search-title")?.textContent).toBe("Galaxy Cluster Lensing Maps with Diffusion Priors");
		expect(Array.from(first.querySelectorAll(".survey-vault-search-title .survey-vault-search-match"), (m) => m.textContent)).toEqual(["Lensing"]);
		expect(first.querySelector(".survey-vault-search-meta")?.textContent).toBe("2026 · ICML · Adaeze Okonkwo · Dark matter mapping");
		// The author matched, not the title: the author is shown with the match highlighted.
		expect(first.querySelector(".survey-vault-search-snippet")?.textContent).toBe("Authors: Adaeze Okonkwo");
		expect(first.querySelector(".survey-vault-search-snippet .survey-vault-search-match")?.textContent).toBe("Okonkwo");
	});

	it("shows a method snippet when the query matched the method", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("keplerian");
		const [first] = rendered(modal);
		expect(first.querySelector(".survey-vault-search-snippet")?.textContent).toBe("Method: A transformer regresses Keplerian orbital elements");
		expect(first.querySelector(".survey-vault-search-snippet .survey-vault-search-match")?.textContent).toBe("Keplerian");
	});

	it("reads what the surveys say about each paper from the notes, after the index is built", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await papers.textIndexed;
		await fake(modal).setQuery("n-body simulations");
		const [first] = rendered(modal);
		expect(first.querySelector(".survey-vault-search-title")?.textContent).toBe("Dark Matter Halo Emulators");
		expect(first.querySelector(".survey-vault-search-snippet")?.textContent).toBe("Summary: Trained on N-body simulations, a thousand times faster.");
	});

	it("says the text is still being indexed, and answers again once it is", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("n-body simulations");
		expect(rendered(modal)).toEqual([]);
		expect(modal.resultContainerEl.textContent).toBe("No paper matches yet: the text of 3 papers is still being indexed.");
		await papers.textIndexed;
		await vi.waitFor(() => expect(rendered(modal).map((el) => el.querySelector(".survey-vault-search-title")?.textContent)).toEqual(["Dark Matter Halo Emulators"]));
		await fake(modal).setQuery("no such words anywhere");
		expect(modal.resultContainerEl.textContent).toBe("No paper matches.");
	});

	it("skips a note that cannot be read, reads the others and stops saying the text is being indexed", async () => {
		const { app, papers } = setup();
		const read = app.vault.cachedRead.bind(app.vault);
		vi.spyOn(app.vault, "cachedRead").mockImplementation((file) => (file.path.endsWith("Okonkwo 2026.md") ? Promise.reject(new Error("ENOENT")) : read(file)));
		const modal = modalOf(app, papers);
		await papers.textIndexed;
		expect(papers.textPending).toBe(0);
		await vi.waitFor(() => expect(rendered(modal).length).toBeGreaterThan(0));
		await fake(modal).setQuery("n-body simulations");
		expect(rendered(modal).map((el) => el.querySelector(".survey-vault-search-title")?.textContent)).toEqual(["Dark Matter Halo Emulators"]);
		await fake(modal).setQuery("no such words anywhere");
		expect(modal.resultContainerEl.textContent).toBe("No paper matches.");
	});

	it("lists recently imported papers for an empty query", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("");
		expect(rendered(modal).map((el) => el.querySelector(".survey-vault-search-title")?.textContent)).toEqual([
			"Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra",
			"Galaxy Cluster Lensing Maps with Diffusion Priors",
			"Dark Matter Halo Emulators",
		]);
	});

	it("opens the chosen paper with Enter, and in a new tab with Mod+Enter", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("lensing");
		fake(modal).choose(0);
		expect(app.workspace.leaves.map((l) => [l.paneType, l.opened.map((f) => f.path)])).toEqual([[false, ["Research/Papers/Okonkwo 2026.md"]]]);

		const again = modalOf(app, papers);
		await fake(again).setQuery("halo");
		expect(fake(again).scope.press(["Mod"], "Enter", new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true }))).toBe(true);
		expect(fake(again).isOpen).toBe(false);
		expect(app.workspace.leaves[1].paneType).toBe("tab");
		expect(app.workspace.leaves[1].opened.map((f) => f.path)).toEqual(["Research/Papers/Halo emulators.md"]);
	});

	it("inserts a link at the cursor with Shift+Enter or Alt+Enter", async () => {
		const { app, papers } = setup();
		const editor = new Editor("See  for details.", 4);
		app.workspace.activeView = new MarkdownView(app.vault.getFileByPath("Notes/Reading list.md"), editor);
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("lensing");
		fake(modal).scope.press(["Shift"], "Enter", new KeyboardEvent("keydown", { key: "Enter", shiftKey: true }));
		expect(editor.getValue()).toBe("See [[Okonkwo 2026|Galaxy Cluster Lensing Maps with Diffusion Priors]] for details.");

		const alt = modalOf(app, papers);
		await fake(alt).setQuery("halo");
		fake(alt).scope.press(["Alt"], "Enter", new KeyboardEvent("keydown", { key: "Enter", altKey: true }));
		expect(editor.getValue()).toContain("[[Halo emulators|Dark Matter Halo Emulators]]");
		expect(app.workspace.leaves).toEqual([]);
	});

	it("says so when there is no editor to insert a link into", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("halo");
		fake(modal).choose(0, { shiftKey: true });
		expect(Notice.shown.map((n) => n.message)).toEqual(["Open a note in editing mode to insert a link to a paper."]);
	});

	it("says above the results how a query's filters, phrases and exclusions were read", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		const line = modal.modalEl.querySelector<HTMLElement>(".survey-vault-search-understood");
		expect(line).not.toBeNull();
		expect(line?.nextElementSibling).toBe(modal.resultContainerEl);
		expect(line?.isShown()).toBe(false);

		await fake(modal).setQuery('year:>=2024 venue:neurips -video "radial velocity"');
		expect(line?.isShown()).toBe(true);
		expect(line?.textContent).toBe('Filtering: year ≥ 2024 · venue: neurips · not "video" · phrase "radial velocity"');

		// Each keystroke updates it, Chinese colons, quotes and the full-width minus included.
		modal.inputEl.value = "dir：暗物质 “引力 透镜” －视频";
		modal.inputEl.dispatchEvent(new Event("input"));
		expect(line?.textContent).toBe('Filtering: direction: 暗物质 · phrase "引力 透镜" · not "视频"');

		await fake(modal).setQuery("self-supervised lensing");
		expect(line?.isShown()).toBe(false);
		await fake(modal).setQuery("year:20");
		expect(line?.textContent).toBe("Filtering: year starting 20");
		await fake(modal).setQuery("");
		expect(line?.isShown()).toBe(false);
	});

	it("mentions phrases and -word in its placeholder", () => {
		const { app, papers } = setup();
		const placeholder = modalOf(app, papers).inputEl.placeholder;
		expect(placeholder).toContain('"exact phrase"');
		expect(placeholder).toContain("-word");
		expect(placeholder).toContain("year:");
	});

	it("lists the keys in its instructions", () => {
		const { app, papers } = setup();
		const text = fake(modalOf(app, papers)).instructionsEl.textContent ?? "";
		for (const key of ["↵to open", "Ctrl/⌘ ↵to open in a new tab", "Shift ↵ or Alt ↵to insert a link"]) expect(text).toContain(key);
	});

	it("follows edits, renames and deletions without rescanning the vault", async () => {
		const { app, papers } = setup();
		const modal = modalOf(app, papers);
		await fake(modal).setQuery("halo");
		const reads = vi.spyOn(app.metadataCache, "getFileCache");

		const halo = app.vault.getFileByPath("Research/Papers/Halo emulators.md") as TFile;
		await app.vault.modify(halo, note('title: "Subhalo Emulators"\nyear: 2025'));
		await app.vault.create("Research/Papers/Quasars.md", note('title: "Quasar Variability"\nyear: 2026'));
		await app.metadataCache.settle();
		await app.vault.rename(app.vault.getFileByPath("Research/Papers/Spectra-to-Orbit.md") as TFile, "Research/Orbits.md");
		await app.metadataCache.settle();
		reads.mockClear();

		for (const q of ["s", "su", "sub", "subhalo"]) await fake(modal).setQuery(q);
		expect(fake(modal).suggestions.map((r) => r.record.title)).toEqual(["Subhalo Emulators"]);
		expect((await fake(modal).setQuery("quasar")).map((r) => r.record.path)).toEqual(["Research/Papers/Quasars.md"]);
		expect((await fake(modal).setQuery("exoplanet")).map((r) => r.record.path)).toEqual(["Research/Orbits.md"]);
		expect(reads).not.toHaveBeenCalled();

		await app.vault.delete(app.vault.getFileByPath("Research/Papers/Quasars.md") as TFile);
		await app.metadataCache.settle();
		expect(await fake(modal).setQuery("quasar")).toEqual([]);
	});
});
