// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { FsStore } from "../../../src/cli/fs-store";
import { readNote } from "../../../src/core/papers/paper-reader";
import { MAX_NOTE_BYTES } from "../../../src/core/store/note-store";
import { VaultStore } from "../../../src/obsidian/vault-store";
import { App, Vault } from "../../fakes/obsidian";
import { describePaperReaderContract, READER_NOTES } from "../../support/paper-reader-contract";
import { useTempVaults } from "../../support/temp-dirs";
import type * as O from "obsidian";

const tempVault = useTempVaults("survey-vault-reader");

function fakeApp(notes: Record<string, string>): App {
	const app = new App(new Vault());
	for (const [p, text] of Object.entries(notes)) app.vault.seed(p, text);
	return app;
}

describePaperReaderContract("FsStore", async (notes) => new FsStore(await tempVault(notes)));
describePaperReaderContract("VaultStore over the Obsidian fake", async (notes) => new VaultStore(fakeApp(notes).vault as unknown as O.Vault));

describe("readNote from Obsidian's parsed properties", () => {
	it("gives the same records as reading the notes' text", () => {
		const app = fakeApp(READER_NOTES);
		for (const file of app.vault.getMarkdownFiles()) {
			const text = READER_NOTES[file.path];
			const fromText = readNote({ path: file.path, text }, { summary: true });
			if (!fromText.ok) continue; // The cache holds no properties for broken YAML: the importer tells it apart from the text.
			const fromCache = readNote({ path: file.path, frontmatter: app.metadataCache.getFileCache(file)?.frontmatter, bytes: file.stat.size, text }, { summary: true });
			expect(fromCache).toEqual(fromText);
		}
	});

	it("refuses a note above the size bound and a frontmatter that expands without end", () => {
		const big = readNote({ path: "P/Huge.md", frontmatter: { type: "paper", title: "Huge" }, bytes: MAX_NOTE_BYTES + 1 });
		expect(big).toMatchObject({ ok: false, cause: "store", reason: expect.stringMatching(/^the note is 16\.0 MB, more than the 16\.0 MB read/) });
		let shared: unknown[] = ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"];
		for (let i = 0; i < 8; i++) shared = Array.from({ length: 10 }, () => shared);
		const bomb = readNote({ path: "P/Boom.md", frontmatter: { type: "paper", bomb: shared }, bytes: 100 });
		expect(bomb).toMatchObject({ ok: false, cause: "properties", reason: expect.stringMatching(/expands to more than 100,000 values/) });
		// A note that is not a paper is not copied at all when only papers matter.
		expect(readNote({ path: "N/Boom.md", frontmatter: { type: "note", bomb: shared }, bytes: MAX_NOTE_BYTES + 1 }, { papersOnly: true })).toMatchObject({ ok: true, paper: null });
	});
});
