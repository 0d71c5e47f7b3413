import { JSDOM } from "jsdom";
import type * as O from "obsidian";
import { installObsidianDom } from "../test/fakes/dom";
import { App, Component, FakeRenderContext, stringifyYaml } from "../test/fakes/obsidian";
import { PaperCatalog } from "../src/obsidian/paper-catalog";
import { renderPaperTable } from "../src/obsidian/table/register-paper-table";
import { MetadataLinkGraph } from "../src/obsidian/table/metadata-link-graph";
import type { PaperTableChild } from "../src/obsidian/table/paper-table-child";
import { TableView } from "../src/obsidian/table/table-view";
import { parseTableSpec } from "../src/core/query/spec-yaml";
import { StaticLinkGraph } from "../src/core/query/static-link-graph";
import { TableModel, type RecordSource } from "../src/core/query/table-model";
import type { PaperRecord } from "../src/core/papers/paper-record";
import { syntheticCorpus } from "./corpus";
import { figure, seededRandom, timeSync, type BenchFigure, type BenchSection } from "./lib";

const PAGE = 100;
/** Runs before the timed ones, so the JIT has compiled the rendering code. */
const WARM_UP = 5;
const RENDER_SPEC = "columns: [title, authors, year, venue, citations, score]\nsort: score desc";

/** A jsdom window with Obsidian's DOM helpers, installed as the globals plugin code reads. */
function installDom(): JSDOM {
	const dom = new JSDOM("<!doctype html><html><body></body></html>");
	const win = dom.window as unknown as Parameters<typeof installObsidianDom>[0] & Record<string, unknown>;
	installObsidianDom(win);
	const globals = globalThis as Record<string, unknown>;
	for (const key of ["document", "HTMLElement", "Element", "Node", "MouseEvent", "createEl", "createDiv", "createSpan", "createFragment", "activeDocument", "activeWindow", "MutationObserver"]) globals[key] = win[key];
	globals.window = win;
	return dom;
}

function recordSource(records: PaperRecord[]): RecordSource {
	const byPath = new Map(records.map((r) => [r.path, r]));
	return { get: (p) => byPath.get(p), all: () => byPath.values() };
}

function spec(source: string): ReturnType<typeof parseTableSpec> & { ok: true } {
	const parsed = parseTableSpec(source);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed;
}

/** Query plus first render of a table over `size` papers, into a fresh container each time. */
function renderSamples(records: PaperRecord[], pageSize: number, runs: number): number[] {
	const { spec: tableSpec } = spec(RENDER_SPEC);
	const env = { records: recordSource(records), links: new StaticLinkGraph([]), sourcePath: "Bench.md" };
	const host = { copy: () => undefined, export: () => undefined, freeze: () => undefined };
	const samples: number[] = [];
	for (let i = 0; i < runs + WARM_UP; i++) {
		const container = document.body.createDiv();
		const ms = timeSync(() => {
			const model = new TableModel(tableSpec, env);
			model.load();
			new TableView(container, model, pageSize, host).render();
		});
		container.remove();
		if (i >= WARM_UP) samples.push(ms);
	}
	return samples;
}

/** Times `act` on one rendered table, `runs` times after `warmUp` untimed runs. */
function viewSamples(records: PaperRecord[], runs: number, warmUp: number, act: (view: TableView) => void): number[] {
	const { spec: tableSpec } = spec(RENDER_SPEC);
	const model = new TableModel(tableSpec, { records: recordSource(records), links: new StaticLinkGraph([]), sourcePath: "Bench.md" });
	model.load();
	const container = document.body.createDiv();
	const view = new TableView(container, model, PAGE, { copy: () => undefined, export: () => undefined, freeze: () => undefined });
	view.render();
	const samples = Array.from({ length: runs + warmUp }, () => timeSync(() => act(view))).slice(warmUp);
	container.remove();
	return samples;
}

function showMoreSamples(records: PaperRecord[], runs: number): number[] {
	return viewSamples(records, runs, 0, (view) => view.showMore());
}

/** A header click's re-sort and redraw of the first page, the view's own work (jsdom lays nothing out). */
function resortSamples(records: PaperRecord[], runs: number): number[] {
	return viewSamples(records, runs, WARM_UP, (view) => view.cycleSort(2));
}

interface OpenBlock {
	child: PaperTableChild;
	sourcePath: string;
	/** Watches the block's DOM, to show that a block a change cannot affect is not touched. */
	observer: MutationObserver;
}

/**
 * A 10k-paper vault in the Obsidian fake with the plugin's catalog and five
 * open blocks of different kinds. Each sample changes one paper's score the
 * way Obsidian reports it (metadata cache `changed`) and times everything
 * that runs synchronously: the catalog updating its record and every block
 * deciding whether the change concerns it and updating its rows. Drawing
 * waits for the debounce and is timed apart.
 */
