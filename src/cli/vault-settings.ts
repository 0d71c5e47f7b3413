import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { normalizeSettings } from "../settings";

/**
 * The plugin's settings stored in a vault (`.obsidian/plugins/survey-vault/data.json`),
 * so the CLI writes to the same folders the plugin would. Defaults when absent.
 */
export async function loadVaultSettings(vault: string): Promise<{ folders: { papers: string; directions: string; trends: string; surveys: string }; paperTags: string[]; paperFileNameTemplate: string }> {
	let raw: unknown = null;
	try {
		raw = JSON.parse(await readFile(path.join(vault, ".obsidian", "plugins", "survey-vault", "data.json"), "utf8"));
	} catch {
		raw = null;
	}
	const s = normalizeSettings(raw);
	return {
		folders: { papers: s.papersFolder, directions: s.directionsFolder, trends: s.trendsFolder, surveys: s.surveysFolder },
		paperTags: s.paperTags,
		paperFileNameTemplate: s.paperFileNameTemplate,
	};
}
