import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import * as path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { runCli } from "../../src/cli/run";
import { parseNoteFrontmatter } from "../../src/core/markdown/frontmatter";
import { asText } from "../../src/core/papers/paper-record";
import { recordingIo } from "../support/cli-io";
import { DIGEST_SEED, REPORT_SEED, SEEDS_DIR } from "../support/seeds";
import { useTempVaults } from "../support/temp-dirs";

const haveSeeds = existsSync(path.join(SEEDS_DIR, REPORT_SEED)) && existsSync(path.join(SEEDS_DIR, DIGEST_SEED));
if (!haveSeeds) {
	if (process.env.SURVEY_VAULT_REQUIRE_SHARED === "1") throw new Error(`the seed surveys are missing from ${SEEDS_DIR}, and SURVEY_VAULT_REQUIRE_SHARED=1`);
	console.warn(`seed-export: skipped, the seed surveys are not in ${SEEDS_DIR}`);
}

const tempVault = useTempVaults("survey-vault-seed-export");

/** A vault with both seeds imported by the CLI; the arXiv id of every paper note, by citekey. */
async function importedVault(): Promise<{ vault: string; arxivByKey: Map<string, string> }> {
	const vault = await tempVault();
	const io = recordingIo(SEEDS_DIR);
	expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault], io)).toBe(0);
	const arxivByKey = new Map<string, string>();
	const papers = path.join(vault, "Research/Papers");
	for (const name of await readdir(papers)) {
		const fm = parseNoteFrontmatter(await readFile(path.join(papers, name), "utf8"));
		arxivByKey.set(asText(fm.citekey) ?? "", asText(fm.arxiv) ?? "");
	}
	return { vault, arxivByKey };
}

async function exported(vault: string, format: string): Promise<string> {
	const io = recordingIo(vault);
	expect(await runCli(["export", "--vault", vault, "--format", format], io)).toBe(0);
	expect(io.err).toBe("");
	return io.out;
}

describe.skipIf(!haveSeeds)("export and Bases on a vault imported from both seeds", () => {
	it("gives every paper a unique citekey, and a re-import keeps them all", async () => {
		const { vault, arxivByKey } = await importedVault();
		expect(arxivByKey.size).toBe(39);
		for (const [key, arxiv] of arxivByKey) {
			expect(key).toMatch(/^[a-z0-9]+$/);
			expect(arxiv).toMatch(/^\d{4}\.\d{4,5}$/);
		}
		expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault], recordingIo(SEEDS_DIR))).toBe(0);
		const papers = path.join(vault, "Research/Papers");
		const after = new Map<string, string>();
		for (const name of await readdir(papers)) {
			const fm = parseNoteFrontmatter(await readFile(path.join(papers, name), "utf8"));
			after.set(asText(fm.citekey) ?? "", asText(fm.arxiv) ?? "");
		}
		expect(after).toEqual(arxivByKey);
	});

	it("exports 39 BibTeX entries, 39 CSL-JSON items and 39 CSV rows, each paper once with its arXiv id", async () => {
		const { vault, arxivByKey } = await importedVault();

		const bib = parseBibtex(await exported(vault, "bibtex"));
		expect(bib.errors).toEqual([]);
		expect(bib.entries).toHaveLength(39);
		for (const entry of bib.entries) {
			expect(entry.fields.eprint).toBe(arxivByKey.get(entry.key));
			expect(entry.fields.archiveprefix).toBe("arXiv");
			expect(entry.fields.title).not.toBe("");
		}
		expect(new Set(bib.entries.map((e) => e.key)).size).toBe(39);

		const items = JSON.parse(await exported(vault, "csl-json")) as Array<{ id: string; title: string; type: string; number?: string; URL?: string }>;
		const cite = new Cite(items, { forceType: "@csl/list+object", target: "@csl/list+object", strict: true, maxChainLength: 10, generateGraph: false });
		expect(cite.data).toHaveLength(39);
		for (const item of items) {
			expect(item.title.trim()).not.toBe("");
			expect(["article", "article-journal", "paper-conference"]).toContain(item.type);
			expect(`${item.number ?? ""} ${item.URL ?? ""}`).toContain(arxivByKey.get(item.id) as string);
		}

		const rows: string[][] = parseCsv(await exported(vault, "csv"));
		expect(rows).toHaveLength(40);
		const arxivColumn = rows[0].indexOf("Arxiv");
		expect(new Set(rows.slice(1).map((r) => r[arxivColumn]))).toEqual(new Set(arxivByKey.values()));
	});

	it("writes a .base whose YAML parses, with a type filter and table and cards views", async () => {
		const { vault } = await importedVault();
		expect(await runCli(["base", "--vault", vault], recordingIo(vault))).toBe(0);
		const base = parseYaml(await readFile(path.join(vault, "Research/Papers.base"), "utf8"), { strict: true }) as { filters: { and: string[] }; views: Array<{ type: string }> };
		expect(base.filters.and).toContain('type == "paper"');
		expect(base.views.map((v) => v.type)).toEqual(expect.arrayContaining(["table", "cards"]));
	});
});
