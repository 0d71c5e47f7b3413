import { type App, type CachedMetadata, type EventRef, TFile, type TAbstractFile } from "obsidian";
import { readNote } from "../core/papers/paper-reader";
import { toPaperRecord, type PaperRecord } from "../core/papers/paper-record";
import type { RecordChange } from "../core/papers/record-change";

export type CatalogListener = (change: RecordChange) => void;

/** What the catalog needs to register its listeners for the plugin's lifetime. */
export interface EventRegistrar {
	registerEvent(ref: EventRef): void;
}

/**
 * The paper records of the vault, shared by the search index and every
 * comparison table: built once from Obsidian's metadata cache (never by
 * parsing files), then kept current from `changed`, `deleted` and `rename`
 * events, one record at a time. Listeners hear each change; `revision` counts them.
 */
export class PaperCatalog {
	private records = new Map<string, PaperRecord>();
	private listeners = new Set<CatalogListener>();
	private loaded = false;
	/** Notes left out because they could not be read safely, with why (an alias bomb, a huge file). */
	readonly skipped = new Map<string, string>();
	revision = 0;

	constructor(private readonly app: App) {}

	/** Starts following the vault; the initial scan waits for the first `all()` or `ensureLoaded()`. */
	attach(registrar: EventRegistrar): void {
		const { metadataCache, vault } = this.app;
		registrar.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		registrar.registerEvent(metadataCache.on("deleted", (file) => this.onDeleted(file.path)));
		registrar.registerEvent(vault.on("rename", (file, oldPath) => this.onRenamed(file, oldPath)));
	}

	/** Scans the metadata cache once; later calls are free. */
	ensureLoaded(): void {
		if (this.loaded) return;
		this.loaded = true;
		for (const file of this.app.vault.getMarkdownFiles()) {
			const record = this.recordOf(file, this.app.metadataCache.getFileCache(file));
			if (record) this.records.set(file.path, record);
		}
	}

	get isLoaded(): boolean {
		return this.loaded;
	}

	all(): PaperRecord[] {
		this.ensureLoaded();
		return [...this.records.values()];
	}

	get(path: string): PaperRecord | undefined {
		this.ensureLoaded();
		return this.records.get(path);
	}

	get size(): number {
		this.ensureLoaded();
		return this.records.size;
	}

	/** How many listeners are subscribed; each open comparison table holds one. */
	get listenerCount(): number {
		return this.listeners.size;
	}

	/** Subscribes to changes; returns the function that unsubscribes. */
	subscribe(listener: CatalogListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.loaded) return;
		const previous = this.records.get(file.path) ?? null;
		// The note's text comes with the event: its survey summaries are read from it for free.
		const record = this.recordOf(file, cache, data);
		if (record) {
			this.records.set(file.path, record);
			this.emit({ kind: "upsert", record, previous });
		} else if (previous) {
			this.records.delete(file.path);
			this.emit({ kind: "delete", previous });
		}
	}

	private onDeleted(path: string): void {
		if (!this.loaded) return;
		const previous = this.records.get(path);
		if (!previous) return;
		this.records.delete(path);
		this.emit({ kind: "delete", previous });
	}

	private onRenamed(file: TAbstractFile, oldPath: string): void {
		if (!this.loaded || !(file instanceof TFile)) return;
		const previous = this.records.get(oldPath);
		if (!previous) return;
		this.records.delete(oldPath);
		const record = toPaperRecord(file.path, previous.properties, previous.summary);
		this.records.set(file.path, record);
		this.emit({ kind: "rename", record, oldPath });
	}

	private recordOf(file: TFile, cache: CachedMetadata | null, text?: string): PaperRecord | null {
		const reading = readNote({ path: file.path, frontmatter: cache?.frontmatter, bytes: file.stat.size, ...(text === undefined ? {} : { text }) }, { papersOnly: true, summary: true });
		if (!reading.ok) return this.skip(file.path, reading.reason);
		this.skipped.delete(file.path);
		return reading.paper;
	}

	private skip(path: string, reason: string): null {
		if (this.skipped.get(path) !== reason) console.warn(`Survey Vault: ${path} left out of search and tables: ${reason}`);
		this.skipped.set(path, reason);
		return null;
	}

	private emit(change: RecordChange): void {
		this.revision++;
		for (const listener of this.listeners) listener(change);
	}
}
