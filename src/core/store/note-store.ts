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
	/**
	 * The start of a note's text, holding at least its whole frontmatter
	 * block when it has one (or the whole note), for readers that need only
	 * its properties. A store without a cheaper way leaves it out and is read whole.
	 */
	readFrontmatter?(path: string): Promise<string>;
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

/**
 * Largest note a store reads, in bytes. Far above any note a person writes or
 * the importer makes; a bigger file in the vault is skipped with a warning
 * rather than read whole into memory.
 */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

/** The StoreError for a note above MAX_NOTE_BYTES. */
export function tooLarge(path: string, bytes: number): StoreError {
	const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
	return new StoreError(path, `the note is ${mb(bytes)}, more than the ${mb(MAX_NOTE_BYTES)} read; not read`, "too-large");
}

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

export type StoreErrorCode = "missing" | "exists" | "conflict" | "not-a-folder" | "outside" | "too-large" | "io";

/** The lock file an import holds in the vault root while it reads and writes notes (hidden from Obsidian). */
export const IMPORT_LOCK_FILE = ".survey-vault.lock";

/** Who holds the import lock: the process and when it started. */
export interface LockOwner {
	pid: number;
	started: string;
}

/** Reads the lock file's text; null when it is not one (a foreign or damaged file). */
export function parseLockOwner(text: string): LockOwner | null {
	try {
		const value = JSON.parse(text) as Partial<LockOwner>;
		return typeof value.pid === "number" ? { pid: value.pid, started: String(value.started ?? "") } : null;
	} catch {
		return null;
	}
}

/** The message for an import refused because another holds the lock. */
export function lockBusyMessage(owner: LockOwner): string {
	return `another import is running in this vault (process ${owner.pid}, since ${owner.started}); wait for it to finish. If none is running, delete ${IMPORT_LOCK_FILE} in the vault folder`;
}
