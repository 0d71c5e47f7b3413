import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type * as O from "obsidian";
import { DEFAULT_SETTINGS } from "../src/settings";
import { createSearchIndex, searchPapers } from "../src/core/search";
import { importSurveyFile } from "../src/obsidian/import-runner";
import { PaperCatalog } from "../src/obsidian/paper-catalog";
import { App, Vault } from "../test/fakes/obsidian";
import { figure, time, timeSync, type BenchFigure, type BenchSection } from "./lib";
import { syntheticSurvey } from "./survey-corpus";

/** The survey imported into the big vault: 34 papers no note of the vault holds yet. */
const SURVEY_PAPERS = 34;
const QUERY = "graph neural routing";
const RATIO_TARGET = 2.5;

/**
 * The reference every command is measured against: a fresh Node process that
 * lists the vault and reads every note once, 32 at a time, and nothing more.
 */
const FLOOR_SCRIPT = `
const fs = require("node:fs/promises"), path = require("node:path");
async function walk(dir, out) {
	for (const e of await fs.readdir(dir, { withFileTypes: true })) {
		if (e.name.startsWith(".")) continue;
		const full = path.join(dir, e.name);
		if (e.isDirectory()) await walk(full, out);
		else if (e.name.endsWith(".md")) out.push(full);
	}
	return out;
}
(async () => {
	const files = await walk(process.argv[2], []);
	let next = 0, chars = 0;
	await Promise.all(Array.from({ length: 32 }, async () => { while (next < files.length) { const text = await fs.readFile(files[next++], "utf8"); chars += text.length; } }));
	process.stdout.write(files.length + " notes, " + chars + " characters\\n");
})();
`;

/**
 * Big vaults: a vault of the importer's own notes (10,000 by default, made
 * by importing a generated survey), and the CLI's search, table, import of a
 * 34-paper survey and its re-import, each timed as a fresh process and set
 * against the floor measured in the same run. Then the plugin's side over
 * the Obsidian fake: the same import, and the first search after start-up.
 */
