// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { App, Vault } from "../fakes/obsidian";
import { VaultStore } from "../../src/obsidian/vault-store";
import { describeNoteStoreContract } from "../support/note-store-contract";
import type * as O from "obsidian";

function storeWith(initial: Record<string, string>): { store: VaultStore; app: App } {
	const app = new App(new Vault());
	for (const [p, text] of Object.entries(initial)) app.vault.seed(p, text);
	return { store: new VaultStore(app.vault as unknown as O.Vault), app };
}

describeNoteStoreContract("VaultStore", async (initial) => storeWith(initial).store);

describe("VaultStore", () => {
	it("writes through the vault so the metadata cache sees the change", async () => {
		const { store, app } = storeWith({});
		const changed: string[] = [];
		app.metadataCache.on("changed", (file) => changed.push((file as O.TFile).path));
		await store.createFolder("Research");
		await store.create("Research/a.md", "---\ntype: paper\n---\nbody\n");
		await app.metadataCache.settle();
		expect(changed).toEqual(["Research/a.md"]);
		expect(app.metadataCache.getCache("Research/a.md")?.frontmatter).toEqual({ type: "paper" });
	});

	it("names the note when the vault refuses a write", async () => {
		const { store, app } = storeWith({ "a.md": "A" });
		app.vault.setReadOnly("a.md");
		await expect(store.modify("a.md", "B", "A")).rejects.toMatchObject({ path: "a.md", message: expect.stringContaining("permission denied") });
		expect(app.vault.text("a.md")).toBe("A");
	});
});
