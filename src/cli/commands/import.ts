import * as path from "node:path";
import { format } from "date-fns";
import { applyPlan, ImportError, keptEditsMessage, keptEditsOf, planImport, type ImportPlan } from "../../core/notes";
import { NAME_PLACEHOLDERS, unknownPlaceholders } from "../../core/notes/file-names";
import { PathError, toVaultPath } from "../../core/store/vault-path";
import { parseSurvey, SurveyParseError, type Survey } from "../../core/survey";
import { parseCommandArgs, stringOption, type ParsedArgs } from "../args";
import { plainReason } from "../fs-errors";
import { FsStore } from "../fs-store";
import { CliFailure, EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from "../io";
import { readInputFile } from "../read-input";
import { loadVaultSettings } from "../vault-settings";
import { vaultFolder } from "../vault-dir";
import { lockVault } from "../vault-lock";
import type { CliCommand } from "./command";

interface FileReport {
	file: string;
	survey: string;
	created: string[];
	updated: string[];
	unchanged: string[];
	skipped: Array<{ path: string; reason: string }>;
	/** Notes where generated text the user edited was kept. */
	keptEdits: string[];
}

export const importCommand: CliCommand = {
	name: "import",
	summary: "Import survey documents into a vault folder as linked paper, direction, trend and survey notes.",
	usage: "import FILE... --vault DIR [--dry-run] [--json] [--overwrite-edited]",
	options: {
		vault: { type: "string", value: "DIR", description: "The vault folder (must exist)" },
		"dry-run": { type: "boolean", description: "Show what would be written; write nothing" },
		json: { type: "boolean", description: "Print {created, updated, unchanged, skipped, keptEdits, papers, directions, trends, warnings} as JSON" },
		"overwrite-edited": { type: "boolean", description: "Replace generated text you edited in notes (kept by default)" },
		folder: { type: "string", value: "PATH", description: "Parent of the Papers/Directions/Trends/Surveys folders (default: the plugin's settings, else Research)" },
		"name-template": { type: "string", value: "TEMPLATE", description: 'File names of paper notes, e.g. "{{year}} {{shortTitle}}"' },
		tag: { type: "string", multiple: true, value: "TAG", description: "Tag added to paper notes (repeatable; default: the plugin's settings)" },
	},
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length === 0) throw new UsageError("expects at least one FILE");
		const vault = await vaultFolder(args, io);
		const folderRoot = folderOption(args);
		const nameTemplate = nameTemplateOption(args);
		const tagOption = args.options.tag;
		const optionTags = Array.isArray(tagOption) ? tagOption.map((t) => t.trim().replace(/^#+/, "")).filter((t) => t !== "") : null;

		// Every file is read and parsed before anything is written: bad input leaves the vault untouched.
		const surveys: Array<{ file: string; survey: Survey }> = [];
		for (const file of args.positionals) {
			const { bytes, name } = await readInputFile(file, io);
			try {
				surveys.push({ file: name, survey: parseSurvey(bytes, { fileName: name }) });
			} catch (err) {
				if (err instanceof SurveyParseError) throw new CliFailure(`${err.message} (nothing was imported)`);
				throw err;
			}
		}

		const settings = await loadVaultSettings(vault);
		const folders = folderRoot ? { papers: `${folderRoot}/Papers`, directions: `${folderRoot}/Directions`, trends: `${folderRoot}/Trends`, surveys: `${folderRoot}/Surveys` } : settings.folders;
		const tags = optionTags ?? settings.paperTags;
		const store = new FsStore(vault);
		const today = format(new Date(), "yyyy-MM-dd");
		const dryRun = args.options["dry-run"] === true;
		const reports: FileReport[] = [];
		const warnings: string[] = [...settings.warnings];
		let failure: string | null = null;

		// One import at a time per vault: its reads and writes must not interleave with another's.
		const release = dryRun ? null : await lockVault(vault);
		try {
			if (!dryRun) {
				const removed = await store.removeStaleTempFiles();
				if (removed.length > 0) warnings.push(`removed ${removed.length} temporary ${removed.length === 1 ? "file" : "files"} an interrupted import left (${removed.slice(0, 3).join(", ")}${removed.length > 3 ? ", …" : ""})`);
			}
			for (const { file, survey } of surveys) {
				for (const w of survey.warnings) warnings.push(`${file}:${w.line}: ${w.message}`);
				let plan: ImportPlan;
				try {
					plan = await planImport(store, survey, { folders, paperFileNameTemplate: nameTemplate ?? settings.paperFileNameTemplate, paperTags: tags, today, source: path.basename(file), overwriteEdited: args.options["overwrite-edited"] === true });
				} catch (err) {
					if (err instanceof ImportError) throw new CliFailure(`${file}: ${plainReason(err.message)}`);
					throw err;
				}
				warnings.push(...plan.warnings.map((w) => `${file}: ${w}`));
				const report: FileReport = { file, survey: survey.title, created: [], updated: [], unchanged: [], skipped: [], keptEdits: keptEditsOf(plan) };
				reports.push(report);
				for (const n of plan.notes) {
					if (n.action === "skip") {
						report.skipped.push({ path: n.path, reason: n.reason });
						warnings.push(`${n.path}: ${n.reason}`);
					}
				}
				if (dryRun) {
					for (const n of plan.notes) if (n.action !== "skip") (n.action === "create" ? report.created : n.action === "update" ? report.updated : report.unchanged).push(n.path);
					continue;
				}
				const result = await applyPlan(store, plan);
				report.created.push(...result.created);
				report.updated.push(...result.updated);
				report.unchanged.push(...result.unchanged);
				if (result.failed) {
					failure = `${file}: writing ${result.failed.path} failed: ${plainReason(result.failed.reason)}. Written: ${result.created.length + result.updated.length} notes; not written: ${result.notWritten.length} (${result.notWritten.slice(0, 5).join(", ")}${result.notWritten.length > 5 ? ", …" : ""}). Run the import again to finish.`;
					break;
				}
			}
		} finally {
			await release?.();
		}
		printReport(io, reports, surveys.map((s) => s.survey), warnings, args.options.json === true, dryRun);
		if (failure) {
			io.stderr(`survey-vault: ${failure}\n`);
			return EXIT_FAILURE;
		}
		return EXIT_OK;
	},
};

/** `--folder`: a folder inside the vault; an absolute or escaping path is refused, not cut down. */
function folderOption(args: ParsedArgs): string | undefined {
	const raw = stringOption(args, "folder");
	if (raw === undefined) return undefined;
	const hint = '--folder takes a folder inside the vault, such as "Research",';
	if (path.isAbsolute(raw) || path.win32.isAbsolute(raw) || /^[\\/]/.test(raw)) throw new UsageError(`${hint} not the absolute path ${JSON.stringify(raw)}`);
	try {
		return toVaultPath(raw);
	} catch (err) {
		if (err instanceof PathError) throw new UsageError(`${hint} not ${err.message}`);
		throw err;
	}
}

/** `--name-template`: every placeholder must be one the importer fills. */
function nameTemplateOption(args: ParsedArgs): string | undefined {
	const template = stringOption(args, "name-template");
	if (template === undefined) return undefined;
	const unknown = unknownPlaceholders(template);
	if (unknown.length > 0) {
		const list = (keys: readonly string[]): string => keys.map((k) => `{{${k}}}`).join(", ");
		throw new UsageError(`--name-template: unknown placeholder${unknown.length > 1 ? "s" : ""} ${list(unknown)}; known: ${list(NAME_PLACEHOLDERS)}`);
	}
	return template;
}

function printReport(io: CliIo, reports: FileReport[], surveys: Survey[], warnings: string[], json: boolean, dryRun: boolean): void {
	const all = (pick: (r: FileReport) => string[]): string[] => [...new Set(reports.flatMap(pick))];
	const count = (pick: (s: Survey) => Array<{ key?: string; name?: string }>): number => new Set(surveys.flatMap((s) => pick(s).map((x) => x.key ?? x.name))).size;
	if (json) {
		const out = {
			created: all((r) => r.created),
			updated: all((r) => r.updated),
			unchanged: all((r) => r.unchanged).filter((p) => !reports.some((r) => r.created.includes(p) || r.updated.includes(p))),
			skipped: reports.flatMap((r) => r.skipped),
			keptEdits: all((r) => r.keptEdits),
			papers: count((s) => s.papers),
			directions: count((s) => s.directions),
			trends: count((s) => s.trends),
			warnings,
			...(dryRun ? { dryRun: true } : {}),
		};
		io.stdout(`${JSON.stringify(out, null, 2)}\n`);
		return;
	}
	for (const r of reports) {
		io.stdout(`${dryRun ? "Would import" : "Imported"} ${r.file} (${r.survey}): ${r.created.length} created, ${r.updated.length} updated, ${r.unchanged.length} unchanged${r.skipped.length > 0 ? `, ${r.skipped.length} skipped` : ""}\n`);
	}
	const kept = all((r) => r.keptEdits);
	if (kept.length > 0) io.stdout(`${keptEditsMessage(kept, "`--overwrite-edited`")}\n`);
	for (const w of warnings) io.stderr(`warning: ${w}\n`);
}
