import { Plugin } from "obsidian";
import { normalizeSettings, type SurveyVaultSettings } from "./settings";
import { SurveyVaultSettingTab } from "./obsidian/settings-tab";

/** The plugin's lifecycle: load settings, register what the adapters provide. */
export default class SurveyVaultPlugin extends Plugin {
	override settings!: SurveyVaultSettings;

	override async onload(): Promise<void> {
		this.settings = normalizeSettings(await this.loadData());
		this.addSettingTab(new SurveyVaultSettingTab(this.app, this, this));
	}

	async updateSettings(change: Partial<SurveyVaultSettings>): Promise<void> {
		this.settings = normalizeSettings({ ...this.settings, ...change });
		await this.saveData(this.settings);
	}
}
