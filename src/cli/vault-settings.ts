import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { normalizeSettings } from "../settings";

/** Where the plugin keeps its settings inside a vault. */
export const SETTINGS_FILE = ".obsidian/plugins/survey-vault/data.json";

/**
 * The plugin's settings stored in a vault (`.obsidian/plugins/survey-vault/data.json`),
 * so the CLI writes to the same folders the plugin would. Defaults when absent; a file
 * that does not parse gives the defaults and a warning naming it, and is never written.
 */
export async function loadVaultSettings(vault: string): Promise<{ folders: { papers: string; directions: string; trends: string; surveys: string }; paperTags: string[]; paperFileNameTemplate: string; warnings: string[] }> {
	let raw: unknown = null;
	const warnings: string[] = [];
	const text = await readFile(path.join(vault, ...SETTINGS_FILE.split("/")), "utf8").catch(() => null);
	if (text !== null) {
		try {
			raw = JSON.parse(text);
		} catch (err) {
			const reason = err instanceof Error ? err.message : String(err);
			warnings.push(`${SETTINGS_FILE} does not parse as JSON (${reason}); the default settings are used and the file is left as it is`);
		}
	}
	const s = normalizeSettings(raw);
	return {
		folders: { papers: s.papersFolder, directions: s.directionsFolder, trends: s.trendsFolder, surveys: s.surveysFolder },
		paperTags: s.paperTags,
		paperFileNameTemplate: s.paperFileNameTemplate,
		warnings,
	};
}
