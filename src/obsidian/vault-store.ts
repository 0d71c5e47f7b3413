import { normalizePath, TFile, TFolder, type Vault } from "obsidian";
import { MAX_NOTE_BYTES, StoreError, tooLarge, type EntryKind, type NoteStore } from "../core/store/note-store";

/**
 * The core's NoteStore over app.vault: every write goes through the Vault API
 * (never the adapter's raw file system), so Obsidian's caches, sync and undo
 * history see it.
 */
export class VaultStore implements NoteStore {
	constructor(private readonly vault: Vault) {}

	async listNotes(): Promise<string[]> {
		return this.vault.getMarkdownFiles().map((f) => f.path);
	}

	async stat(path: string): Promise<EntryKind | null> {
		const entry = this.vault.getAbstractFileByPath(normalizePath(path));
		if (entry instanceof TFile) return "file";
		if (entry instanceof TFolder) return "folder";
		return null;
	}

	async read(path: string): Promise<string> {
		const file = this.file(path);
		if (file.stat.size > MAX_NOTE_BYTES) throw tooLarge(file.path, file.stat.size);
		return this.vault.read(file);
	}

	async create(path: string, content: string): Promise<void> {
		const p = normalizePath(path);
		if (this.vault.getAbstractFileByPath(p)) throw new StoreError(p, "already exists", "exists");
		await this.attempt(p, () => this.vault.create(p, content));
	}

	async modify(path: string, content: string, expected: string): Promise<void> {
		const file = this.file(path);
		let conflict = false;
		await this.attempt(file.path, () =>
			this.vault.process(file, (current) => {
				if (current === expected) return content;
				conflict = true;
				return current;
			}),
		);
		if (conflict) throw new StoreError(file.path, "changed since it was read; not overwritten", "conflict");
	}

	async createFolder(path: string): Promise<void> {
		const p = normalizePath(path);
		const entry = this.vault.getAbstractFileByPath(p);
		if (entry instanceof TFolder) return;
		if (entry) throw new StoreError(p, "a file is in the way of this folder", "not-a-folder");
		await this.attempt(p, () => this.vault.createFolder(p));
	}

	private file(path: string): TFile {
		const p = normalizePath(path);
		const file = this.vault.getFileByPath(p);
		if (!file) throw new StoreError(p, "no such note", "missing");
		return file;
	}

	private async attempt<T>(path: string, write: () => Promise<T>): Promise<T> {
		try {
			return await write();
		} catch (err) {
			if (err instanceof StoreError) throw err;
			throw new StoreError(path, err instanceof Error ? err.message : String(err));
		}
	}
}
