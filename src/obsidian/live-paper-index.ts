import { TFile, type Vault } from "obsidian";
import { PROSE_BATCH, createSearchIndex, summaryFromNote, type SearchIndex } from "../core/search";
import type { PaperRecord } from "../core/papers/paper-record";
import type { RecordChange } from "../core/papers/record-change";
import type { PaperCatalog } from "./paper-catalog";

/** Notes read per batch when summaries are loaded; the batches yield to the interface in between. */
const SUMMARY_BATCH = 100;

/**
 * The search index over the vault's papers, built from the shared catalog
 * the first time it is needed (the first search, or an idle moment after
 * the workspace is ready), then kept current one paper at a time from the
 * catalog's changes: typing a query never rescans the vault.
 *
 * The index first holds the short properties (title, aliases, authors, ids,
 * venue, year, tags, directions), so the first search does not wait for
 * the prose; the method and innovation follow in small batches. The
 * catalog reads properties from Obsidian's metadata cache, which holds no
 * note text; what the surveys say about each paper (its summary) is read
 * from the notes afterwards, in small batches too, and added paper by
 * paper.
 */
export class LivePaperIndex {
	private index: SearchIndex | null = null;
	private stopped = false;
	private summariesWaiting = 0;
	/** Settles once every paper's prose and summary are indexed (test helper and diagnostics). */
	textIndexed: Promise<void> = Promise.resolve();

	/** `register` receives the cleanups to run when the plugin unloads. */
	constructor(
		private readonly catalog: PaperCatalog,
		private readonly vault: Pick<Vault, "getAbstractFileByPath" | "cachedRead">,
		private readonly register: (cleanup: () => unknown) => void,
	) {}

	get isBuilt(): boolean {
		return this.index !== null;
	}

	/** How many papers' text (prose or summary) is not searchable yet. */
	get textPending(): number {
		return this.index ? Math.max(this.index.pendingCount, this.summariesWaiting) : 0;
	}

	/** The index, built now if it was not yet. */
	get(): SearchIndex {
		if (!this.index) {
			this.index = createSearchIndex(this.catalog.all(), { deferProse: true });
			// Listening starts with the index: before it there is nothing to keep current.
			this.register(this.catalog.subscribe((change) => this.apply(change)));
			this.register(() => (this.stopped = true));
			this.textIndexed = this.loadSummaries(this.index);
		}
		return this.index;
	}

	private apply(change: RecordChange): void {
		if (!this.index) return;
		if (change.kind === "upsert") this.index.upsert(change.record);
		else if (change.kind === "delete") this.index.remove(change.previous.path);
		else {
			// A renamed note keeps the summary read before.
			const summary = change.record.summary ?? this.index.get(change.oldPath)?.summary;
			this.index.rename(change.oldPath, summary === undefined ? change.record : { ...change.record, summary });
		}
	}

	private async loadSummaries(index: SearchIndex): Promise<void> {
		while (!this.stopped && index.indexDeferred(PROSE_BATCH) > 0) await nextTask();
		const pending = this.catalog.all().filter((r) => r.summary === undefined);
		this.summariesWaiting = pending.length;
		try {
			for (let i = 0; i < pending.length && !this.stopped; i += SUMMARY_BATCH) {
				for (const record of pending.slice(i, i + SUMMARY_BATCH)) await this.loadSummary(index, record);
				this.summariesWaiting = Math.max(0, pending.length - i - SUMMARY_BATCH);
				await nextTask();
			}
		} finally {
			// Stopped or done, nothing is waiting any more: the search box stops saying so.
			this.summariesWaiting = 0;
		}
	}

	/** Reads one paper's summary from its note; a note that cannot be read (deleted meanwhile) keeps the paper as it was. */
	private async loadSummary(index: SearchIndex, record: PaperRecord): Promise<void> {
		const file = this.vault.getAbstractFileByPath(record.path);
		if (!(file instanceof TFile)) return;
		let text: string;
		try {
			text = await this.vault.cachedRead(file);
		} catch {
			return;
		}
		const summary = summaryFromNote(text);
		// A paper edited meanwhile already carries its new summary.
		if (summary !== undefined && index.get(record.path) === record) index.upsert({ ...record, summary });
	}
}

/** Yields to the interface until its next task. */
function nextTask(): Promise<void> {
	return new Promise<void>((resolve) => window.setTimeout(resolve, 0));
}
