import type { PaperRecord } from "../papers/paper-record";
import type { SourceSpec } from "./spec";

/**
 * What the query engine needs to know about links between notes. The
 * Obsidian adapter answers from the metadata cache; the CLI from the
 * wikilinks of the notes it read.
 */
export interface LinkGraph {
	/** The path of the note a link target (or a path) names, seen from `sourcePath`; null when none. */
	resolve(target: string, sourcePath: string): string | null;
	/** Paths of the notes the note at `path` links to, in its body or its properties. */
	linksFrom(path: string): ReadonlySet<string>;
	/** Paths of the notes that link to the note at `path`. */
	linksTo(path: string): ReadonlySet<string>;
}

interface NoteSource {
	spec: Extract<SourceSpec, { kind: "note" }>;
	/** Resolved path of the note; null while it names no note. */
	path: string | null;
	linkedFrom: ReadonlySet<string>;
	/** Papers linking to the note, kept current one record at a time. */
	linking: Set<string>;
}

const NO_PATHS: ReadonlySet<string> = new Set();

/**
 * Decides which papers a table's `from` admits. Folder and tag sources read
 * the record alone; note sources hold the note's links, which change only
 * when that note or the linking paper changes, so one changed record never
 * needs a scan of the vault.
 */
export class SourceFilter {
	private readonly folders: string[] = [];
	private readonly tags: string[] = [];
	private readonly notes: NoteSource[] = [];
	/** No source given: every paper. */
	private readonly everything: boolean;

	constructor(
		sources: SourceSpec[] | null,
		private readonly graph: LinkGraph,
		private readonly sourcePath: string,
	) {
		this.everything = sources === null || sources.length === 0;
		for (const s of sources ?? []) {
			if (s.kind === "folder") this.folders.push(s.folder === "" ? "" : `${s.folder.toLowerCase()}/`);
			else if (s.kind === "tag") this.tags.push(s.tag.toLowerCase());
			else this.notes.push({ spec: s, path: null, linkedFrom: NO_PATHS, linking: new Set() });
		}
	}

	/** Resolves every note source and reads its links; call before a full query. */
	load(): void {
		for (const note of this.notes) {
			note.path = this.graph.resolve(note.spec.target, this.sourcePath);
			note.linkedFrom = note.path ? this.graph.linksFrom(note.path) : NO_PATHS;
			note.linking = note.path && !note.spec.linkedFromOnly ? new Set(this.graph.linksTo(note.path)) : new Set();
		}
	}

	/** Note targets that name no note, for the error box. */
	missingNotes(): string[] {
		return this.notes.filter((n) => n.path === null).map((n) => n.spec.target);
	}

	/** Paths of the notes whose own links decide membership. */
	watchedNotes(): string[] {
		return this.notes.flatMap((n) => (n.path ? [n.path] : []));
	}

	/**
	 * Re-reads the note sources' links (after a watched note changed, or a
	 * note appeared that an unresolved link may now name). Returns the paths
	 * whose membership may have changed.
	 */
	relink(): string[] {
		const changed = new Set<string>();
		for (const note of this.notes) {
			const before = note.linkedFrom;
			const path = this.graph.resolve(note.spec.target, this.sourcePath);
			if (path !== note.path) {
				note.path = path;
				const linking = path && !note.spec.linkedFromOnly ? new Set(this.graph.linksTo(path)) : new Set<string>();
				for (const p of note.linking) if (!linking.has(p)) changed.add(p);
				for (const p of linking) if (!note.linking.has(p)) changed.add(p);
				note.linking = linking;
			}
			const after = path ? this.graph.linksFrom(path) : NO_PATHS;
			note.linkedFrom = after;
			for (const p of before) if (!after.has(p)) changed.add(p);
			for (const p of after) if (!before.has(p)) changed.add(p);
		}
		return [...changed];
	}

	/** Whether any source is a note (so new notes and link edits matter). */
	get hasNotes(): boolean {
		return this.notes.length > 0;
	}

	/** Updates what is known of a paper's own links, after it changed. */
	noteRecord(path: string): void {
		let links: ReadonlySet<string> | null = null;
		for (const note of this.notes) {
			if (note.spec.linkedFromOnly || note.path === null) continue;
			links ??= this.graph.linksFrom(path);
			if (links.has(note.path)) note.linking.add(path);
			else note.linking.delete(path);
		}
	}

	forget(path: string): void {
		for (const note of this.notes) note.linking.delete(path);
	}

	includes(record: PaperRecord): boolean {
		if (this.everything) return true;
		if (this.folders.length > 0) {
			const path = record.path.toLowerCase();
			if (this.folders.some((f) => f === "" || path.startsWith(f))) return true;
		}
		if (this.tags.length > 0 && record.tags.some((t) => this.tagMatches(t.toLowerCase()))) return true;
		return this.notes.some((n) => n.linkedFrom.has(record.path) || n.linking.has(record.path));
	}

	/** `#robotics` also admits the nested tag `robotics/arms`, as Obsidian's tag search does. */
	private tagMatches(tag: string): boolean {
		return this.tags.some((t) => tag === t || tag.startsWith(`${t}/`));
	}
}
