import type { FrontmatterValue } from "../markdown/frontmatter";
import type { NoteReading, ReadNote } from "../papers/paper-reader";
import type { PaperRecord } from "../papers/paper-record";
import type { LinkGraph } from "./source-filter";
import { extractWikilinkTargets, StaticLinkGraph } from "./static-link-graph";
import type { RecordSource } from "./table-model";

/** What a table needs of a vault read from its files: papers, links, and each note's type. */
export interface VaultPapers {
	records: RecordSource;
	links: LinkGraph;
	/** The `type` property of every note that has one. */
	noteTypes: ReadonlyMap<string, FrontmatterValue>;
	/** Notes whose properties could not be read, with why; they are left out. */
	skipped: Array<Extract<NoteReading, { ok: false }>>;
}

/**
 * A table's view of a vault's notes, as the paper reader read them (with
 * their text): paper records, note types, and the link graph of every
 * note's wikilinks, body and properties. The headless counterpart of the
 * plugin's catalog and metadata cache. The links are extracted only when a
 * query first asks for them, as most tables never do.
 */
export function vaultPapersOf(notes: readonly ReadNote[]): VaultPapers {
	const records = new Map<string, PaperRecord>();
	const noteTypes = new Map<string, FrontmatterValue>();
	const skipped: VaultPapers["skipped"] = [];
	for (const { reading } of notes) {
		if (!reading.ok) {
			skipped.push(reading);
			continue;
		}
		if (reading.properties.type !== undefined) noteTypes.set(reading.path, reading.properties.type);
		if (reading.paper) records.set(reading.path, reading.paper);
	}
	let graph: StaticLinkGraph | null = null;
	// A note whose store read failed has no text and no links, but is still a note links may point at.
	const built = (): StaticLinkGraph => (graph ??= new StaticLinkGraph(notes.filter((n) => n.text !== undefined).map((n) => ({ path: n.reading.path, links: extractWikilinkTargets(n.text as string) }))));
	return {
		records: { get: (p) => records.get(p), all: () => records.values() },
		links: { resolve: (target, from) => built().resolve(target, from), linksFrom: (p) => built().linksFrom(p), linksTo: (p) => built().linksTo(p) },
		noteTypes,
		skipped,
	};
}

/** The body of the first `paper-table` fenced block in a note, or null when it has none. */
export function findPaperTableBlock(text: string): string | null {
	const m = /^([ \t]*)(`{3,}|~{3,})[ \t]*paper-table[ \t]*\r?\n([\s\S]*?)^\1?\2[`~]*[ \t]*$/m.exec(text);
	return m ? m[3] : null;
}
