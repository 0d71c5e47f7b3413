import { readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { mergePropertyTypes, paperBase } from "../../core/bases/paper-base";
import { parseNoteFrontmatter } from "../../core/markdown/frontmatter";
import { asText } from "../../core/papers/paper-record";
import { PathError, toVaultPath } from "../../core/store/vault-path";
import { parseCommandArgs, requireOption, stringOption } from "../args";
import { FsStore } from "../fs-store";
import { CliFailure, EXIT_OK, UsageError, type CliIo } from "../io";
import { loadVaultSettings } from "../vault-settings";
import { writeVaultFile } from "../write-file";
import type { CliCommand } from "./command";

/** `survey-vault base`: an Obsidian Bases view of the paper notes, and their property types. */
export const baseCommand: CliCommand = {
	name: "base",
	summary: "Writes an Obsidian Bases file (.base) viewing the paper notes as a table, as cards and by direction.",
	usage: "base --vault DIR [--direction NOTE] [--out PATH] [--force]",
	options: {
		vault: { type: "string", value: "DIR", description: "The vault folder" },
		direction: { type: "string", value: "NOTE", description: "Only the papers of this direction note (its vault path); written beside it" },
		out: { type: "string", value: "PATH", description: "Where in the vault to write the .base file (default: Papers.base beside the papers folder)" },
		force: { type: "boolean", description: "Replace a .base file that exists with other content" },
	},
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
		const root = path.resolve(io.cwd, requireOption(args, "vault"));
		if (!(await stat(root).then((s) => s.isDirectory(), () => false))) throw new CliFailure(`${root}: no such folder`);
		const settings = await loadVaultSettings(root);
		const papersFolder = settings.folders.papers;
		const directionArg = stringOption(args, "direction");
		const direction = directionArg === undefined ? undefined : await readDirection(root, directionArg);
		const defaultOut = direction ? `${direction.target}.base` : `${parentOf(papersFolder)}Papers.base`;
		const out = vaultFile(stringOption(args, "out") ?? defaultOut, "--out");
		if (!out.toLowerCase().endsWith(".base")) throw new UsageError(`--out names a .base file, not ${JSON.stringify(out)}`);

		const outcome = await writeVaultFile(root, out, paperBase({ papersFolder, ...(direction ? { direction } : {}) }), args.options.force === true).catch((err: unknown) => {
			if (err instanceof CliFailure && /other content/.test(err.message)) throw new CliFailure(`${out} already exists with other content (your edits?); not overwritten. Pass --force to replace it`);
			throw err;
		});
		io.stdout(`${outcome === "created" ? "Created" : outcome === "updated" ? "Replaced" : "Unchanged:"} ${out}\n`);
		await writePropertyTypes(root, io);
		return EXIT_OK;
	},
};

/** Adds the importer's property types to `.obsidian/types.json`, keeping every type already set. */
async function writePropertyTypes(root: string, io: CliIo): Promise<void> {
	const existing = await readFile(path.join(root, ".obsidian", "types.json"), "utf8").catch(() => null);
	const merged = mergePropertyTypes(existing);
	if (merged.text === null) {
		io.stderr(`survey-vault: .obsidian/types.json is not a JSON object; property types left as they are\n`);
		return;
	}
	if (merged.added.length === 0) return;
	await writeVaultFile(root, ".obsidian/types.json", merged.text, true);
	io.stdout(`Typed ${merged.added.length} properties in .obsidian/types.json (${merged.added.join(", ")})\n`);
}

async function readDirection(root: string, arg: string): Promise<{ name: string; target: string }> {
	const file = vaultFile(/\.md$/i.test(arg) ? arg : `${arg}.md`, "--direction");
	let text: string;
	try {
		text = await new FsStore(root).read(file);
	} catch {
		throw new CliFailure(`--direction: no note at ${file}`);
	}
	let fm;
	try {
		fm = parseNoteFrontmatter(text);
	} catch (err) {
		throw new CliFailure(`--direction: ${file}: ${err instanceof Error ? err.message : String(err)}`);
	}
	if (asText(fm.type)?.toLowerCase() !== "direction") throw new CliFailure(`--direction: ${file} is not a direction note (its type is ${JSON.stringify(asText(fm.type) ?? "none")})`);
	const target = file.replace(/\.md$/i, "");
	return { name: asText(fm.title) ?? (target.split("/").pop() as string), target };
}

function vaultFile(value: string, option: string): string {
	try {
		return toVaultPath(value);
	} catch (err) {
		if (err instanceof PathError) throw new UsageError(`${option} takes a path inside the vault: ${err.message}`);
		throw err;
	}
}

function parentOf(folder: string): string {
	const slash = folder.lastIndexOf("/");
	return slash < 0 ? "" : `${folder.slice(0, slash)}/`;
}
