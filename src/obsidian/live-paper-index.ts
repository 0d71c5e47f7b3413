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

	constructor(private readonly catalog: PaperCatalog) {}

	/** Follows the catalog; returns the function that stops following it. */
	follow(): () => void {
		return this.catalog.subscribe((change) => this.apply(change));
	}

	get isBuilt(): boolean {
		return this.index !== null;
	}

	/** The index, built now if it was not yet. */
	get(): SearchIndex {
		this.index ??= createSearchIndex(this.catalog.all());
		return this.index;
	}

	private apply(change: CatalogChange): void {
		// Before the first build there is nothing to keep current: the build reads the catalog as it is then.
		if (!this.index) return;
		if (change.kind === "upsert") this.index.upsert(change.record);
		else if (change.kind === "delete") this.index.remove(change.previous.path);
		else this.index.rename(change.oldPath, change.record);
	}
}