async function refreshFigures(size: number, changes: number): Promise<BenchFigure[]> {
	const corpus = syntheticCorpus(size);
	const app = new App();
	const papers = corpus.records;
	for (const r of papers) app.vault.seed(r.path, `---\n${stringifyYaml(corpus.frontmatter.get(r.path) ?? {})}---\nSummary.\n`);
	const robot = papers.filter((r) => r.directions.includes("Robot Learning")).slice(0, 60);
	app.vault.seed("Research/Directions/Robot Learning.md", `---\ntype: direction\n---\n${robot.map((r) => `- [[${r.basename}]]`).join("\n")}\n`);
	const catalog = new PaperCatalog(app as unknown as O.App);
	const owner = new Component();
	owner.load();
	catalog.attach(owner);
	catalog.ensureLoaded();

	const blocks: OpenBlock[] = [];
	const open = (source: string, sourcePath = "Notes/Compare.md"): void => {
		const el = document.body.createDiv();
		const ctx = new FakeRenderContext(sourcePath);
		renderPaperTable(source, el, ctx, { app: app as unknown as O.App, catalog, refreshDelayMs: 0, pageSize: PAGE });
		const observer = new MutationObserver(() => undefined);
		observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
		blocks.push({ child: ctx.children[0] as unknown as PaperTableChild, sourcePath, observer });
	};
	// Every paper; one tag; a where filter; a folder with no papers; a direction note's own papers.
	open("columns: [title, year, venue, score]\nsort: score desc");
	open('from: "#robotics"\ncolumns: [title, year, citations]\nsort: year desc');
	open('where: venue = "NeurIPS" and year >= 2022\ncolumns: [title, venue, score]\nsort: citations desc');
	open("from: Research/Archive\ncolumns: [title, score]");
	open("", "Research/Directions/Robot Learning.md");

	const rand = seededRandom(7);
	const work: number[] = [];
	const draw: number[] = [];
	let affectedTotal = 0;
	let unaffectedThatWorked = 0;
	let unaffectedTotal = 0;
	for (let i = 0; i < changes + 5; i++) {
		const target = papers[Math.floor(rand() * papers.length)];
		const fm = { ...(corpus.frontmatter.get(target.path) ?? {}), score: Math.round(rand() * 50) / 10 };
		const text = `---\n${stringifyYaml(fm)}---\nSummary.\n`;
		// The new metadata as Obsidian hands it over; computing it is Obsidian's work, not ours.
		const file = app.vault.seed(target.path, text);
		const cache = app.metadataCache.getCache(target.path);
		const before = blocks.map((b) => b.child.tableModel?.stats.applied ?? 0);
		const ms = timeSync(() => app.metadataCache.trigger("changed", file, text, cache));
		const drawStart = performance.now();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const drawMs = performance.now() - drawStart;
		const mutations = blocks.map((b) => b.observer.takeRecords().length);
		if (i < 5) continue;
		work.push(ms);
		const affected = blocks.map((b, j) => (b.child.tableModel?.stats.applied ?? 0) > before[j]);
		if (affected.some(Boolean)) draw.push(drawMs);
		blocks.forEach((_, j) => {
			if (affected[j]) {
				affectedTotal++;
				return;
			}
			unaffectedTotal++;
			if (mutations[j] > 0) unaffectedThatWorked++;
		});
	}
	// After all the changes, every block must hold what a fresh query gives.
	const consistent = blocks.every((b) => {
		const m = b.child.tableModel;
		if (!m) return false;
		const noteType: unknown = app.metadataCache.getCache(b.sourcePath)?.frontmatter?.type;
		const fresh = new TableModel(m.spec, { records: catalog, links: new MetadataLinkGraph(app as unknown as O.App), sourcePath: b.sourcePath, noteType });
		fresh.load();
		const rows = m.visibleRows();
		return fresh.visibleCount === m.visibleCount && fresh.visibleRows().every((r, k) => rows[k].path === r.path);
	});
	for (const b of blocks) {
		b.observer.disconnect();
		b.child.unload();
	}
	owner.unload();
	const note = `5 open blocks; ${affectedTotal} block updates and ${unaffectedTotal} unaffected blocks over ${changes} changes`;
	return [
		figure("table.refresh.work", size, work, "ms", { stat: "p95", max: 5 }, `${note}; excluding DOM`),
		figure("table.refresh.draw", size, draw, "ms", undefined, "debounced patch of the changed rows, jsdom"),
		figure("table.refresh.unaffected-touched", size, [unaffectedTotal === 0 ? 0 : unaffectedThatWorked / unaffectedTotal], "share", { stat: "p50", max: 0 }, `share of unaffected blocks whose DOM changed; ${consistent ? "all blocks equal a fresh query afterwards" : "INCONSISTENT with a fresh query"}`),
	];
}

export const tableSection: BenchSection = {
	name: "table",
	async run(options) {
		const dom = installDom();
		const figures: BenchFigure[] = [];
		for (const size of options.sizes.filter((s) => s <= 10000)) {
			const { records } = syntheticCorpus(size);
			const runs = size <= 1000 ? 30 : 8;
			figures.push(figure("table.render", size, renderSamples(records, PAGE, runs), "ms", size <= 1000 ? { stat: "p95", max: 50 } : undefined, `query + first ${PAGE} rows; the rest on "Show more"`));
			figures.push(figure("table.show-more", size, showMoreSamples(records, Math.min(20, Math.floor(size / PAGE) - 1)), "ms", undefined, `${PAGE} more rows`));
			if (size <= 1000) figures.push(figure("table.resort", size, resortSamples(records, 30), "ms", undefined, "header click: sort and redraw the first page, jsdom"));
			if (size <= 1000) figures.push(figure("table.render.all-rows", size, renderSamples(records, size, 10), "ms", undefined, "query + every row at once, for comparison"));
		}
		const refreshSize = options.quick ? 1000 : 10000;
		figures.push(...(await refreshFigures(refreshSize, options.quick ? 20 : 50)));
		dom.window.close();
		return figures;
	},
};
