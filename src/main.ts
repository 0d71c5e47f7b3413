import { Plugin } from "obsidian";
import { normalizeSettings, type SurveyVaultSettings } from "./settings";
import { SurveyVaultSettingTab } from "./obsidian/settings-tab";
import { PaperCatalog } from "./obsidian/paper-catalog";
import { registerImportCommands } from "./obsidian/import-commands";
import { registerStatusCommand } from "./obsidian/status-command";
import { registerPaperTable } from "./obsidian/table/register-paper-table";
import { registerPaperSearch } from "./obsidian/paper-search";
import { registerExportCommands } from "./obsidian/export-commands";

/** The plugin's lifecycle: load settings, register what the adapters provide. */
export default class SurveyVaultPlugin extends Plugin {
	override settings!: SurveyVaultSettings;
	/** The vault's paper records, shared by search and tables; scanned lazily on first use. */
	catalog!: PaperCatalog;

	override async onload(): Promise<void> {
		this.settings = normalizeSettings(await this.loadData());
		this.addSettingTab(new SurveyVaultSettingTab(this.app, this, this));
		this.catalog = new PaperCatalog(this.app);
		this.catalog.attach(this);
		registerImportCommands(this);
		registerStatusCommand(this);
		registerPaperTable(this);
		registerPaperSearch(this);
		registerExportCommands(this);
	}

	async updateSettings(change: Partial<SurveyVaultSettings>): Promise<void> {
		this.settings = normalizeSettings({ ...this.settings, ...change });
		await this.saveData(this.settings);
	}
}
