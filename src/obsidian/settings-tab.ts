import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { parseTagList, type SurveyVaultSettings } from "../settings";

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
	settings: SurveyVaultSettings;
	updateSettings(change: Partial<SurveyVaultSettings>): Promise<void>;
}

type FolderKey = "papersFolder" | "directionsFolder" | "trendsFolder" | "surveysFolder";

const FOLDERS: ReadonlyArray<{ key: FolderKey; name: string; desc: string }> = [
	{ key: "papersFolder", name: "Paper notes folder", desc: "One note per paper is written here." },
	{ key: "directionsFolder", name: "Direction notes folder", desc: "One note per research direction." },
	{ key: "trendsFolder", name: "Trend notes folder", desc: "One note per trend." },
	{ key: "surveysFolder", name: "Survey notes folder", desc: "One note per imported survey." },
];

export class SurveyVaultSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const settings = this.host.settings;

		new Setting(containerEl).setName("Folders").setHeading();
		for (const folder of FOLDERS) {
			new Setting(containerEl)
				.setName(folder.name)
				.setDesc(folder.desc)
				.addText((text) =>
					text.setValue(settings[folder.key]).onChange(async (value) => {
						await this.host.updateSettings({ [folder.key]: value });
					}),
				);
		}

		new Setting(containerEl).setName("Paper notes").setHeading();
		new Setting(containerEl)
			.setName("File name template")
			.setDesc("Empty for the paper's title. Placeholders: {{title}}, {{shortTitle}}, {{year}}, {{firstAuthor}}, {{arxiv}}.")
			.addText((text) =>
				text
					.setPlaceholder("{{year}} {{shortTitle}}")
					.setValue(settings.paperFileNameTemplate)
					.onChange(async (value) => {
						await this.host.updateSettings({ paperFileNameTemplate: value });
					}),
			);
		new Setting(containerEl)
			.setName("Tags")
			.setDesc("Added to every imported paper note, separated by commas or spaces.")
			.addText((text) =>
				text.setValue(settings.paperTags.join(", ")).onChange(async (value) => {
					await this.host.updateSettings({ paperTags: parseTagList(value) });
				}),
			);

		new Setting(containerEl).setName("Import").setHeading();
		new Setting(containerEl)
			.setName("Preview before import")
			.setDesc("List the notes an import will create and update, and ask before writing them.")
			.addToggle((toggle) =>
				toggle.setValue(settings.previewBeforeImport).onChange(async (value) => {
					await this.host.updateSettings({ previewBeforeImport: value });
				}),
			);
	}
}
