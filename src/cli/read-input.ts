import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { fsErrorReason } from "./fs-errors";
import { CliFailure, type CliIo } from "./io";

/** Reads a survey file given on the command line (or standard input for "-") as bytes. */
export async function readInputFile(file: string, io: CliIo): Promise<{ bytes: Uint8Array; name: string }> {
	if (file === "-") return { bytes: new TextEncoder().encode(await io.readStdin()), name: "<stdin>" };
	const full = path.resolve(io.cwd, file);
	try {
		return { bytes: await readFile(full), name: file };
	} catch (err) {
		throw new CliFailure(`${file}: ${fsErrorReason(err, "no such file")}`);
	}
}
