import { parseNoteFrontmatter, type FrontmatterValue } from "../markdown/frontmatter";
import { isPaperNote, toPaperRecord, type PaperRecord } from "../papers/paper-record";
import { StoreError, type NoteStore } from "../store/note-store";
import { extractWikilinkTargets, StaticLinkGraph } from "./static-link-graph";
import type { RecordSource } from "./table-model";

/** What a table needs of a vault read from its files: papers, links, and each note's type. */
export interface VaultPapers {
	records: RecordSource;
	links: StaticLinkGraph;
	/** The `type` property of every note that has one. */
	noteTypes: ReadonlyMap<string, FrontmatterValue>;
	/** Notes whose properties could not be read, with why; they are left out. */
	skipped: Array<{ path: string; reason: string }>;
}

/**
 * Reads every note of a store once: paper notes become records, every
 * note's wikilinks (body and properties) feed the link graph. The
 * headless counterpart of the plugin's catalog and metadata cache.
 */
export async function readVaultPapers(store: NoteStore): Promise<VaultPapers> {
	const records = new Map<string, PaperRecord>();
	const noteTypes = new Map<string, FrontmatterValue>();
	const notes: Array<{ path: string; links: string[] }> = [];
	const skipped: VaultPapers["skipped"] = [];
	for (const path of await store.listNotes()) {
		let text: string;
		try {
			text = await store.read(path);
		} catch (err) {
			// One unreadable note (too large, gone meanwhile) leaves the rest of the vault readable.
			if (!(err instanceof StoreError)) throw err;
			skipped.push({ path, reason: err.message.replace(`${err.path}: `, "") });
			continue;
		}
		notes.push({ path, links: extractWikilinkTargets(text) });
		let frontmatter;
		try {
			frontmatter = parseNoteFrontmatter(text);
		} catch (err) {
			skipped.push({ path, reason: err instanceof Error ? err.message : String(err) });
			continue;
		}
		if (frontmatter.type !== undefined) noteTypes.set(path, frontmatter.type);
		if (isPaperNote(frontmatter)) records.set(path, toPaperRecord(path, frontmatter));
	}
	return {
		records: { get: (p) => records.get(p), all: () => records.values() },
		links: new StaticLinkGraph(notes),
		noteTypes,
		skipped,
	};
}

/** The body of the first `paper-table` fenced block in a note, or null when it has none. */
export function findPaperTableBlock(text: string): string | null {
	const m = /^([ \t]*)(`{3,}|~{3,})[ \t]*paper-table[ \t]*\r?\n([\s\S]*?)^\1?\2[`~]*[ \t]*$/m.exec(text);
	return m ? m[3] : null;
}
