// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import * as fakeObsidian from "../fakes/obsidian";
import { buildPluginBundle } from "../support/build";
import { loadInMobileSandbox } from "../support/mobile-sandbox";
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
		expect([...new Set(required)]).toEqual(["obsidian"]);
		const plugin = new exports.default(new fakeObsidian.App(), manifest);
		await plugin.onload();
		expect(plugin.settings.papersFolder).toBe("Research/Papers");
	});

	it("has no reference to Node's require of a built-in", () => {
		const code = readFileSync(bundle, "utf8");
		expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|os|crypto|buffer)["']\)/);
	});

	it("the sandbox really lacks Node globals", () => {
		const probe = bundle.replace(/main\.js$/, "probe.js");
		writeFileSync(probe, "module.exports = { buffer: typeof Buffer, process: typeof process, global: typeof global };");
		const { exports } = loadInMobileSandbox<Record<string, string>>(probe, fakeObsidian);
		expect(exports).toEqual({ buffer: "undefined", process: "undefined", global: "undefined" });
	});
});