export const vaultSection: BenchSection = {
	name: "vault",
	async run(options) {
		const cli = process.env.SURVEY_VAULT_CLI ?? path.resolve("dist/cli.cjs");
		const size = options.quick ? 2000 : 10000;
		const runs = 3;
		const dir = mkdtempSync(path.join(tmpdir(), "survey-vault-bench-vault-"));
		try {
			const vault = path.join(dir, "vault");
			const big = path.join(dir, "big.md");
			// The vault's own survey note, 20 directions and 10 trends make up the rest of the notes.
			writeFileSync(big, syntheticSurvey(size - 31));
			mkdirSync(vault);
			execFileSync(process.execPath, [cli, "import", big, "--vault", vault], { stdio: "ignore" });
			const notes = countNotes(vault);
			const survey = path.join(dir, "survey.md");
			writeFileSync(survey, newPapersSurvey(SURVEY_PAPERS));
			const floorScript = path.join(dir, "floor.cjs");
			writeFileSync(floorScript, FLOOR_SCRIPT);

			const run = (args: string[]): number => timeSync(() => execFileSync(process.execPath, args, { stdio: "ignore" }));
			const floor: number[] = [];
			const search: number[] = [];
			const table: number[] = [];
			const imports: number[] = [];
			const reimports: number[] = [];
			for (let i = 0; i < runs; i++) {
				floor.push(run([floorScript, vault]));
				search.push(run([cli, "search", QUERY, "--vault", vault]));
				table.push(run([cli, "table", "--vault", vault, "--format", "csv"]));
				// Each import starts from the same vault: a copy, made outside the timing.
				const copy = path.join(dir, `copy-${i}`);
				cpSync(vault, copy, { recursive: true });
				imports.push(run([cli, "import", survey, "--vault", copy]));
				reimports.push(run([cli, "import", survey, "--vault", copy]));
				rmSync(copy, { recursive: true, force: true });
			}
			const floorFigure = figure("vault.floor (node reads every note once)", notes, floor, "ms", undefined, "fresh process, 32 reads at a time");
			const figures: BenchFigure[] = [floorFigure];
			const command = (name: string, samples: number[], note: string): void => {
				const f = figure(`vault.${name}`, notes, samples, "ms", undefined, note);
				figures.push(f, figure(`vault.${name} / floor`, notes, [f.p50 / floorFigure.p50], "ratio", { stat: "p50", max: RATIO_TARGET }, "medians of 3, same run"));
			};
			command("cli search", search, `survey-vault search "${QUERY}"`);
			command("cli table", table, "survey-vault table --format csv, every paper");
			command(`cli import (${SURVEY_PAPERS} papers)`, imports, "new papers into the vault");
			command(`cli re-import (${SURVEY_PAPERS} papers)`, reimports, "nothing changes, nothing written");
			figures.push(...(await pluginFigures(vault, readFileSync(survey, "utf8"), notes, runs)));
			return figures;
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	},
};

/** The plugin over the Obsidian fake holding the same notes: a 34-paper import, and the first search. */
async function pluginFigures(vault: string, survey: string, notes: number, runs: number): Promise<BenchFigure[]> {
	const texts = readNotes(vault);
	// Import-runner yields to the interface between batches with window.setTimeout: Node's timers here,
	// not those of a jsdom window an earlier section installed and closed (whose timers never fire).
	const globals = globalThis as { window?: unknown };
	const previous = globals.window;
	globals.window = globalThis;
	try {
		return await pluginRuns(texts, survey, notes, runs);
	} finally {
		globals.window = previous;
	}
}

async function pluginRuns(texts: Map<string, string>, survey: string, notes: number, runs: number): Promise<BenchFigure[]> {
	const fresh = (): App => {
		const app = new App(new Vault());
		for (const [p, text] of texts) app.vault.seed(p, text);
		// Obsidian has parsed every note's properties before a command runs: that is its work, not ours.
		for (const file of app.vault.getMarkdownFiles()) app.metadataCache.getFileCache(file);
		return app;
	};
	const imports: number[] = [];
	const searches: number[] = [];
	for (let i = 0; i < runs; i++) {
		const app = fresh();
		const file = app.vault.seed("Inbox/survey.md", survey);
		imports.push(
			await time(async () => {
				const outcome = await importSurveyFile(app as unknown as O.App, file, DEFAULT_SETTINGS, { preview: false, quiet: true });
				if (outcome.error) throw new Error(outcome.error);
			}),
		);
		const catalog = new PaperCatalog(fresh() as unknown as O.App);
		searches.push(timeSync(() => searchPapers(createSearchIndex(catalog.all()), QUERY, 20)));
	}
	return [
		figure(`vault.plugin import (${SURVEY_PAPERS} papers)`, notes, imports, "ms", undefined, "Obsidian fake, properties from its metadata cache"),
		figure("vault.plugin first search", notes, searches, "ms", undefined, "catalog from the metadata cache + index + one query"),
	];
}

function countNotes(dir: string): number {
	return readNotes(dir).size;
}

/** Every note of a vault folder by vault path. */
function readNotes(root: string, dir = "", out = new Map<string, string>()): Map<string, string> {
	for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
		if (e.name.startsWith(".")) continue;
		const rel = dir === "" ? e.name : `${dir}/${e.name}`;
		if (e.isDirectory()) readNotes(root, rel, out);
		else if (e.name.endsWith(".md")) out.set(rel, readFileSync(path.join(root, rel), "utf8"));
	}
	return out;
}

/** A generated survey whose papers have arXiv ids and titles the big vault does not hold. */
function newPapersSurvey(papers: number): string {
	return syntheticSurvey(papers, 99)
		.replace(/arxiv\.org\/abs\/25/g, "arxiv.org/abs/24")
		.replace(/^title: Synthetic benchmark survey$/m, "title: Synthetic follow-up survey")
		.replace(/^# Synthetic benchmark survey$/m, "# Synthetic follow-up survey");
}
