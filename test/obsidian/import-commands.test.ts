// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { App, MarkdownView, Modal, Notice, type Plugin as FakePlugin, type SuggestModal } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { DIGEST_SEED, readSeed, REPORT_SEED } from "../support/seeds";
import { itWithShared } from "../support/shared";
import { unresolvedLinks } from "../support/vault-checks";
import type * as O from "obsidian";

const text = (name: string) => new TextDecoder().decode(readSeed(name));
const OWN_DIGEST = readFileSync(path.resolve(__dirname, "../fixtures/surveys/en-digest-topics.md"), "utf8");

async function loadPlugin(app: App, data: Record<string, unknown> = {}): Promise<{ plugin: SurveyVaultPlugin; fake: FakePlugin }> {
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	const fake = plugin as unknown as FakePlugin;
	fake.data = data;
	await plugin.onload();
	return { plugin, fake };
}

function runCommand(fake: FakePlugin, id: string): void {
	const command = fake.commands.get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.checkCallback) expect(command.checkCallback(false)).toBe(true);
	else command.callback?.();
}

/** Waits until pending imports, writes and metadata events have all run. */
async function settle(app: App): Promise<void> {
	for (let i = 0; i < 50; i++) {
		await new Promise((r) => setTimeout(r, 0));
		await app.metadataCache.settle();
	}
}

function open(app: App, path: string): void {
	app.workspace.activeView = new MarkdownView(app.vault.getFileByPath(path));
}

/** A vault holding the report seed, the plugin loaded, and the seed open as the current note. */
async function reportOpen(data: Record<string, unknown> = {}): Promise<{ app: App; fake: FakePlugin }> {
	const app = new App();
	app.vault.seed("Inbox/report.md", text(REPORT_SEED));
	const { fake } = await loadPlugin(app, data);
	open(app, "Inbox/report.md");
	return { app, fake };
}

beforeEach(() => {
	Notice.shown = [];
	Modal.opened = [];
	document.body.empty();
});

describe("import commands", () => {
	itWithShared("seeds", "imports the current note through the preview, then opens the survey note", async () => {
		const { app, fake } = await reportOpen();
		runCommand(fake, "import-current-note");
		await settle(app);
		const preview = document.querySelector(".survey-vault-preview");
		expect(preview?.textContent).toContain("12 notes: 12 created, 0 updated, 0 left, 0 unchanged.");
		(document.querySelector(".mod-cta") as HTMLButtonElement).click();
		await settle(app);
		const files = app.vault.snapshot();
		expect(Object.keys(files).filter((p) => p.startsWith("Research/Papers/"))).toHaveLength(5);
		expect(unresolvedLinks(files)).toEqual([]);
		expect(Notice.shown.map((n) => n.message)).toContain("Imported Multimodal 领域前沿进展深度研报: 12 created, 0 updated, 0 unchanged.");
		expect(app.workspace.leaves.at(-1)?.opened.map((f) => f.path)).toEqual(["Research/Surveys/Multimodal 领域前沿进展深度研报.md"]);
		expect(app.metadataCache.unresolvedLinks["Research/Surveys/Multimodal 领域前沿进展深度研报.md"]).toBeUndefined();
	});

	itWithShared("seeds", "writes nothing when the preview is cancelled", async () => {
		const { app, fake } = await reportOpen();
		runCommand(fake, "import-current-note");
		await settle(app);
		(Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Cancel") as HTMLButtonElement).click();
		await settle(app);
		expect(Object.keys(app.vault.snapshot())).toEqual(["Inbox/report.md"]);
	});

	it("is unavailable when no note is open", async () => {
		const { fake } = await loadPlugin(new App());
		expect(fake.commands.get("import-current-note")?.checkCallback?.(true)).toBe(false);
	});

	it("tells a failed write in words, never as a file-system error code", async () => {
		const app = new App();
		app.vault.seed("Inbox/digest.md", OWN_DIGEST);
		const { fake } = await loadPlugin(app, { previewBeforeImport: false });
		open(app, "Inbox/digest.md");
		app.vault.failNextWrite(() => true, Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
		runCommand(fake, "import-current-note");
		await settle(app);
		const shown = Notice.shown.map((n) => n.message).join("\n");
		expect(shown).toContain("no space left on the device");
		expect(shown).not.toMatch(/\bE[A-Z]{3,}\b/);
	});

	it("says plainly why a note that is not a survey cannot be imported", async () => {
		const app = new App();
		app.vault.seed("Inbox/shopping.md", "# Shopping\n\n- milk\n");
		const { fake } = await loadPlugin(app, { previewBeforeImport: false });
		open(app, "Inbox/shopping.md");
		runCommand(fake, "import-current-note");
		await settle(app);
		expect(Notice.shown.map((n) => n.message).join("\n")).toMatch(/^Cannot import Inbox\/shopping\.md: no papers found/m);
		expect(app.vault.writes.create).toBe(0);
	});

	itWithShared("seeds", "imports every survey in a folder and merges the papers they share", async () => {
		const app = new App();
		app.vault.seed("Inbox/a.md", text(REPORT_SEED));
		app.vault.seed("Inbox/b.txt", text(DIGEST_SEED));
		app.vault.seed("Inbox/notes.md", "just notes\n");
		const { fake } = await loadPlugin(app);
		runCommand(fake, "import-folder");
		const picker = Modal.opened.at(-1) as SuggestModal<O.TFolder>;
		expect((await picker.setQuery("inb")).map((f) => f.path)).toEqual(["Inbox"]);
		picker.choose(0);
		await settle(app);
		const files = app.vault.snapshot();
		expect(Object.keys(files).filter((p) => p.startsWith("Research/Papers/"))).toHaveLength(39);
		expect(Object.keys(files).filter((p) => p.startsWith("Research/Surveys/"))).toHaveLength(2);
		expect(Notice.shown.at(-1)?.message).toMatch(/^Imported 2 of 3 surveys from Inbox\.\nCannot import Inbox\/notes\.md: no papers found/);
		expect(unresolvedLinks(files)).toEqual([]);
	});

	itWithShared("seeds", "imports a file picked from the vault", async () => {
		const app = new App();
		app.vault.seed("Inbox/report.md", text(REPORT_SEED));
		const { fake } = await loadPlugin(app, { previewBeforeImport: false });
		runCommand(fake, "import-file");
		const picker = Modal.opened.at(-1) as SuggestModal<O.TFile>;
		expect((await picker.setQuery("report")).map((f) => f.path)).toEqual(["Inbox/report.md"]);
		picker.choose(0);
		await settle(app);
		expect(Object.keys(app.vault.snapshot()).filter((p) => p.startsWith("Research/"))).toHaveLength(12);
	});

	itWithShared("seeds", "reports a write that fails half-way and finishes on a second run", async () => {
		const { app, fake } = await reportOpen({ previewBeforeImport: false });
		let creates = 0;
		app.vault.failNextWrite(() => ++creates === 3);
		runCommand(fake, "import-current-note");
		await settle(app);
		expect(Notice.shown.map((n) => n.message).join("\n")).toMatch(/Import of Multimodal 领域前沿进展深度研报 stopped: .*disk full\. 2 created, 0 updated, 0 unchanged; 10 notes not written\. Run the import again to finish\./);
		runCommand(fake, "import-current-note");
		await settle(app);
		expect(Object.keys(app.vault.snapshot()).filter((p) => p.startsWith("Research/"))).toHaveLength(12);
		expect(unresolvedLinks(app.vault.snapshot())).toEqual([]);
	});
});

