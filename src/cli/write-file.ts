import { stat } from "node:fs/promises";
import * as path from "node:path";
import { writeOutput, type WriteOutcome } from "../core/export/write-output";
import { StoreError } from "../core/store/note-store";
import { FsStore } from "./fs-store";
import { CliFailure } from "./io";

/**
 * Writes a file given on the command line, anywhere the user may write:
 * to a temporary file beside it, then renamed into place, so a failed write
 * leaves the old file (or none) and never half of the new one.
 */
export async function writeCliFile(file: string, content: string, cwd: string, overwrite: boolean): Promise<WriteOutcome> {
	const full = path.resolve(cwd, file);
	const dir = path.dirname(full);
	const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
	if (!isDir) throw new CliFailure(`${file}: cannot write there: the folder ${dir} does not exist; nothing was written`);
	return writeInStore(new FsStore(dir), path.basename(full), file, content, overwrite);
}

/** Writes a file at a vault path, creating its folders, the same way. */
export async function writeVaultFile(root: string, vaultPath: string, content: string, overwrite: boolean): Promise<WriteOutcome> {
	return writeInStore(new FsStore(root), vaultPath, vaultPath, content, overwrite);
}

async function writeInStore(store: FsStore, target: string, shown: string, content: string, overwrite: boolean): Promise<WriteOutcome> {
	try {
		return await writeOutput(store, target, content, overwrite);
	} catch (err) {
		if (err instanceof StoreError) throw new CliFailure(`${shown}: cannot write: ${err.message.replace(`${err.path}: `, "")}; nothing was written`);
		throw err;
	}
}
