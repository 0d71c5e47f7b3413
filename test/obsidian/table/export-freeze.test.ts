// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Modal, Notice, type SuggestModal } from "../../fakes/obsidian";
import type { ExportFormat } from "../../../src/core/export/export-format";
import { button, click, NOTES, tableVault } from "./vault";

beforeEach(() => {
	vi.useFakeTimers();
	Notice.shown = [];
	Modal.opened = [];
});

afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
});

/** Picks a format in the export modal the footer opened. */
async function pick(format: ExportFormat): Promise<void> {
	const modal = Modal.opened[Modal.opened.length - 1] as SuggestModal<ExportFormat>;
	const items = await modal.setQuery("");
	modal.choose(items.indexOf(format));
	await vi.runAllTimersAsync();
}

const NOTE = "Lib/Notes/Reading.md";
const BLOCK = "```paper-table\nfrom: Lib/Papers\ncolumns: [title, year]\nsort: year desc\n```";

describe("the paper-table footer", () => {
	it("exports the papers the block shows to a file beside the note, never over an existing one", async () => {
		const v = await tableVault();
		const { el } = v.render("from: Lib/Papers\ncolumns: [title, year]\nwhere: year >= 2024", NOTE);
		click(button(el, "Export…"));
		await pick("bibtex");
		const first = await v.app.vault.read(v.file("Lib/Notes/Reading papers.bib"));
		expect(parseBibtex(first).entries.map((e) => e.key)).toEqual(["holm2026ice", "tanaka2025reef", "moreau2024whale"]);
		expect(Notice.shown.at(-1)?.message).toBe("Exported 3 papers as bibtex to Lib/Notes/Reading papers.bib.");

		await v.app.vault.modify(v.file("Lib/Notes/Reading papers.bib"), "% my notes\n");
		click(button(el, "Export…"));
		await pick("bibtex");
		expect(await v.app.vault.read(v.file("Lib/Notes/Reading papers.bib"))).toBe("% my notes\n");
		expect(await v.app.vault.read(v.file("Lib/Notes/Reading papers (2).bib"))).toBe(first);

		click(button(el, "Export…"));
		await pick("csv");
		expect(await v.app.vault.read(v.file("Lib/Notes/Reading papers.csv"))).toBe("\ufeffTitle,Year\r\nIce Sheet Emulator,2026\r\nReef Noise Index,2025\r\nWhale Song Atlas,2024\r\n");
	});

	it("freezes the block into its Markdown on a second click, and leaves a changed note alone", async () => {
		const note = `# Reading list\n\n${BLOCK}\n\nAfter.\n`;
		const v = await tableVault({ ...NOTES, [NOTE]: note });
		const { el, ctx } = v.render("from: Lib/Papers\ncolumns: [title, year]\nsort: year desc", NOTE);
		ctx.section = { text: note, lineStart: 2, lineEnd: 6 };

		click(button(el, "Freeze this table"));
		await vi.runAllTimersAsync();
		expect(await v.app.vault.read(v.file(NOTE))).toBe(note);
		click(button(el, "Click again to replace this block with its Markdown"));
		await vi.runAllTimersAsync();
		expect(await v.app.vault.read(v.file(NOTE))).toBe(
			[
				"# Reading list",
				"",
				"| Title | Year |",
				"| --- | ---: |",
				"| [[Lib/Papers/Ice Sheet Emulator\\|Ice Sheet Emulator]] | 2026 |",
				"| [[Lib/Papers/Reef Noise Index\\|Reef Noise Index]] | 2025 |",
				"| [[Lib/Papers/Whale Song Atlas\\|Whale Song Atlas]] | 2024 |",
				"| [[Lib/Papers/Krill Chorus\\|Krill Chorus]] | 2023 |",
				"",
				"After.",
				"",
			].join("\n"),
		);

		// The block moved since it was drawn: the note is not touched.
		const moved = `# Reading list\n\nA new line.\n\n${BLOCK}\n`;
		const w = await tableVault({ ...NOTES, [NOTE]: moved });
		const second = w.render("from: Lib/Papers\ncolumns: [title, year]", NOTE);
		second.ctx.section = { text: note, lineStart: 2, lineEnd: 6 };
		click(button(second.el, "Freeze this table"));
		click(button(second.el, "Click again to replace this block with its Markdown"));
		await vi.runAllTimersAsync();
		expect(await w.app.vault.read(w.file(NOTE))).toBe(moved);
		expect(Notice.shown.at(-1)?.message).toBe("The note changed since the table was drawn; nothing was changed. Try again.");
	});
});
