import { Plugin } from "obsidian";
import type { SurveyVaultSettings } from "./settings";
import { SurveyVaultSettingTab } from "./obsidian/settings-tab";
import { SettingsStore } from "./obsidian/settings-store";
import { PaperCatalog } from "./obsidian/paper-catalog";
import { registerImportCommands } from "./obsidian/import-commands";
import { registerStatusCommand } from "./obsidian/status-command";
import { registerPaperTable } from "./obsidian/table/register-paper-table";
import { registerPaperSearch } from "./obsidian/paper-search";
import { registerExportCommands } from "./obsidian/export-commands";

/** The plugin's lifecycle: load settings, register what the adapters provide. */
export default class SurveyVaultPlugin extends Plugin {
	/** The vault's paper records, shared by search and tables; scanned lazily on first use. */
	catalog!: PaperCatalog;
	override settings!: SurveyVaultSettings;
	readonly settingsStore = new SettingsStore(this);

	override async onload(): Promise<void> {
		this.settingsStore.onChange((settings) => {
			this.settings = settings;
		});
		await this.settingsStore.load();
		this.register(() => this.settingsStore.flush());
		this.addSettingTab(new SurveyVaultSettingTab(this.app, this, this));
		this.catalog = new PaperCatalog(this.app);
		this.catalog.attach(this);
		registerImportCommands(this);
		registerStatusCommand(this);
		registerPaperTable(this);
		registerPaperSearch(this);
		registerExportCommands(this);
	}

	/** Settings synced from another device: read them again. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.settingsStore.reloadExternal();
	}

	async updateSettings(change: Partial<SurveyVaultSettings>): Promise<void> {
		this.settingsStore.update(change);
	}
}
