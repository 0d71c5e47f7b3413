/**
 * The one port through which the core reaches notes. The Obsidian adapter
 * implements it over app.vault, the CLI over the file system, tests in memory;
 * so an import behaves the same everywhere. Paths are vault-relative, with
 * forward slashes, already normalised (see vault-path.ts).
 */
export interface NoteStore {
	/** Every Markdown note in the store, by path. */
	listNotes(): Promise<string[]>;
	/** What is at a path: a file, a folder, or nothing. */
	stat(path: string): Promise<EntryKind | null>;
	/** A note's text. Rejects with StoreError if there is none. */
	read(path: string): Promise<string>;
	/** Creates a new note; rejects if anything is already at the path. */
	create(path: string, content: string): Promise<void>;
	/**
	 * Replaces an existing note's text, but only if it still reads `expected`:
	 * a note the user edited since it was read is never overwritten.
	 */
	modify(path: string, content: string, expected: string): Promise<void>;
	/** Creates a folder and any missing parents; a no-op if it exists. */
	createFolder(path: string): Promise<void>;
}

export type EntryKind = "file" | "folder";

/** A store operation that failed; names the path it failed on. */
export class StoreError extends Error {
	constructor(
		readonly path: string,
		message: string,
		readonly code: StoreErrorCode = "io",
	) {
		super(`${path}: ${message}`);
		this.name = "StoreError";
	}
}

export type StoreErrorCode = "missing" | "exists" | "conflict" | "not-a-folder" | "outside" | "io";
