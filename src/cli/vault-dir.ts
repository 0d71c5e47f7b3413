import { stat } from "node:fs/promises";
import * as path from "node:path";
import { requireOption, type ParsedArgs } from "./args";
import { CliFailure, type CliIo } from "./io";

/**
 * The folder `--vault` names, resolved against the working directory. A
 * path that is missing, or that is a file, is refused with what it is, so
 * a mistyped path is never read as an empty vault.
 */
export async function vaultFolder(args: ParsedArgs, io: CliIo): Promise<string> {
	const given = requireOption(args, "vault");
	const full = path.resolve(io.cwd, given);
	const entry = await stat(full).catch(() => null);
	if (entry === null) throw new CliFailure(`--vault ${given}: no such folder`);
	if (!entry.isDirectory()) throw new CliFailure(`--vault ${given}: is a file, not a folder; give the vault's folder`);
	return full;
}
