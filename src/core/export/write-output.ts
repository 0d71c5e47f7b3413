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

/**
 * Writes a generated file under a fresh name: `name.ext`, else
 * `name (2).ext`, … so an existing file (which the user may have edited)
 * is never replaced; a file that already holds exactly this content is
 * reused. Returns where the content is.
 */
export async function writeBesideExisting(store: NoteStore, folder: string, name: string, ext: string, content: string): Promise<{ path: string; outcome: WriteOutcome }> {
	const prefix = folder === "" ? "" : `${folder}/`;
	for (let n = 1; ; n++) {
		const path = `${prefix}${name}${n === 1 ? "" : ` (${n})`}.${ext}`;
		try {
			return { path, outcome: await writeOutput(store, path, content, false) };
		} catch (err) {
			if (!(err instanceof StoreError && err.code === "exists") || n >= 100) throw err;
		}
	}
}
