// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import * as fakeObsidian from "../fakes/obsidian";
import { buildPluginBundle } from "../support/build";
import { loadInMobileSandbox } from "../support/mobile-sandbox";
import { readSeed, REPORT_SEED } from "../support/seeds";
import { itWithShared } from "../support/shared";
import { unresolvedLinks } from "../support/vault-checks";
import manifest from "../../manifest.json";

interface PluginInstance {
	onload(): Promise<void>;
	settings: { papersFolder: string };
}
type PluginClass = new (app: fakeObsidian.App, m: typeof manifest) => PluginInstance;

let bundle = "";

beforeAll(() => {
	bundle = buildPluginBundle();
}, 60_000);

describe("main.js on Obsidian mobile (no Node)", () => {
	it("loads with only `obsidian` to require and runs onload", async () => {
		const { exports, required } = loadInMobileSandbox<{ default: PluginClass }>(bundle, fakeObsidian);
		// js-yaml probes for `buffer` and `esprima` through an indirect require inside
		// try/catch; on mobile those throw, as here, and it goes on without them.
		expect(required).toContain("obsidian");
		expect(required.filter((m) => !["obsidian", "buffer", "esprima"].includes(m))).toEqual([]);
		const plugin = new exports.default(new fakeObsidian.App(), manifest);
		await plugin.onload();
		expect(plugin.settings.papersFolder).toBe("Research/Papers");
	});

	itWithShared("seeds", "imports a survey with no Node available", async () => {
		const { exports } = loadInMobileSandbox<{ default: PluginClass }>(bundle, fakeObsidian);
		const app = new fakeObsidian.App();
		app.vault.seed("Inbox/report.md", new TextDecoder().decode(readSeed(REPORT_SEED)));
		app.workspace.activeView = new fakeObsidian.MarkdownView(app.vault.getFileByPath("Inbox/report.md"));
		const plugin = new exports.default(app, manifest);
		const fake = plugin as unknown as fakeObsidian.Plugin;
		fake.data = { previewBeforeImport: false };
		await plugin.onload();
		fake.commands.get("import-current-note")?.checkCallback?.(false);
		for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
		const files = app.vault.snapshot();
		expect(Object.keys(files).filter((p) => p.startsWith("Research/"))).toHaveLength(12);
		expect(files["Research/Papers/RoboReward - General-Purpose Vision-Language Reward Models for Robotics.md"]).toContain("score: 1.6");
		expect(unresolvedLinks(files)).toEqual([]);
	});

	it("requires nothing but obsidian directly", () => {
		const code = readFileSync(bundle, "utf8");
		expect([...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]))]).toEqual(["obsidian"]);
	});

	it("the sandbox really lacks Node globals", () => {
		const probe = bundle.replace(/main\.js$/, "probe.js");
		writeFileSync(probe, "module.exports = { buffer: typeof Buffer, process: typeof process, global: typeof global };");
		const { exports } = loadInMobileSandbox<Record<string, string>>(probe, fakeObsidian);
		expect(exports).toEqual({ buffer: "undefined", process: "undefined", global: "undefined" });
	});
});
