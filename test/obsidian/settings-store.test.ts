// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, Notice, type Plugin as FakePlugin } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import { SAVE_DELAY_MS } from "../../src/obsidian/settings-store";
import type { SurveyVaultSettingTab } from "../../src/obsidian/settings-tab";
import { DEFAULT_SETTINGS } from "../../src/settings";
import manifest from "../../manifest.json";
import type * as O from "obsidian";

const DATA_FILE = ".obsidian/plugins/survey-vault/data.json";

async function loaded(files: Record<string, string> = {}): Promise<{ plugin: SurveyVaultPlugin; fake: FakePlugin; app: App; saves: unknown[] }> {
	const app = new App();
	for (const [p, text] of Object.entries(files)) app.vault.hidden.set(p, text);
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	const fake = plugin as unknown as FakePlugin;
	const saves: unknown[] = [];
	const save = fake.saveData.bind(fake);
	fake.saveData = async (data: unknown) => {
		saves.push(structuredClone(data));
		await save(data);
	};
	fake.load();
	await vi.advanceTimersByTimeAsync(0);
	return { plugin, fake, app, saves };
}

beforeEach(() => {
	vi.useFakeTimers();
	Notice.shown = [];
});

afterEach(() => {
	vi.useRealTimers();
});

describe("plugin settings", () => {
	it("saves once after the typing stops, not on every keystroke", async () => {
		const { plugin, saves } = await loaded();
		for (const value of ["L", "Li", "Lit", "Lit/", "Lit/Papers"]) await plugin.updateSettings({ papersFolder: value });
		expect(plugin.settings.papersFolder).toBe("Lit/Papers");
		expect(saves).toEqual([]);
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
		expect(saves).toHaveLength(1);
		expect(saves[0]).toMatchObject({ papersFolder: "Lit/Papers" });
	});

	it("writes a pending change when the plugin unloads", async () => {
		const { plugin, fake, saves } = await loaded();
		await plugin.updateSettings({ previewBeforeImport: false });
		fake.unload();
		await vi.advanceTimersByTimeAsync(0);
		expect(saves).toEqual([expect.objectContaining({ previewBeforeImport: false })]);
	});

	it("reads settings synced from another device", async () => {
		const { plugin, fake, saves } = await loaded();
		await plugin.updateSettings({ trendsFolder: "Mine/Trends" });
		fake.data = { ...DEFAULT_SETTINGS, papersFolder: "Synced/Papers" };
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.papersFolder).toBe("Synced/Papers");
		expect(plugin.settings.trendsFolder).toBe(DEFAULT_SETTINGS.trendsFolder);
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
		expect(saves).toEqual([]);
	});

	it("names a data.json that does not parse, uses the defaults and never writes over it", async () => {
		const broken = '{"papersFolder": "Lit/Papers", ';
		const { plugin, app, saves } = await loaded({ [DATA_FILE]: broken });
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(Notice.shown.map((n) => n.message).join("\n")).toContain(`${DATA_FILE} does not parse as JSON`);
		await plugin.updateSettings({ papersFolder: "Elsewhere" });
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
		expect(saves).toEqual([]);
		expect(app.vault.hidden.get(DATA_FILE)).toBe(broken);
		expect(Notice.shown.at(-1)?.message).toContain("is not written over");
	});

	it("declares every setting for Obsidian's own settings page and search", async () => {
		const { plugin, fake } = await loaded();
		const tab = fake.settingTabs[0] as unknown as SurveyVaultSettingTab;
		const groups = tab.getSettingDefinitions() as O.SettingDefinitionGroup[];
		expect(groups.map((g) => g.heading)).toEqual(["Folders", "Paper notes", "Import"]);
		const controls = groups.flatMap((g) => g.items ?? []).map((item) => (item as O.SettingDefinitionControl).control);
		expect(controls.map((c) => `${c.key}:${c.type}`)).toEqual(["papersFolder:folder", "directionsFolder:folder", "trendsFolder:folder", "surveysFolder:folder", "paperFileNameTemplate:text", "paperTags:text", "previewBeforeImport:toggle"]);
		expect(controls.map((c) => c.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		expect(tab.getControlValue("paperTags")).toBe("paper");
		await tab.setControlValue("paperTags", "#ml, robotics");
		expect(plugin.settings.paperTags).toEqual(["ml", "robotics"]);
		const template = controls.find((c) => c.key === "paperFileNameTemplate") as O.SettingTextControl;
		expect(await template.validate?.("{{year}} {{nope}}")).toMatch(/^Unknown placeholder \{\{nope\}\}; known: \{\{title\}\}/);
		expect(await template.validate?.("{{year}} {{shortTitle}}")).toBeUndefined();
	});
});
