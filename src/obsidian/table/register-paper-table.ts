import type { MarkdownPostProcessorContext, Plugin } from "obsidian";
import type { PaperCatalog } from "../paper-catalog";
import { renderSpecErrors } from "./error-box";
import { PaperTableChild, type PaperTableDeps } from "./paper-table-child";

/** The code block language the plugin renders as a comparison table. */
export const PAPER_TABLE_LANGUAGE = "paper-table";

export interface PaperTableOptions {
	refreshDelayMs: number;
	pageSize: number;
}

export const DEFAULT_TABLE_OPTIONS: Readonly<PaperTableOptions> = Object.freeze({ refreshDelayMs: 300, pageSize: 100 });

/**
 * Registers the `paper-table` code block. Every block becomes a render
 * child of its note, reading the plugin's one shared catalog.
 */
export function registerPaperTable(plugin: Plugin & { catalog: PaperCatalog }, options: Partial<PaperTableOptions> = {}): void {
	const { refreshDelayMs, pageSize } = { ...DEFAULT_TABLE_OPTIONS, ...options };
	plugin.registerMarkdownCodeBlockProcessor(PAPER_TABLE_LANGUAGE, (source, el, ctx) => {
		renderPaperTable(source, el, ctx, { app: plugin.app, catalog: plugin.catalog, refreshDelayMs, pageSize });
	});
}

/** The processor itself: never throws, whatever the block holds. */
export function renderPaperTable(source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext, deps: PaperTableDeps): void {
	try {
		ctx.addChild(new PaperTableChild(el, source, ctx.sourcePath, deps, () => ctx.getSectionInfo(el)));
	} catch (err) {
		el.empty();
		renderSpecErrors(el, [{ key: "block", message: `could not be rendered: ${err instanceof Error ? err.message : String(err)}` }]);
	}
}
