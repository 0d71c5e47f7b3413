import { type App, Notice, type Plugin, SuggestModal, TFile } from "obsidian";
import { paperBase } from "../core/bases/paper-base";
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_SPEC, exportTable, type ExportFormat } from "../core/export/export-format";
import { writeBesideExisting, writeOutput } from "../core/export/write-output";
import type { FrontmatterData } from "../core/markdown/frontmatter";
import { asText } from "../core/papers/paper-record";
import { loadTable } from "../core/query/table-query";
import type { TableData } from "../core/query/table-export";
import type { TableModel } from "../core/query/table-model";
import { StoreError } from "../core/store/note-store";
import type { SurveyVaultSettings } from "../settings";
import type { PaperCatalog } from "./paper-catalog";
import { parseBlockSpec } from "./table/block-spec";
import { MetadataLinkGraph } from "./table/metadata-link-graph";
import { VaultStore } from "./vault-store";

const FORMAT_LABELS: Record<ExportFormat, string> = {
	bibtex: "BibTeX (.bib)",
	"csl-json": "CSL-JSON (.json), for Pandoc, Zotero and citeproc",
	csv: "CSV (.csv, UTF-8 with a byte order mark, for spreadsheets)",
	markdown: "Markdown table (.md)",
};

/** Picks an export format. */
export class ExportFormatModal extends SuggestModal<ExportFormat> {
	constructor(
		app: App,
		private readonly onPick: (format: ExportFormat) => void,
	) {
		super(app);
		this.setPlaceholder("Export format");
	}

	getSuggestions(query: string): ExportFormat[] {
		const q = query.trim().toLowerCase();
		return EXPORT_FORMATS.filter((f) => FORMAT_LABELS[f].toLowerCase().includes(q));
	}

	renderSuggestion(format: ExportFormat, el: HTMLElement): void {
		el.setText(FORMAT_LABELS[format]);
	}

	onChooseSuggestion(format: ExportFormat): void {
		this.onPick(format);
	}
}

/**
 * Writes a table's papers in a format to a new file in the vault (an
 * existing file is never replaced: a second export gets " (2)"), says
 * where, and returns the path; null when the write failed.
 */
export async function exportToVault(app: App, format: ExportFormat, table: { model: TableModel; data: TableData }, folder: string, name: string): Promise<string | null> {
	const text = exportTable(format, table, { bom: format === "csv" });
	try {
		const { path } = await writeBesideExisting(new VaultStore(app.vault), folder, name, EXPORT_EXTENSIONS[format], text);
		const n = table.model.visibleCount;
		new Notice(`Exported ${n} ${n === 1 ? "paper" : "papers"} as ${format} to ${path}.`);
		return path;
	} catch (err) {
		new Notice(`Export failed: ${err instanceof Error ? err.message : String(err)}. Nothing was written.`);
		return null;
	}
}

/** What the export and Bases commands need from the plugin. */
export interface ExportHost extends Pick<Plugin, "app" | "addCommand"> {
	settings: SurveyVaultSettings;
	catalog: PaperCatalog;
}

/** The folder above the papers folder, where the vault-wide files go ("" at the root). */
function researchFolder(settings: SurveyVaultSettings): string {
	const slash = settings.papersFolder.lastIndexOf("/");
	return slash < 0 ? "" : settings.papersFolder.slice(0, slash);
}

/** Registers "Export papers…", "Create a Bases view of the papers" and its per-direction twin. */
export function registerExportCommands(host: ExportHost): void {
	const { app } = host;
	host.addCommand({
		id: "export-papers",
		name: "Export papers…",
		callback: () => {
			new ExportFormatModal(app, (format) => {
				const parsed = parseBlockSpec(EXPORT_SPEC);
				if (!parsed.ok) return;
				const table = loadTable(parsed.spec, { records: host.catalog, links: new MetadataLinkGraph(app), sourcePath: "" });
				if (table.ok) void exportToVault(app, format, table, researchFolder(host.settings), "Papers");
			}).open();
		},
	});
	host.addCommand({
		id: "create-papers-base",
		name: "Create a Bases view of the papers",
		callback: () => {
			const folder = researchFolder(host.settings);
			void writeBase(app, `${folder === "" ? "" : `${folder}/`}Papers.base`, paperBase({ papersFolder: host.settings.papersFolder }));
		},
	});
	host.addCommand({
		id: "create-direction-base",
		name: "Create a Bases view of this direction's papers",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const frontmatter: FrontmatterData | undefined = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
			if (!file || asText(frontmatter?.type)?.toLowerCase() !== "direction") return false;
			if (!checking) {
				const target = file.path.replace(/\.md$/i, "");
				const name = asText(frontmatter?.title) ?? file.basename;
				void writeBase(app, `${target}.base`, paperBase({ papersFolder: host.settings.papersFolder, direction: { name, target } }));
			}
			return true;
		},
	});
}

/** Writes a `.base` file unless one with other content is there (the user's edits), then opens it. */
async function writeBase(app: App, path: string, text: string): Promise<void> {
	try {
		const outcome = await writeOutput(new VaultStore(app.vault), path, text, false);
		new Notice(outcome === "unchanged" ? `${path} is up to date.` : `Created ${path}.`);
	} catch (err) {
		if (err instanceof StoreError && err.code === "exists") new Notice(`${path} already exists with other content, perhaps your own edits; it was left as it is. Rename or delete it to create a fresh one.`);
		else {
			new Notice(`Could not create ${path}: ${err instanceof Error ? err.message : String(err)}`);
			return;
		}
	}
	const file = app.vault.getFileByPath(path);
	if (file instanceof TFile) await app.workspace.getLeaf(false).openFile(file);
}
