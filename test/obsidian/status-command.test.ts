// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { App, MarkdownView, Modal, type Plugin as FakePlugin, type SuggestModal } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import manifest from "../../manifest.json";
import type * as O from "obsidian";

const PAPER = "---\ntype: paper\ntitle: Sparse Routers\nyear: 2024\n---\nMy notes.\n";

async function setup(path: string, text: string): Promise<{ app: App; fake: FakePlugin }> {
	const app = new App();
	app.vault.seed(path, text);
	app.workspace.activeView = new MarkdownView(app.vault.getFileByPath(path));
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	await plugin.onload();
	return { app, fake: plugin as unknown as FakePlugin };
}

beforeEach(() => {
	Modal.opened = [];
});

describe("set reading status", () => {
	it("writes the status property through processFrontMatter and keeps the body", async () => {
		const { app, fake } = await setup("P/Sparse Routers.md", PAPER);
		expect(fake.commands.get("set-paper-status")?.checkCallback?.(false)).toBe(true);
		const modal = Modal.opened.at(-1) as SuggestModal<string>;
		expect(await modal.setQuery("rea")).toEqual(["to-read", "reading", "read"]);
		modal.choose(2);
		await app.metadataCache.settle();
		expect(app.metadataCache.getCache("P/Sparse Routers.md")?.frontmatter).toMatchObject({ type: "paper", title: "Sparse Routers", year: 2024, status: "read" });
		expect(app.vault.text("P/Sparse Routers.md")).toMatch(/\n---\nMy notes\.\n$/);
	});

	it("is offered only on paper notes", async () => {
		const { fake } = await setup("Notes/plain.md", "# Just a note\n");
		expect(fake.commands.get("set-paper-status")?.checkCallback?.(true)).toBe(false);
	});
});
