import { describe, expect, it } from "vitest";
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { parse as parseCsv } from "csv-parse/sync";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";
import { NOTES, paperNote } from "../support/table-notes";

const tempVault = useTempVaults("survey-vault-export");

/** Papers whose titles and names hold what BibTeX and CSV must escape. */
const AWKWARD: Record<string, string> = {
	"P/Braces.md": paperNote({ title: "Sets {A} & 100% of $x_1$ #tags ~ ^ \\ {unbalanced", authors: ["Zoë Müller", "Ludwig van Beethoven"], year: 2024, venue: "ICML", arxiv: "2401.00001", url: "https://arxiv.org/abs/2401.00001" }),
	"P/Chinese.md": paperNote({ title: "基于图的推荐: 综述", authors: ["王小明", "Li, Wei"], year: 2025, venue: "计算机学报", doi: "10.1000/xyz{1}", citekey: "wang2025graph" }),
	"P/Preprint.md": paperNote({ title: 'Quotes "and, commas"\nin two lines', authors: ["Ada Brook et al."], year: 2026, arxiv: "2601.01230", url: "https://arxiv.org/abs/2601.01230v2" }),
};

describe("survey-vault export", () => {
	it("writes BibTeX that a real BibTeX parser reads back, one entry per paper, escapes intact", async () => {
		const vault = await tempVault(AWKWARD);
		const io = recordingIo(vault);
		expect(await runCli(["export", "--vault", ".", "--format", "bibtex"], io)).toBe(0);
		const lib = parseBibtex(io.out, { english: false });
		expect(lib.errors).toEqual([]);
		const byKey = new Map(lib.entries.map((e) => [e.key, e]));
		expect([...byKey.keys()].sort()).toEqual(["brook2026quotes", "muller2024sets", "wang2025graph"]);
		const sets = byKey.get("muller2024sets");
		expect(sets?.type).toBe("inproceedings");
		expect(sets?.fields.title).toBe("Sets {A} & 100% of $x_1$ #tags ~ ^ \\ {unbalanced");
		expect(sets?.fields.author).toEqual([{ firstName: "Zoë", lastName: "Müller" }, { firstName: "Ludwig", prefix: "van", lastName: "Beethoven" }]);
		expect(sets?.fields.booktitle).toBe("ICML");
		expect(sets?.fields.eprint).toBe("2401.00001");
		expect(sets?.fields.archiveprefix).toBe("arXiv");
		const zh = byKey.get("wang2025graph");
		expect(zh?.type).toBe("article");
		expect(zh?.fields.title).toBe("基于图的推荐: 综述");
		expect(zh?.fields.journal).toBe("计算机学报");
		expect(zh?.fields.author).toEqual([{ name: "王小明" }, { firstName: "Wei", lastName: "Li" }]);
		expect(zh?.fields.doi).toBe("10.1000/xyz%7B1%7D");
		const pre = byKey.get("brook2026quotes");
		expect(pre?.type).toBe("misc");
		expect(pre?.fields.title).toBe('Quotes "and, commas" in two lines');
		expect(pre?.fields.eprint).toBe("2601.01230");
		expect(io.out).toContain("基于图的推荐"); // UTF-8, not LaTeX escapes
	});

	it("writes CSL-JSON that citation.js accepts and formats", async () => {
		const vault = await tempVault(AWKWARD);
		const io = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "csl-json"], io)).toBe(0);
		const items = JSON.parse(io.out) as Array<Record<string, unknown>>;
		// strict: citation.js checks that the input is the CSL-JSON it is declared as.
		const cite = new Cite(items, { forceType: "@csl/list+object", target: "@csl/list+object", strict: true, maxChainLength: 10, generateGraph: false });
		expect(cite.data.map((d) => [d.id, d.type])).toEqual([
			["wang2025graph", "article-journal"],
			["brook2026quotes", "article"],
			["muller2024sets", "paper-conference"],
		]);
		expect(items[0]).toMatchObject({ title: "基于图的推荐: 综述", author: [{ literal: "王小明" }, { family: "Li", given: "Wei" }], issued: { "date-parts": [[2025]] }, "container-title": "计算机学报", DOI: "10.1000/xyz{1}" });
		expect(items[1]).toMatchObject({ publisher: "arXiv", number: "arXiv:2601.01230", URL: "https://arxiv.org/abs/2601.01230v2" });
		const bibliography = String(cite.format("bibliography", { format: "text", template: "apa" }));
		expect(bibliography).toContain("Müller, Z., & van Beethoven, L. (2024)");
	});

	it("writes RFC 4180 CSV that a CSV parser reads back, with a BOM on request", async () => {
		const vault = await tempVault(AWKWARD);
		const io = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "csv", "--bom", "--out", "papers.csv"], io)).toBe(0);
		expect(io.err).toBe("Wrote papers.csv: 3 papers as csv\n");
		const bytes = await readFile(path.join(vault, "papers.csv"));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows: string[][] = parseCsv(bytes, { bom: true });
		expect(rows[0]).toEqual(["Citekey", "Title", "Authors", "Year", "Venue", "Arxiv", "Doi", "Url", "Citations", "Score"]);
		expect(rows.slice(1).map((r) => r[1])).toEqual(["基于图的推荐: 综述", 'Quotes "and, commas"\nin two lines', "Sets {A} & 100% of $x_1$ #tags ~ ^ \\ {unbalanced"]);
		expect(rows[2][5]).toBe("2601.01230");
	});

	it("exports what a block shows, and Markdown as the table block would copy it", async () => {
		const vault = await tempVault({ ...NOTES, "specs/top.yaml": "where: score exists\ncolumns: [title, score]\nsort: score desc\nlimit: 2\n" });
		const md = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "markdown", "--spec", "specs/top.yaml"], md)).toBe(0);
		expect(md.out).toBe("| Title | Score |\n| --- | ---: |\n| [[Lib/Papers/Whale Song Atlas\\|Whale Song Atlas]] | 4.2 |\n| [[Lib/Papers/Ice Sheet Emulator\\|Ice Sheet Emulator]] | 3.8 |\n");
		const bib = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "bib", "--spec", "specs/top.yaml"], bib)).toBe(0);
		expect(parseBibtex(bib.out).entries.map((e) => e.key)).toEqual(["moreau2024whale", "holm2026ice"]);
	});

	it("refuses an unknown format, a misplaced --bom and a bad spec, naming what is wrong", async () => {
		const vault = await tempVault(NOTES);
		const unknown = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "ris"], unknown)).toBe(2);
		expect(unknown.err).toBe(`survey-vault: export: --format: unknown format "ris"; the formats are bibtex, csl-json, csv, markdown; see 'survey-vault export --help'\n`);
		const bom = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "bibtex", "--bom"], bom)).toBe(2);
		expect(bom.err).toContain("--bom applies to csv only");
		const spec = recordingIo(vault, "where: year >>= 2024\n");
		expect(await runCli(["export", "--vault", vault, "--format", "csv", "--spec", "-", "--out", "x.csv"], spec)).toBe(1);
		expect(spec.err).toMatch(/^survey-vault: standard input: where: .*column 7\); see 'survey-vault export --help'$/m);
		expect(await readdir(vault)).not.toContain("x.csv");
		const missing = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault], missing)).toBe(2);
		expect(missing.err).toContain("missing required option --format");
	});

	it("leaves an unwritable --out as it was and says why", async () => {
		const vault = await tempVault(NOTES);
		const noFolder = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "csv", "--out", "nowhere/papers.csv"], noFolder)).toBe(1);
		expect(noFolder.err).toMatch(/nowhere\/papers\.csv: cannot write there: the folder .* does not exist; nothing was written/);

		const locked = path.join(vault, "locked");
		await mkdir(locked);
		await writeFile(path.join(locked, "papers.bib"), "old\n");
		await chmod(locked, 0o500);
		try {
			const io = recordingIo(vault);
			const code = await runCli(["export", "--vault", vault, "--format", "bibtex", "--out", "locked/papers.bib"], io);
			// Root can write anywhere; then the write succeeds, whole.
			if (process.getuid?.() === 0) expect(code).toBe(0);
			else {
				expect(code).toBe(1);
				expect(io.err).toContain("locked/papers.bib: cannot write: permission denied; nothing was written");
				expect(await readFile(path.join(locked, "papers.bib"), "utf8")).toBe("old\n");
			}
			expect((await readdir(locked)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
		} finally {
			await chmod(locked, 0o700);
		}

		const isFolder = recordingIo(vault);
		expect(await runCli(["export", "--vault", vault, "--format", "csv", "--out", "locked"], isFolder)).toBe(1);
		expect(isFolder.err).toContain("locked: cannot write: is a folder; nothing was written");
	});
});
