// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { App, Component, type TFile } from "../fakes/obsidian";
import { PaperCatalog } from "../../src/obsidian/paper-catalog";
import type { RecordChange } from "../../src/core/papers/record-change";
import type * as O from "obsidian";

const paper = (title: string, extra = ""): string => `---\ntype: paper\ntitle: "${title}"\n${extra}---\nBody\n`;

function setup(): { app: App; catalog: PaperCatalog; owner: Component; changes: RecordChange[] } {
	const app = new App();
	app.vault.seed("Research/Papers/A.md", paper("Alpha", "year: 2024\n"));
	app.vault.seed("Research/Papers/B.md", paper("Beta"));
	app.vault.seed("Notes/plain.md", "# not a paper\n");
	const catalog = new PaperCatalog(app as unknown as O.App);
	const owner = new Component();
	owner.load();
	catalog.attach(owner);
	const changes: RecordChange[] = [];
	catalog.subscribe((c) => changes.push(c));
	return { app, catalog, owner, changes };
}

describe("PaperCatalog", () => {
	it("holds the paper notes only, scanned on first use", () => {
		const { catalog } = setup();
		expect(catalog.isLoaded).toBe(false);
		expect(catalog.all().map((r) => r.title).sort()).toEqual(["Alpha", "Beta"]);
		expect(catalog.get("Research/Papers/A.md")?.year).toBe(2024);
	});

	it("updates one record when a paper's properties change", async () => {
		const { app, catalog, changes } = setup();
		catalog.ensureLoaded();
		await app.vault.modify(app.vault.getFileByPath("Research/Papers/A.md") as TFile, paper("Alpha", "year: 2026\n"));
		await app.metadataCache.settle();
		expect(catalog.get("Research/Papers/A.md")?.year).toBe(2026);
		expect(changes).toHaveLength(1);
		expect(changes[0]).toMatchObject({ kind: "upsert", previous: { year: 2024 }, record: { year: 2026 } });
		expect(catalog.revision).toBe(1);
	});

	it("reads a changed paper's survey summary from the note's text", async () => {
		const { app, catalog } = setup();
		catalog.ensureLoaded();
		const summary = "%% survey-vault:begin survey:s1 %%\n## From [[Survey]]\nAlpha **aligns** things.\n%% survey-vault:end survey:s1 %%\n";
		await app.vault.modify(app.vault.getFileByPath("Research/Papers/A.md") as TFile, paper("Alpha", "year: 2026\n") + summary);
		await app.metadataCache.settle();
		expect(catalog.get("Research/Papers/A.md")?.summary).toBe("Alpha aligns things.");
	});

	it("adds new papers, drops notes that stop being papers, and follows renames and deletes", async () => {
		const { app, catalog, changes } = setup();
		catalog.ensureLoaded();
		await app.vault.create("Research/Papers/C.md", paper("Gamma"));
		await app.vault.modify(app.vault.getFileByPath("Research/Papers/B.md") as TFile, "no longer a paper\n");
		await app.vault.rename(app.vault.getFileByPath("Research/Papers/A.md") as TFile, "Research/Papers/A2.md");
		await app.metadataCache.settle();
		await app.vault.delete(app.vault.getFileByPath("Research/Papers/C.md") as TFile);
		await app.metadataCache.settle();
		expect(catalog.all().map((r) => r.path)).toEqual(["Research/Papers/A2.md"]);
		expect(changes.map((c) => c.kind)).toEqual(["upsert", "delete", "rename", "delete"]);
	});

	it("stops listening when its owner unloads", async () => {
		const { app, catalog, owner, changes } = setup();
		catalog.ensureLoaded();
		owner.unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(app.vault.listenerCount("rename")).toBe(0);
		await app.vault.create("Research/Papers/D.md", paper("Delta"));
		await app.metadataCache.settle();
		expect(changes).toEqual([]);
	});
});
