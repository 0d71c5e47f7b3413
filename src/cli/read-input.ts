import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { CliFailure, type CliIo } from "./io";

/** Reads a survey file given on the command line (or standard input for "-") as bytes. */
export async function readInputFile(file: string, io: CliIo): Promise<{ bytes: Uint8Array; name: string }> {
	if (file === "-") return { bytes: new TextEncoder().encode(await io.readStdin()), name: "<stdin>" };
	const full = path.resolve(io.cwd, file);
	try {
		return { bytes: await readFile(full), name: file };
	} catch (err) {
		const code = (err as { code?: string }).code;
		const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : code === "EACCES" ? "permission denied" : err instanceof Error ? err.message : String(err);
		throw new CliFailure(`${file}: ${reason}`);
	}
}
