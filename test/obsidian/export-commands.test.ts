// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as O from "obsidian";
import { parse as parseYaml } from "yaml";
import { App, MarkdownView, Modal, Notice, type Plugin as FakePlugin, type SuggestModal } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { paperNote } from "../support/table-notes";

const FILES: Record<string, string> = {
	"Research/Papers/Whale Song Atlas.md": paperNote({ title: "Whale Song Atlas", authors: ["Ines Moreau"], year: 2024, venue: "Interspeech", arxiv: "2401.00007", citekey: "moreau2024whale" }),
	"Research/Papers/Reef Noise Index.md": paperNote({ title: "Reef Noise Index", authors: ["Kai Tanaka"], year: 2025 }),
	"Research/Directions/Ocean Bioacoustics.md": "---\ntype: direction\ntitle: Ocean Bioacoustics\n---\n- [[Whale Song Atlas]]\n",
};

async function plugin(): Promise<{ app: App; fake: FakePlugin }> {
	const app = new App();
	for (const [p, t] of Object.entries(FILES)) app.vault.seed(p, t);
	const p = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	await p.onload();
	await app.metadataCache.settle();
	return { app, fake: p as unknown as FakePlugin };
}

function run(fake: FakePlugin, id: string): void {
	const command = fake.commands.get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.callback) void command.callback();
	else if (command.checkCallback && !command.checkCallback(false)) throw new Error(`${id} is not available here`);
}

beforeEach(() => {
	Notice.shown = [];
	Modal.opened = [];
});

afterEach(() => document.body.empty());

describe("export and Bases commands", () => {
	it("Export papers… writes every paper in the chosen format, keys included", async () => {
		const { app, fake } = await plugin();
		run(fake, "export-papers");
		const modal = Modal.opened.at(-1) as SuggestModal<string>;
		const items = await modal.setQuery("csl");
		expect(items).toEqual(["csl-json"]);
		modal.choose(0);
		await vi.waitFor(() => expect(app.vault.getFileByPath("Research/Papers.json")).not.toBeNull());
		const json = JSON.parse(await app.vault.read(app.vault.getFileByPath("Research/Papers.json") as O.TFile)) as Array<{ id: string; title: string }>;
		expect(json.map((i) => [i.id, i.title])).toEqual([["tanaka2025reef", "Reef Noise Index"], ["moreau2024whale", "Whale Song Atlas"]]);
	});

	it("creates a Bases view of the papers and opens it; an edited one is left alone", async () => {
		const { app, fake } = await plugin();
		run(fake, "create-papers-base");
		await vi.waitFor(() => expect(app.workspace.leaves.at(-1)?.opened[0]?.path).toBe("Research/Papers.base"));
		const file = app.vault.getFileByPath("Research/Papers.base") as O.TFile;
		const base = parseYaml(await app.vault.read(file)) as { filters: { and: string[] }; views: Array<{ type: string }> };
		expect(base.filters.and).toEqual(['type == "paper"', 'file.inFolder("Research/Papers")']);
		expect(base.views.map((v) => v.type)).toEqual(["table", "cards", "table"]);

		await app.vault.modify(file, "views: []\n");
		run(fake, "create-papers-base");
		await vi.waitFor(() => expect(Notice.shown.at(-1)?.message).toContain("already exists with other content"));
		expect(await app.vault.read(file)).toBe("views: []\n");
	});

	it("offers a direction's own Bases view only in a direction note", async () => {
		const { app, fake } = await plugin();
		const command = fake.commands.get("create-direction-base");
		app.workspace.activeView = new MarkdownView(app.vault.getFileByPath("Research/Papers/Reef Noise Index.md"));
		expect(command?.checkCallback?.(true)).toBe(false);
		app.workspace.activeView = new MarkdownView(app.vault.getFileByPath("Research/Directions/Ocean Bioacoustics.md"));
		expect(command?.checkCallback?.(true)).toBe(true);
		run(fake, "create-direction-base");
		await vi.waitFor(() => expect(app.vault.getFileByPath("Research/Directions/Ocean Bioacoustics.base")).not.toBeNull());
		const text = await app.vault.read(app.vault.getFileByPath("Research/Directions/Ocean Bioacoustics.base") as O.TFile);
		expect((parseYaml(text) as { filters: { and: string[] } }).filters.and).toContain('file.hasLink("Research/Directions/Ocean Bioacoustics")');
	});
});
