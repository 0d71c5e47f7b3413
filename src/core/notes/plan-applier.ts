import { StoreError, type NoteStore } from "../store/note-store";
import type { ImportPlan, PlannedNote } from "./import-planner";

export interface ApplyResult {
	created: string[];
	updated: string[];
	unchanged: string[];
	skipped: Array<{ path: string; reason: string }>;
	/** The write that failed, if one did; nothing after it was written. */
	failed?: { path: string; reason: string };
	/** Notes the plan would have written but were not, because of the failure. */
	notWritten: string[];
}

export interface ApplyOptions {
	/** Called after each note, e.g. to update a progress notice or yield to the UI. */
	onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * Writes a plan through a NoteStore, one whole note at a time. Stops at the
 * first failed write and says which notes were written and which were not;
 * running the same import again finishes the job.
 */
export async function applyPlan(store: NoteStore, plan: ImportPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
	const result: ApplyResult = { created: [], updated: [], unchanged: [], skipped: [], notWritten: [] };
	const writes = plan.notes.filter((n) => n.action === "create" || n.action === "update");
	for (const n of plan.notes) {
		if (n.action === "unchanged") result.unchanged.push(n.path);
		if (n.action === "skip") result.skipped.push({ path: n.path, reason: n.reason });
	}
	try {
		for (const folder of plan.folders) await store.createFolder(folder);
	} catch (err) {
		result.failed = { path: err instanceof StoreError ? err.path : (plan.folders[0] ?? ""), reason: reasonOf(err) };
		result.notWritten = writes.map((n) => n.path);
		return result;
	}
	for (let i = 0; i < writes.length; i++) {
		const note = writes[i];
		try {
			await write(store, note);
		} catch (err) {
			result.failed = { path: note.path, reason: reasonOf(err) };
			result.notWritten = writes.slice(i).map((n) => n.path);
			return result;
		}
		(note.action === "create" ? result.created : result.updated).push(note.path);
		await options.onProgress?.(i + 1, writes.length);
	}
	return result;
}

async function write(store: NoteStore, note: PlannedNote): Promise<void> {
	if (note.action === "create") await store.create(note.path, note.content);
	else if (note.action === "update") await store.modify(note.path, note.content, note.previous);
}

function reasonOf(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	return err instanceof StoreError ? message.replace(`${err.path}: `, "") : message;
}
