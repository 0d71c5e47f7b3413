import { type App, debounce, type Debouncer, type HoverParent, type HoverPopover, Keymap, MarkdownRenderChild, type MarkdownSectionInformation, Notice, type TFile } from "obsidian";
import { freezeBlock } from "../../core/export/freeze-block";
import type { TableData } from "../../core/query/table-export";
import { ExportFormatModal, exportToVault } from "../export-commands";
import type { SpecError } from "../../core/query/spec";
import { parseBlockSpec } from "./block-spec";
import type { RecordChange } from "../../core/papers/record-change";
import { TableModel, type RecordSource } from "../../core/query/table-model";
import { renderSpecErrors, renderSpecWarnings } from "./error-box";
import { specWarnings } from "../../core/query/spec-warnings";
import { MetadataLinkGraph } from "./metadata-link-graph";
import { TableView } from "./table-view";

/** The shared pieces every block needs: the app and the one catalog of paper records. */
export interface PaperTableDeps {
	app: App;
	catalog: RecordSource & { subscribe(listener: (change: RecordChange) => void): () => void };
	/** Quiet time after the last change before a block redraws. */
	refreshDelayMs: number;
	/** Rows rendered at first, and added by each "Show more". */
	pageSize: number;
}

/**
 * One rendered `paper-table` block. It owns its model and view, subscribes
 * to the shared catalog through this component (so unloading the note
 * releases everything), applies each change to its model at once (a few
 * comparisons when the change cannot affect it) and redraws the changed
 * rows after a quiet period. A bad block shows its errors in place.
 */
