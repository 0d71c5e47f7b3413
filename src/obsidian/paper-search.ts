import type { Plugin } from "obsidian";
import { LivePaperIndex } from "./live-paper-index";
import type { PaperCatalog } from "./paper-catalog";
import { PaperSearchModal } from "./paper-search-modal";

/** What paper search needs from the plugin. */
export type PaperSearchHost = Pick<Plugin, "app" | "addCommand" | "addRibbonIcon" | "register"> & { catalog: PaperCatalog };

/** How long after the workspace is ready the index is built, out of the way of start-up. */
const WARM_UP_DELAY_MS = 3000;

/**
 * Registers the "Search papers" command and ribbon icon. The index is built
 * on first use, or a few seconds after the workspace is ready, whichever
 * comes first, never while the plugin loads.
 */
export function registerPaperSearch(plugin: PaperSearchHost): LivePaperIndex {
	const papers = new LivePaperIndex(plugin.catalog, plugin.app.vault, (cleanup) => plugin.register(cleanup));
	const open = (): void => new PaperSearchModal(plugin.app, papers).open();
	plugin.addCommand({ id: "search-papers", name: "Search papers", callback: open });
	plugin.addRibbonIcon("library", "Search papers", open);
	plugin.app.workspace.onLayoutReady(() => {
		const timer = window.setTimeout(() => papers.get(), WARM_UP_DELAY_MS);
		plugin.register(() => window.clearTimeout(timer));
	});
	return papers;
}
