// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { App, Modal, Notice, Setting, type ToggleComponent } from "../fakes/obsidian";
import { importSurveyFile } from "../../src/obsidian/import-runner";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { digestSurvey } from "../support/survey-builder";
import type * as O from "obsidian";

const SURVEY = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234", summary: "route tokens sparsely." }, { title: "Dense Passing", arxiv: "2403.05678" }]);
const PAPER = "Research/Papers/Sparse Routers.md";

async function settle(app: App): Promise<void> {
	for (let i = 0; i < 20; i++) {
		await new Promise((r) => setTimeout(r, 0));
		await app.metadataCache.settle();
	}
}

/** A vault where the survey was imported once, then the user edited the paper's generated text. */
async function editedVault(): Promise<{ app: App; file: O.TFile }> {
	const app = new App();
	app.vault.seed("Inbox/s.md", SURVEY);
	const file = app.vault.getFileByPath("Inbox/s.md") as unknown as O.TFile;
	await importSurveyFile(app as unknown as O.App, file, { ...DEFAULT_SETTINGS, previewBeforeImport: false }, { quiet: true });
	const paper = app.vault.getFileByPath(PAPER);
	if (!paper) throw new Error("paper note missing");
	await app.vault.modify(paper, app.vault.text(PAPER)?.replace("route tokens sparsely.", "route tokens sparsely, my words.") ?? "");
	await app.vault.modify(app.vault.getFileByPath("Inbox/s.md") as never, SURVEY.replace("route tokens sparsely.", "route tokens at scale."));
	await settle(app);
	return { app, file };
}

beforeEach(() => {
	Notice.shown = [];
	Modal.opened = [];
	document.body.empty();
});

describe("the import preview", () => {
	it("lists the notes whose edits are kept, and the notice says so after writing", async () => {
		const { app, file } = await editedVault();
		const done = importSurveyFile(app as unknown as O.App, file, DEFAULT_SETTINGS);
		await settle(app);
		const preview = document.querySelector(".survey-vault-preview");
		expect(preview?.textContent).toContain("Kept your edits (1)");
		expect(preview?.textContent).toContain(`Kept your edits in 1 note (${PAPER}); the switch below replaces them.`);
		(Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Cancel") as HTMLButtonElement).click();
		await done;
		await importSurveyFile(app as unknown as O.App, file, { ...DEFAULT_SETTINGS, previewBeforeImport: false });
		expect(app.vault.text(PAPER)).toContain("my words");
		expect(Notice.shown.map((n) => n.message)).toContainEqual(expect.stringMatching(/^Kept your edits in 1 note \(Research\/Papers\/Sparse Routers\.md\)/));
	});

	it("replaces the edits when the user turns on “Replace my edits too”", async () => {
		const { app, file } = await editedVault();
		const toggles: ToggleComponent[] = [];
		const addToggle = Setting.prototype.addToggle;
		vi.spyOn(Setting.prototype, "addToggle").mockImplementation(function (this: Setting, cb) {
			return addToggle.call(this, (c) => {
				toggles.push(c);
				return cb(c);
			});
		});
		const done = importSurveyFile(app as unknown as O.App, file, DEFAULT_SETTINGS);
		await settle(app);
		expect(toggles).toHaveLength(1);
		expect(document.querySelector(".mod-cta")?.textContent).toBe("Nothing to write");
		await toggles[0].change(true);
		expect(document.querySelector(".mod-cta")?.textContent).toBe("Write 1 notes");
		(document.querySelector(".mod-cta") as HTMLButtonElement).click();
		await done;
		expect(app.vault.text(PAPER)).toContain("route tokens at scale.");
		expect(app.vault.text(PAPER)).not.toContain("my words");
		vi.restoreAllMocks();
	});

	it("lists a renamed note whose YAML the user broke as left untouched, and writes no second note", async () => {
		const app = new App();
		app.vault.seed("Inbox/s.md", SURVEY);
		const file = app.vault.getFileByPath("Inbox/s.md") as unknown as O.TFile;
		await importSurveyFile(app as unknown as O.App, file, { ...DEFAULT_SETTINGS, previewBeforeImport: false }, { quiet: true });
		const broken = (app.vault.text(PAPER) ?? "").replace("title: Sparse Routers", "title: [Sparse Routers");
		app.vault.seed("Reading/Routing.md", broken);
		await app.vault.delete(app.vault.getFileByPath(PAPER) as never);
		await settle(app);
		const done = importSurveyFile(app as unknown as O.App, file, DEFAULT_SETTINGS);
		await settle(app);
		const preview = document.querySelector(".survey-vault-preview");
		expect(preview?.textContent).toMatch(/Left untouched \(cannot be read\) \(1\)Reading\/Routing\.md: invalid YAML in frontmatter/);
		(Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Cancel") as HTMLButtonElement).click();
		await done;
		expect(app.vault.text(PAPER)).toBeUndefined();
	});

	it("refuses while the command-line tool imports into this vault, and ignores a lock a killed import left long ago", async () => {
		const app = new App();
		app.vault.seed("Inbox/s.md", SURVEY);
		const file = app.vault.getFileByPath("Inbox/s.md") as unknown as O.TFile;
		const started = new Date(Date.now() - 60_000).toISOString();
		app.vault.hidden.set(".survey-vault.lock", JSON.stringify({ pid: 4242, started }));
		const refused = await importSurveyFile(app as unknown as O.App, file, { ...DEFAULT_SETTINGS, previewBeforeImport: false });
		expect(refused.error).toBe(`Cannot import Inbox/s.md: another import is running in this vault (process 4242, since ${started}); wait for it to finish. If none is running, delete .survey-vault.lock in the vault folder`);
		expect(Object.keys(app.vault.snapshot())).toEqual(["Inbox/s.md"]);

		app.vault.hidden.set(".survey-vault.lock", JSON.stringify({ pid: 4242, started: "2026-01-01T00:00:00.000Z" }));
		const done = await importSurveyFile(app as unknown as O.App, file, { ...DEFAULT_SETTINGS, previewBeforeImport: false });
		expect(done.error).toBeUndefined();
		expect(app.vault.text(PAPER)).toBeDefined();
	});
});
