// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { App, type Plugin as FakePlugin } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import { DEFAULT_SETTINGS } from "../../src/settings";
import manifest from "../../manifest.json";
import type * as O from "obsidian";

function load(): { plugin: SurveyVaultPlugin; fake: FakePlugin; app: App } {
	const app = new App();
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	return { plugin, fake: plugin as unknown as FakePlugin, app };
}

describe("SurveyVaultPlugin lifecycle", () => {
	it("loads with default settings and registers its settings tab", async () => {
		const { plugin, fake } = load();
		await plugin.onload();
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(fake.settingTabs).toHaveLength(1);
	});

	it("cleans up everything it registered on unload", async () => {
		const { plugin, fake } = load();
		fake.load();
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect(fake.registeredCount).toBeGreaterThan(0);
		fake.unload();
		expect(fake.registeredCount).toBe(0);
		expect(fake.settingTabs).toHaveLength(0);
		expect(fake.commands.size).toBe(0);
		expect(fake.codeBlockProcessors.size).toBe(0);
		expect(fake.ribbonIcons).toHaveLength(0);
		expect(plugin.settings).toBeDefined();
	});

	it("saves changed settings and reloads them", async () => {
		const { plugin } = load();
		await plugin.onload();
		await plugin.updateSettings({ papersFolder: "Lit/Papers" });
		plugin.settingsStore.flush();
		await Promise.resolve();
		const again = new SurveyVaultPlugin(plugin.app, manifest);
		(again as unknown as FakePlugin).data = (plugin as unknown as FakePlugin).data;
		await again.onload();
		expect(again.settings.papersFolder).toBe("Lit/Papers");
	});

	it("renders a settings tab whose controls update the settings", async () => {
		const { plugin, fake } = load();
		await plugin.onload();
		const tab = fake.settingTabs[0];
		tab.display();
		expect(tab.containerEl.textContent).toContain("Paper notes folder");
		const input = tab.containerEl.querySelector("input") as HTMLInputElement;
		expect(input.value).toBe(DEFAULT_SETTINGS.papersFolder);
	});
});
