import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readVaultNotes } from "../../core/papers/paper-reader";
import { findPaperTableBlock, vaultPapersOf } from "../../core/query/vault-papers";
import { queryTable } from "../../core/query/table-query";
import { toCsv, toJson, toMarkdown, type TableData } from "../../core/query/table-export";
import type { TableModel } from "../../core/query/table-model";
import { PathError, toVaultPath } from "../../core/store/vault-path";
import { fsErrorReason } from "../fs-errors";
import { FsStore } from "../fs-store";
import { vaultFolder } from "../vault-dir";
import { parseCommandArgs, requireOption, stringOption } from "../args";
import { CliFailure, EXIT_OK, UsageError, type CliIo } from "../io";
import type { CliCommand } from "./command";

const FORMATS = { md: toMarkdown, csv: toCsv, json: toJson } as const;
type Format = keyof typeof FORMATS;

/** `survey-vault table`: the same table a `paper-table` block shows, printed from the vault's files. */
export const tableCommand: CliCommand = {
	name: "table",
	summary: "Prints a comparison table of the vault's paper notes, as a paper-table block would show it.",
	usage: "table --vault DIR [--spec FILE|-] [--format md|csv|json] [--in NOTE]",
	options: {
		vault: { type: "string", value: "DIR", description: "The vault folder" },
		spec: { type: "string", value: "FILE", description: "The block: its YAML, or a note holding a paper-table block; - reads standard input. Default: every paper" },
		format: { type: "string", value: "FORMAT", description: "md (default), csv or json" },
		in: { type: "string", value: "NOTE", description: "Read the block as if it sat in this note (vault path); defaults to the spec file when it is in the vault" },
	},
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
		requireOption(args, "vault");
		const format = (stringOption(args, "format") ?? "md") as Format;
		if (!(format in FORMATS)) throw new UsageError(`--format takes md, csv or json, not ${JSON.stringify(format)}`);
		const root = await vaultFolder(args, io);
		const result = await queryVaultTable(root, stringOption(args, "spec"), stringOption(args, "in"), io);
		io.stdout(FORMATS[format](result.data, { dateFormat: result.model.spec.format }));
		return EXIT_OK;
	},
};

/**
 * Runs a block's query over the vault's files: the spec from a file, a note
 * or standard input (`fallback` when none is given), read as if in `inArg`
 * or in the spec's own note. A spec error is a CliFailure naming where.
 */
export async function queryVaultTable(root: string, specArg: string | undefined, inArg: string | undefined, io: CliIo, fallback = ""): Promise<{ model: TableModel; data: TableData }> {
	const stat = await fs.stat(root).catch(() => null);
	if (!stat?.isDirectory()) throw new CliFailure(`${root}: no such folder`);
	const { source, specPath } = await readSpec(specArg, io);
	const sourcePath = inArg !== undefined ? vaultPath(inArg, "--in") : specPath !== null ? insideVault(root, specPath) : null;

	const store = new FsStore(root);
	if (inArg !== undefined && sourcePath !== null && (await store.stat(sourcePath)) !== "file") throw new CliFailure(`--in ${inArg}: no such note in the vault`);
	const vault = vaultPapersOf(await readVaultNotes(store, { keepText: true }));
	for (const { path: p, reason } of vault.skipped) io.stderr(`survey-vault: ${p}: ${reason}; left out\n`);
	const notePath = sourcePath ?? "";
	const result = queryTable(specArg === undefined ? fallback : source, { records: vault.records, links: vault.links, sourcePath: notePath, noteType: vault.noteTypes.get(notePath) });
	const where = specArg === undefined ? "the table" : specArg === "-" ? "standard input" : specArg;
	if (!result.ok) throw new CliFailure(`${where}: ${result.errors.map((e) => `${e.key}: ${e.message}`).join("; ")}`);
	for (const warning of result.warnings) io.stderr(`survey-vault: warning: ${where}: ${warning}\n`);
	return result;
}

/** The block's YAML, from a file or standard input; a note's first paper-table block if it has one. */
async function readSpec(specArg: string | undefined, io: CliIo): Promise<{ source: string; specPath: string | null }> {
	if (specArg === undefined) return { source: "", specPath: null };
	let text: string;
	let specPath: string | null = null;
	if (specArg === "-") {
		text = await io.readStdin();
	} else {
		specPath = path.resolve(io.cwd, specArg);
		try {
			text = await fs.readFile(specPath, "utf8");
		} catch (err) {
			throw new CliFailure(`${specArg}: ${fsErrorReason(err, "no such file")}`);
		}
	}
	return { source: findPaperTableBlock(text) ?? text, specPath };
}

function vaultPath(value: string, option: string): string {
	try {
		const p = toVaultPath(value);
		return /\.md$/i.test(p) ? p : `${p}.md`;
	} catch (err) {
		if (err instanceof PathError) throw new UsageError(`${option} takes a note's path inside the vault: ${err.message}`);
		throw err;
	}
}

function insideVault(root: string, file: string): string | null {
	const rel = path.relative(root, file);
	return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
}
