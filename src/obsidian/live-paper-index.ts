import { createSearchIndex, type SearchIndex } from "../core/search";
import type { CatalogChange, PaperCatalog } from "./paper-catalog";

/**
 * The search index over the vault's papers, built from the shared catalog
 * the first time it is needed (the first search, or an idle moment after
 * the workspace is ready), then kept current one paper at a time from the
 * catalog's changes: typing a query never rescans the vault.
 */
export class LivePaperIndex {
	private index: SearchIndex | null = null;

	/** `register` receives the cleanup to run when the plugin unloads (the catalog subscription, taken at the first build). */
	constructor(
		private readonly catalog: PaperCatalog,
		private readonly register: (cleanup: () => unknown) => void,
	) {}

	get isBuilt(): boolean {
		return this.index !== null;
	}

	/** The index, built now if it was not yet. */
	get(): SearchIndex {
		if (!this.index) {
			this.index = createSearchIndex(this.catalog.all());
			// Listening starts with the index: before it there is nothing to keep current.
			this.register(this.catalog.subscribe((change) => this.apply(change)));
		}
		return this.index;
	}

	private apply(change: CatalogChange): void {
		if (!this.index) return;
		if (change.kind === "upsert") this.index.upsert(change.record);
		else if (change.kind === "delete") this.index.remove(change.previous.path);
		else this.index.rename(change.oldPath, change.record);
	}
}
