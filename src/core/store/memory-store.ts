import type { EntryKind, NoteStore } from "./note-store";
import { StoreError } from "./note-store";

/**
 * A NoteStore held in memory: used by tests, by `--dry-run`, and by the
 * benchmark. Folders are implied by files and may also be created explicitly.
 */
export class MemoryStore implements NoteStore {
	private readonly files = new Map<string, string>();
	private readonly folders = new Set<string>();

	constructor(initial: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(initial)) {
			this.files.set(path, text);
			this.addParents(path);
		}
	}

	async listNotes(): Promise<string[]> {
		return [...this.files.keys()].filter((p) => p.toLowerCase().endsWith(".md")).sort();
	}

	async stat(path: string): Promise<EntryKind | null> {
		if (this.files.has(path)) return "file";
		if (this.folders.has(path)) return "folder";
		return null;
	}

	async read(path: string): Promise<string> {
		const text = this.files.get(path);
		if (text === undefined) throw new StoreError(path, "no such note", "missing");
		return text;
	}

	async create(path: string, content: string): Promise<void> {
		if (this.files.has(path) || this.folders.has(path)) throw new StoreError(path, "already exists", "exists");
		this.checkParents(path);
		this.files.set(path, content);
		this.addParents(path);
	}

	async modify(path: string, content: string, expected: string): Promise<void> {
		const current = this.files.get(path);
		if (current === undefined) throw new StoreError(path, "no such note", "missing");
		if (current !== expected) throw new StoreError(path, "changed since it was read; not overwritten", "conflict");
		this.files.set(path, content);
	}

	async createFolder(path: string): Promise<void> {
		this.checkParents(`${path}/x`);
		if (this.files.has(path)) throw new StoreError(path, "a file is in the way of this folder", "not-a-folder");
		this.folders.add(path);
		this.addParents(path);
	}

	/** Every file with its text, sorted by path. */
	snapshot(): Record<string, string> {
		return Object.fromEntries([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	}

	private checkParents(path: string): void {
		const parts = path.split("/");
		for (let i = 1; i < parts.length; i++) {
			const dir = parts.slice(0, i).join("/");
			if (this.files.has(dir)) throw new StoreError(dir, "a file is in the way of this folder", "not-a-folder");
		}
	}

	private addParents(path: string): void {
		const parts = path.split("/");
		for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join("/"));
	}
}