export class PaperTableChild extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private model: TableModel | null = null;
	private view: TableView | null = null;
	private readonly dirty = new Set<string>();
	private flush: Debouncer<[], void> | null = null;
	/** How many times the block redrew after changes; a change that cannot affect it leaves this alone. */
	refreshCount = 0;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly sourcePath: string,
		private readonly deps: PaperTableDeps,
		/** Where the block sits in its note now (Obsidian's section info), for freezing it. */
		private readonly sectionInfo: () => MarkdownSectionInformation | null = () => null,
	) {
		super(containerEl);
	}

	override onload(): void {
		try {
			this.build();
		} catch (err) {
			// The block must never break the note; show the failure where the table would be.
			this.showErrors([{ key: "block", message: `could not be rendered: ${err instanceof Error ? err.message : String(err)}` }]);
		}
	}

	/** The table's model, once the block parsed; for tests and the benchmark. */
	get tableModel(): TableModel | null {
		return this.model;
	}

	get tableView(): TableView | null {
		return this.view;
	}

	private build(): void {
		const parsed = parseBlockSpec(this.source);
		if (!parsed.ok) {
			this.showErrors(parsed.errors);
			return;
		}
		const { app, catalog } = this.deps;
		const noteType: unknown = app.metadataCache.getCache(this.sourcePath)?.frontmatter?.type;
		const model = new TableModel(parsed.spec, { records: catalog, links: new MetadataLinkGraph(app), sourcePath: this.sourcePath, noteType });
		model.load();
		const missing = model.missingNotes();
		if (missing.length > 0) {
			this.showErrors(missing.map((target) => ({ key: "from", message: `no note named "${target}"` })));
			return;
		}
		this.model = model;
		renderSpecWarnings(this.containerEl, specWarnings(parsed.spec, catalog));
		this.view = new TableView(this.containerEl, model, this.deps.pageSize, {
			copy: (text, format, rows) => this.copy(text, format, rows),
			export: (data) => this.exportRows(data),
			freeze: (markdown) => void this.freeze(markdown),
		});
		this.view.render();

		const flush = debounce(() => this.refresh(), this.deps.refreshDelayMs, true);
		this.flush = flush;
		this.register(() => flush.cancel());
		this.register(catalog.subscribe((change) => this.onCatalogChange(change)));
		if (model.watchedNotes().length > 0) {
			this.registerEvent(app.metadataCache.on("changed", (file) => this.onNoteChanged(file)));
		}
		this.registerDomEvent(this.containerEl, "click", (evt) => this.onClick(evt));
		this.registerDomEvent(this.containerEl, "mouseover", (evt) => this.onHover(evt));
		this.registerDomEvent(this.containerEl, "keydown", (evt) => this.view?.handleKey(evt));
	}

	private onCatalogChange(change: RecordChange): void {
		const model = this.model;
		if (!model) return;
		this.markDirty(model.apply(change));
	}

	/** A note the block takes its papers from changed: its links may have. */
	private onNoteChanged(file: TFile): void {
		const model = this.model;
		if (!model || !model.watchedNotes().includes(file.path)) return;
		this.markDirty(model.relink());
	}

	private markDirty(paths: string[]): void {
		if (paths.length === 0) return;
		for (const path of paths) this.dirty.add(path);
		this.flush?.();
	}

	private refresh(): void {
		if (!this.view || this.dirty.size === 0) return;
		this.refreshCount++;
		const dirty = new Set(this.dirty);
		this.dirty.clear();
		this.view.patch(dirty);
	}

	private onClick(evt: MouseEvent): void {
		if (this.view?.handleClick(evt)) return;
		const link = internalLink(evt);
		if (!link) return;
		// Handle the link here so it opens once, from this note, honouring Ctrl/Cmd for a new tab.
		evt.preventDefault();
		evt.stopPropagation();
		void this.deps.app.workspace.openLinkText(link.target, this.sourcePath, Keymap.isModEvent(evt));
	}

	private onHover(evt: MouseEvent): void {
		const link = internalLink(evt);
		if (!link) return;
		this.deps.app.workspace.trigger("hover-link", { event: evt, source: "preview", hoverParent: this, targetEl: link.el, linktext: link.target, sourcePath: this.sourcePath });
	}

	private copy(text: string, format: "Markdown" | "CSV", rows: number): void {
		const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
		if (!clipboard) {
			new Notice("The clipboard is not available here.");
			return;
		}
		clipboard.writeText(text).then(
			() => new Notice(`Copied ${rows} ${rows === 1 ? "row" : "rows"} as ${format}.`),
			() => new Notice("Could not copy the table to the clipboard."),
		);
	}

	/** Asks for a format and saves the rows shown beside the note, as "<note> papers.<ext>". */
	private exportRows(data: TableData): void {
		const model = this.model;
		if (!model) return;
		const { app } = this.deps;
		const slash = this.sourcePath.lastIndexOf("/");
		const folder = slash < 0 ? "" : this.sourcePath.slice(0, slash);
		const name = `${this.sourcePath.slice(slash + 1).replace(/\.md$/i, "")} papers`;
		new ExportFormatModal(app, (format) => void exportToVault(app, format, { model, data }, folder, name)).open();
	}

	/**
	 * Replaces the block with its table as Markdown, through vault.process so
	 * the note is rewritten whole; if the block moved or changed since it was
	 * drawn, the note is left alone and the reader told.
	 */
	private async freeze(markdown: string): Promise<void> {
		const { app } = this.deps;
		const section = this.sectionInfo();
		const file = app.vault.getFileByPath(this.sourcePath);
		if (!section || !file) {
			new Notice("This table cannot be frozen here: its place in the note is unknown. Nothing was changed.");
			return;
		}
		let frozen = false;
		await app.vault.process(file, (text) => {
			const next = freezeBlock(text, section.lineStart, section.lineEnd, markdown);
			frozen = next !== null;
			return next ?? text;
		});
		new Notice(frozen ? `Froze the table: ${file.basename} now holds it as Markdown.` : "The note changed since the table was drawn; nothing was changed. Try again.");
	}

	private showErrors(errors: readonly SpecError[]): void {
		this.containerEl.empty();
		renderSpecErrors(this.containerEl, errors);
	}
}

function internalLink(evt: MouseEvent): { el: HTMLElement; target: string } | null {
	const el = evt.target instanceof Element ? evt.target.closest("a.internal-link") : null;
	if (!(el instanceof HTMLElement)) return null;
	const target = el.getAttribute("data-href");
	return target ? { el, target } : null;
}
