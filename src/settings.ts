/** Plugin settings, their defaults, and the migration from whatever data.json holds. */
export interface SurveyVaultSettings {
	/** Folders the importer writes to, vault-relative. */
	papersFolder: string;
	directionsFolder: string;
	trendsFolder: string;
	surveysFolder: string;
	/** File-name template for paper notes, e.g. "{{year}} {{shortTitle}}"; empty for the title. */
	paperFileNameTemplate: string;
	/** Tags added to every imported paper note. */
	paperTags: string[];
	/** Show what an import will create and update, and ask before writing. */
	previewBeforeImport: boolean;
}

export const DEFAULT_SETTINGS: Readonly<SurveyVaultSettings> = Object.freeze({
	papersFolder: "Research/Papers",
	directionsFolder: "Research/Directions",
	trendsFolder: "Research/Trends",
	surveysFolder: "Research/Surveys",
	paperFileNameTemplate: "",
	paperTags: ["paper"],
	previewBeforeImport: true,
});

/** Builds valid settings from stored data of any shape, falling back to defaults key by key. */
export function normalizeSettings(raw: unknown): SurveyVaultSettings {
	const data = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
	const str = (key: keyof SurveyVaultSettings, fallback: string): string => {
		const v = data[key];
		return typeof v === "string" ? v : fallback;
	};
	const folder = (key: keyof SurveyVaultSettings, fallback: string): string => {
		const v = str(key, fallback).trim().replace(/^\/+|\/+$/g, "");
		return v === "" ? fallback : v;
	};
	const tags = data.paperTags;
	return {
		papersFolder: folder("papersFolder", DEFAULT_SETTINGS.papersFolder),
		directionsFolder: folder("directionsFolder", DEFAULT_SETTINGS.directionsFolder),
		trendsFolder: folder("trendsFolder", DEFAULT_SETTINGS.trendsFolder),
		surveysFolder: folder("surveysFolder", DEFAULT_SETTINGS.surveysFolder),
		paperFileNameTemplate: str("paperFileNameTemplate", DEFAULT_SETTINGS.paperFileNameTemplate).trim(),
		paperTags: Array.isArray(tags)
			? tags.filter((t): t is string => typeof t === "string" && t.trim() !== "").map((t) => t.trim().replace(/^#/, ""))
			: typeof tags === "string"
				? parseTagList(tags)
				: [...DEFAULT_SETTINGS.paperTags],
		previewBeforeImport: typeof data.previewBeforeImport === "boolean" ? data.previewBeforeImport : DEFAULT_SETTINGS.previewBeforeImport,
	};
}

/** "paper, #robotics  ml" → ["paper", "robotics", "ml"] */
export function parseTagList(text: string): string[] {
	return text
		.split(/[,\s]+/)
		.map((t) => t.trim().replace(/^#/, ""))
		.filter((t) => t !== "");
}
