import { type App, type Plugin, PluginSettingTab, Setting, type SettingDefinitionItem } from "obsidian";
import { NAME_PLACEHOLDERS, unknownPlaceholders } from "../core/notes/file-names";
import { parseTagList, type SurveyVaultSettings } from "../settings";

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
	settings: SurveyVaultSettings;
	updateSettings(change: Partial<SurveyVaultSettings>): Promise<void>;
}

type Key = keyof SurveyVaultSettings;

/** One setting as both renderers draw it. */
interface SettingRow {
	key: Key;
	name: string;
	desc: string;
	type: "folder" | "text" | "toggle";
	placeholder?: string;
	validate?: (value: string) => string | undefined;
}

const SECTIONS: ReadonlyArray<{ heading: string; rows: SettingRow[] }> = [
	{
		heading: "Folders",
		rows: [
			{ key: "papersFolder", name: "Paper notes folder", desc: "One note per paper is written here.", type: "folder" },
			{ key: "directionsFolder", name: "Direction notes folder", desc: "One note per research direction.", type: "folder" },
			{ key: "trendsFolder", name: "Trend notes folder", desc: "One note per trend.", type: "folder" },
			{ key: "surveysFolder", name: "Survey notes folder", desc: "One note per imported survey.", type: "folder" },
		],
	},
	{
		heading: "Paper notes",
		rows: [
			{
				key: "paperFileNameTemplate",
				name: "File name template",
				desc: `Empty for the paper's title. Placeholders: ${NAME_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}.`,
				type: "text",
				placeholder: "{{year}} {{shortTitle}}",
				validate: (value) => {
					const unknown = unknownPlaceholders(value);
					return unknown.length > 0 ? `Unknown placeholder ${unknown.map((p) => `{{${p}}}`).join(", ")}; known: ${NAME_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}.` : undefined;
				},
			},
			{ key: "paperTags", name: "Tags", desc: "Added to every imported paper note, separated by commas or spaces.", type: "text" },
		],
	},
	{
		heading: "Import",
		rows: [{ key: "previewBeforeImport", name: "Preview before import", desc: "List the notes an import will create and update, and ask before writing them.", type: "toggle" }],
	},
];

/**
 * The settings tab. From Obsidian 1.13 it is declared (`getSettingDefinitions`),
 * so Obsidian draws it and its settings show in the settings search; before
 * that, `display()` draws the same rows. Both read and write through the host.
 */
export class SurveyVaultSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return SECTIONS.map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.rows.map((row) => ({
				name: row.name,
				desc: row.desc,
				control:
					row.type === "toggle"
						? { type: "toggle" as const, key: row.key }
						: { type: row.type, key: row.key, ...(row.placeholder ? { placeholder: row.placeholder } : {}), ...(row.validate ? { validate: row.validate } : {}) },
			})),
		}));
	}

	override getControlValue(key: string): unknown {
		const value = this.host.settings[key as Key];
		return typeof value === "boolean" ? value : this.textValue(key as Key);
	}

	/** A setting as its text field shows it: tags joined with commas. */
	private textValue(key: Key): string {
		const value = this.host.settings[key];
		return Array.isArray(value) ? value.join(", ") : String(value);
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const change: Partial<SurveyVaultSettings> = key === "paperTags" ? { paperTags: parseTagList(String(value)) } : { [key]: value };
		await this.host.updateSettings(change);
	}

	/** Obsidian before 1.13: the same rows, drawn by hand. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of SECTIONS) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const row of section.rows) {
				const setting = new Setting(containerEl).setName(row.name).setDesc(row.desc);
				if (row.type === "toggle") {
					setting.addToggle((toggle) => toggle.setValue(this.getControlValue(row.key) === true).onChange((value) => this.setControlValue(row.key, value)));
					continue;
				}
				setting.addText((text) => {
					if (row.placeholder) text.setPlaceholder(row.placeholder);
					text.setValue(this.textValue(row.key)).onChange(async (value) => {
						const problem = row.validate?.(value);
						setting.setDesc(problem ?? row.desc);
						setting.settingEl.toggleClass("survey-vault-setting-invalid", problem !== undefined);
						if (problem === undefined) await this.setControlValue(row.key, value);
					});
				});
			}
		}
	}
}
