import { StoreError, type NoteStore } from "../store/note-store";

export type WriteOutcome = "created" | "updated" | "unchanged";

/**
 * Writes a generated file (an export, a `.base`) through a store, whole or
 * not at all. An existing file with other content is replaced only when
 * `overwrite` is set, and only if nobody changed it since it was read.
 */
export async function writeOutput(store: NoteStore, path: string, content: string, overwrite: boolean): Promise<WriteOutcome> {
	const kind = await store.stat(path);
	if (kind === "folder") throw new StoreError(path, "is a folder", "not-a-folder");
	if (kind === null) {
		const slash = path.lastIndexOf("/");
		if (slash > 0) await store.createFolder(path.slice(0, slash));
		await store.create(path, content);
		return "created";
	}
	const previous = await store.read(path);
	if (previous === content) return "unchanged";
	if (!overwrite) throw new StoreError(path, "already exists with other content; not overwritten", "exists");
	await store.modify(path, content, previous);
	return "updated";
}
