import { type App, Notice, TFile } from "obsidian";
import { format } from "date-fns";
import { applyPlan, ImportError, keptEditsMessage, keptEditsOf, planImport, type ApplyResult, type ImportOptions, type ImportPlan } from "../core/notes";
import type { VaultNotes } from "../core/notes/vault-index";
import { readNote } from "../core/papers/paper-reader";
import { parseSurvey, SurveyParseError } from "../core/survey";
import { plainReason } from "../core/store/fs-reason";
import type { SurveyVaultSettings } from "../settings";
import { confirmImport } from "./import-preview-modal";
import { VaultStore } from "./vault-store";
import { IMPORT_LOCK_FILE, lockBusyMessage, parseLockOwner } from "../core/store/note-store";

/**
 * How long a command-line import's lock is honoured. The plugin cannot ask
 * whether that process still runs (not on mobile), and real imports take
 * seconds, so an older lock is one a killed import left.
 */
const LOCK_HONOURED_MS = 15 * 60 * 1000;

/** Notes written between two yields to the UI, so a large import never blocks a frame for long. */
const BATCH = 20;

export interface ImportOutcome {
	file: string;
	plan?: ImportPlan;
	result?: ApplyResult;
	error?: string;
	cancelled?: boolean;
}

/**
 * Imports one survey file from the vault: parse, plan against the vault's
 * notes (properties from the metadata cache), show the preview if the
 * settings ask for it, then write through app.vault in batches with a
 * progress notice. Errors become a notice naming the file; nothing throws.
 */
export async function importSurveyFile(app: App, file: TFile, settings: SurveyVaultSettings, options: { preview?: boolean; quiet?: boolean } = {}): Promise<ImportOutcome> {
	const outcome: ImportOutcome = { file: file.path };
	try {
		const survey = parseSurvey(await app.vault.read(file), { fileName: file.path });
		const busy = await cliImportRunning(app);
		if (busy) throw new ImportError(busy);
		const store = new VaultStore(app.vault);
		const planOptions: ImportOptions = {
			folders: { papers: settings.papersFolder, directions: settings.directionsFolder, trends: settings.trendsFolder, surveys: settings.surveysFolder },
			paperFileNameTemplate: settings.paperFileNameTemplate,
			paperTags: settings.paperTags,
			today: format(new Date(), "yyyy-MM-dd"),
			source: file.name,
			notes: notesFromCache(app, store),
		};
		let plan = await planImport(store, survey, planOptions);
		outcome.plan = plan;
		if (options.preview ?? settings.previewBeforeImport) {
			const decision = await confirmImport(app, plan, survey.warnings.length);
			if (!decision.confirmed) {
				outcome.cancelled = true;
				return outcome;
			}
			if (decision.overwriteEdited) {
				plan = await planImport(store, survey, { ...planOptions, overwriteEdited: true });
				outcome.plan = plan;
			}
		}
		const writes = plan.notes.filter((n) => n.action === "create" || n.action === "update").length;
		const progress = writes > BATCH && !options.quiet ? new Notice(`Importing ${plan.surveyTitle}: 0 of ${writes} notes…`, 0) : null;
		const result = await applyPlan(store, plan, {
			onProgress: async (done, total) => {
				if (done % BATCH !== 0) return;
				progress?.setMessage(`Importing ${plan.surveyTitle}: ${done} of ${total} notes…`);
				await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
			},
		});
		progress?.hide();
		outcome.result = result;
		if (!options.quiet) reportResult(app, plan, result);
	} catch (err) {
		outcome.error = describeError(err, file.path);
		if (!options.quiet) new Notice(outcome.error, 10000);
	}
	return outcome;
}

/** The refusal message when the command-line tool is importing into this vault right now, else null. */
async function cliImportRunning(app: App): Promise<string | null> {
	const { adapter } = app.vault;
	if (!(await adapter.exists(IMPORT_LOCK_FILE))) return null;
	const owner = parseLockOwner(await adapter.read(IMPORT_LOCK_FILE).catch(() => ""));
	const age = owner ? Date.now() - Date.parse(owner.started) : Number.NaN;
	return owner && age >= 0 && age < LOCK_HONOURED_MS ? lockBusyMessage(owner) : null;
}

/**
 * The vault's notes read from the properties Obsidian already parsed: no
 * file is read but those the plan merges into (or a broken note it traces).
 */
function notesFromCache(app: App, store: VaultStore): VaultNotes {
	const readings = app.vault.getMarkdownFiles().map((file) => readNote({ path: file.path, frontmatter: app.metadataCache.getFileCache(file)?.frontmatter, bytes: file.stat.size }));
	return { readings, text: (path) => store.read(path) };
}

function reportResult(app: App, plan: ImportPlan, result: ApplyResult): void {
	const counts = `${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged${result.skipped.length > 0 ? `, ${result.skipped.length} skipped` : ""}`;
	if (result.failed) {
		new Notice(`Import of ${plan.surveyTitle} stopped: ${result.failed.path}: ${plainReason(result.failed.reason)}. ${counts}; ${result.notWritten.length} notes not written. Run the import again to finish.`, 15000);
		return;
	}
	new Notice(`Imported ${plan.surveyTitle}: ${counts}.`, 8000);
	const kept = keptEditsOf(plan);
	if (kept.length > 0) new Notice(`K${keptEditsMessage(kept, "the preview's \u201cReplace my edits too\u201d").slice(1)}.`, 10000);
	for (const s of result.skipped) new Notice(`Skipped ${s.path}: ${s.reason}`, 10000);
	const surveyNote = app.vault.getFileByPath(plan.surveyPath);
	if (surveyNote instanceof TFile) void app.workspace.getLeaf(false).openFile(surveyNote);
}

export function describeError(err: unknown, file: string): string {
	if (err instanceof SurveyParseError) return `Cannot import ${err.message}`;
	if (err instanceof ImportError) return `Cannot import ${file}: ${err.message}`;
	return `Import of ${file} failed: ${plainReason(err instanceof Error ? err.message : String(err))}`;
}
