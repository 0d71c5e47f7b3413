import { Notice, type Plugin, TFile, TFolder } from "obsidian";
import type { SurveyVaultSettings } from "../settings";
import { importSurveyFile } from "./import-runner";
import { PathPickerModal } from "./path-picker-modal";

/** What the import commands need from the plugin. */
export interface ImportHost extends Pick<Plugin, "app" | "addCommand"> {
	settings: SurveyVaultSettings;
}

const SURVEY_EXTENSIONS = new Set(["md", "markdown", "txt"]);

function isSurveyFile(file: TFile): boolean {
	return SURVEY_EXTENSIONS.has(file.extension.toLowerCase());
}

/** Registers the three import commands. */
export function registerImportCommands(host: ImportHost): void {
	const { app } = host;
	host.addCommand({
		id: "import-current-note",
		name: "Import survey from current note",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || !isSurveyFile(file)) return false;
			if (!checking) void importSurveyFile(app, file, host.settings);
			return true;
		},
	});
	host.addCommand({
		id: "import-file",
		name: "Import survey from file…",
		callback: () => {
			new PathPickerModal(app, () => app.vault.getFiles().filter(isSurveyFile), "Survey file to import (Markdown or plain text)", (file) => {
				void importSurveyFile(app, file, host.settings);
			}).open();
		},
	});
	host.addCommand({
		id: "import-folder",
		name: "Import all surveys in folder…",
		callback: () => {
			const folders = (): TFolder[] => app.vault.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder);
			new PathPickerModal(app, folders, "Folder whose surveys to import", (folder) => {
				void importFolder(host, folder);
			}).open();
		},
	});
}

/** Imports every survey file directly in a folder, one after another, with one summary at the end. */
export async function importFolder(host: ImportHost, folder: TFolder): Promise<void> {
	const files = folder.children.filter((f): f is TFile => f instanceof TFile && isSurveyFile(f)).sort((a, b) => a.path.localeCompare(b.path));
	if (files.length === 0) {
		new Notice(`No Markdown or text files in ${folder.path || "the vault root"}.`);
		return;
	}
	const progress = new Notice(`Importing ${files.length} surveys from ${folder.path}…`, 0);
	let imported = 0;
	const problems: string[] = [];
	for (const [i, file] of files.entries()) {
		progress.setMessage(`Importing ${file.name} (${i + 1} of ${files.length})…`);
		const outcome = await importSurveyFile(host.app, file, host.settings, { preview: false, quiet: true });
		if (outcome.error) problems.push(outcome.error);
		else if (outcome.result?.failed) problems.push(`${file.path}: stopped at ${outcome.result.failed.path}: ${outcome.result.failed.reason}`);
		else imported++;
	}
	progress.hide();
	new Notice(`Imported ${imported} of ${files.length} surveys from ${folder.path}.${problems.length > 0 ? `\n${problems.join("\n")}` : ""}`, problems.length > 0 ? 15000 : 6000);
}
