// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { parseFrontmatterYaml } from "../../src/core/markdown/frontmatter";
import { MAX_NOTE_BYTES } from "../../src/core/store/note-store";
import { parseSurvey } from "../../src/core/survey";
import { PaperCatalog } from "../../src/obsidian/paper-catalog";
import { VaultStore } from "../../src/obsidian/vault-store";
import { App } from "../fakes/obsidian";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";
import { NOTES } from "../support/table-notes";
import { digestSurvey } from "../support/survey-builder";
import type * as O from "obsidian";

/** Nine levels of ten aliases each: a few hundred bytes that name 10⁹ values. */
function aliasBomb(): string {
	let yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
	for (let i = 1; i < 9; i++) yaml += `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(", ")}]\n`;
	return yaml;
}

const BOMB_NOTE = `---\ntype: paper\ntitle: Boom\n${aliasBomb()}---\nBody.\n`;
const tempVault = useTempVaults("survey-vault-hostile");

describe("a hostile note or survey is refused, not expanded", () => {
	it("frontmatter whose aliases expand past the bound is refused with a clear error", () => {
		expect(() => parseFrontmatterYaml(aliasBomb())).toThrow(/expands to more than 100,000 values \(YAML aliases/);
		// Aliases that stay small still read.
		expect(parseFrontmatterYaml("a: &a [1, 2]\nb: *a\n")).toEqual({ a: [1, 2], b: [1, 2] });
	});

	it("a survey with an alias bomb in its frontmatter parses, with a warning naming the problem", () => {
		const text = `---\n${aliasBomb()}---\n${digestSurvey([{ title: "Quiet Paper", arxiv: "2403.01234" }])}`;
		const survey = parseSurvey(text, { fileName: "bomb.md" });
		expect(survey.papers.map((p) => p.title)).toEqual(["Quiet Paper"]);
		expect(survey.warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/YAML aliases.*frontmatter ignored/) })]);
	});

	it("`table` and `search` skip a bomb note and a huge note, naming each, and show the rest", async () => {
		const vault = await tempVault({ ...NOTES, "Lib/Papers/Boom.md": BOMB_NOTE });
		writeFileSync(path.join(vault, "Lib/Papers/Huge.md"), `---\ntype: paper\ntitle: Huge\n---\n${"x".repeat(MAX_NOTE_BYTES)}\n`);
		const table = recordingIo(vault);
		expect(await runCli(["table", "--vault", ".", "--format", "csv"], table)).toBe(0);
		expect(table.err).toMatch(/Lib\/Papers\/Boom\.md: frontmatter expands to more than 100,000 values.*left out/);
		expect(table.err).toMatch(/Lib\/Papers\/Huge\.md: the note is 16\.0 MB, more than the 16\.0 MB read; not read; left out/);
		expect(table.out).toContain("Whale Song Atlas");

		const search = recordingIo(vault);
		expect(await runCli(["search", "whale", "--vault", "."], search)).toBe(0);
		expect(search.err).toMatch(/Lib\/Papers\/Boom\.md: skipped, frontmatter expands/);
		expect(search.err).toMatch(/Lib\/Papers\/Huge\.md: skipped, the note is 16\.0 MB/);
		expect(search.out).toContain("Whale Song Atlas");
	});

	it("the plugin's catalog leaves out a note whose cached properties expand without end, with a warning", () => {
		const app = new App();
		app.vault.seed("P/Fine.md", "---\ntype: paper\ntitle: Fine\n---\n");
		app.vault.seed("P/Boom.md", "---\ntype: paper\ntitle: Boom\n---\n");
		// Obsidian's cache shares one object between an anchor and its aliases, as this one does.
		let shared: unknown[] = ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"];
		for (let i = 0; i < 8; i++) shared = Array.from({ length: 10 }, () => shared);
		const real = app.metadataCache.getFileCache.bind(app.metadataCache);
		vi.spyOn(app.metadataCache, "getFileCache").mockImplementation((file) => (file.path === "P/Boom.md" ? { frontmatter: { type: "paper", title: "Boom", bomb: shared } } : real(file)));
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const catalog = new PaperCatalog(app as unknown as O.App);
		expect(catalog.all().map((r) => r.title)).toEqual(["Fine"]);
		expect(catalog.skipped.get("P/Boom.md")).toMatch(/expands to more than 100,000 values/);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining("P/Boom.md left out of search and tables"));
		warn.mockRestore();
	});

	it("the plugin's store refuses a huge note by name, and its catalog leaves it out", async () => {
		const app = new App();
		app.vault.seed("P/Fine.md", "---\ntype: paper\ntitle: Fine\n---\n");
		app.vault.seed("P/Huge.md", `---\ntype: paper\ntitle: Huge\n---\n${"x".repeat(MAX_NOTE_BYTES)}`);
		await expect(new VaultStore(app.vault as unknown as O.Vault).read("P/Huge.md")).rejects.toMatchObject({ code: "too-large", message: expect.stringMatching(/^P\/Huge\.md: the note is 16\.0 MB/) });
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const catalog = new PaperCatalog(app as unknown as O.App);
		expect(catalog.all().map((r) => r.title)).toEqual(["Fine"]);
		expect(catalog.skipped.get("P/Huge.md")).toMatch(/^the note is 16\.0 MB, more than the 16\.0 MB read/);
		warn.mockRestore();
	});
});
