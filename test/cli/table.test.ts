import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { parseNoteFrontmatter } from "../../src/core/markdown/frontmatter";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";
import { NOTES, paperNote } from "../support/table-notes";
import { DIGEST_SEED, REPORT_SEED, SEEDS_DIR } from "../support/seeds";
import { describeWithShared } from "../support/shared";

const tempVault = useTempVaults("survey-vault-table");

describe("survey-vault table", () => {
	it("prints every paper as Markdown by default", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault);
		expect(await runCli(["table", "--vault", "."], io)).toBe(0);
		expect(io.err).toBe("");
		const lines = io.out.trimEnd().split("\n");
		expect(lines[0]).toBe("| Title | Authors | Year | Venue | Citations | Score |");
		expect(lines[1]).toBe("| --- | --- | ---: | --- | ---: | ---: |");
		expect(lines.slice(2).map((l) => l.split(" | ")[0])).toEqual([
			"| [[Lib/Papers/Ice Sheet Emulator\\|Ice Sheet Emulator]]",
			"| [[Lib/Papers/Krill Chorus\\|Krill Chorus]]",
			"| [[Archive/Loop Tiling Revisited\\|Loop Tiling Revisited]]",
			"| [[Lib/Papers/Reef Noise Index\\|Reef Noise Index]]",
			"| [[Lib/Papers/Whale Song Atlas\\|Whale Song Atlas]]",
		]);
	});

	it("reads a spec file and prints CSV", async () => {
		const vault = await tempVault({ ...NOTES, "specs/top.yaml": "where: score exists\ncolumns: [title, score]\nsort: score desc\nlimit: 3\n" });
		const io = recordingIo(vault);
		expect(await runCli(["table", "--vault", vault, "--spec", "specs/top.yaml", "--format", "csv"], io)).toBe(0);
		expect(io.out).toBe("Title,Score\r\nWhale Song Atlas,4.2\r\nIce Sheet Emulator,3.8\r\nReef Noise Index,3.1\r\n");
	});

	it("reads the spec from standard input and prints JSON", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault, 'from: "[[Ocean Bioacoustics]]"\ncolumns: [title, year]\nsort: year\n');
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--format", "json"], io)).toBe(0);
		const json = JSON.parse(io.out);
		expect(json.rows.map((r: { cells: { Title: string; Year: number } }) => [r.cells.Title, r.cells.Year])).toEqual([
			["[[Lib/Papers/Krill Chorus|Krill Chorus]]", 2023],
			["[[Lib/Papers/Whale Song Atlas|Whale Song Atlas]]", 2024],
			["[[Lib/Papers/Reef Noise Index|Reef Noise Index]]", 2025],
		]);
	});

	it("reads a note's paper-table block as if it sat in that note", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault);
		expect(await runCli(["table", "--vault", vault, "--spec", "Lib/Directions/Ocean Bioacoustics.md", "--format", "csv"], io)).toBe(0);
		// The direction's empty block: the papers it links to, not the one linking to it.
		expect(io.out).toBe("Title,Authors,Year,Venue,Citations,Score\r\nReef Noise Index,Kai Tanaka,2025,ICASSP,7,3.1\r\nWhale Song Atlas,\"Ines Moreau, Kai Tanaka\",2024,Interspeech,41,4.2\r\n");
		const viaIn = recordingIo(vault, "columns: [title]\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--in", "Lib/Directions/Ocean Bioacoustics", "--format", "csv"], viaIn)).toBe(0);
		expect(viaIn.out).toBe("Title\r\nReef Noise Index\r\nWhale Song Atlas\r\n");
	});

	it("groups and formats dates", async () => {
		const vault = await tempVault({
			"P/Fjord Tides.md": paperNote({ title: "Fjord Tides", imported: "2026-02-03", venue: "EGU" }),
			"P/Moraine Maps.md": paperNote({ title: "Moraine Maps", imported: "2025-12-24", venue: "EGU" }),
			"P/Firn Density.md": paperNote({ title: "Firn Density", imported: "2026-06-30" }),
		});
		const io = recordingIo(vault, "columns: [title, imported]\ngroup: venue\nsort: imported\nformat: d MMM yyyy\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-"], io)).toBe(0);
		expect(io.out).toBe(
			[
				"**venue: EGU**",
				"",
				"| Title | Imported |",
				"| --- | --- |",
				"| [[P/Moraine Maps\\|Moraine Maps]] | 24 Dec 2025 |",
				"| [[P/Fjord Tides\\|Fjord Tides]] | 3 Feb 2026 |",
				"",
				"**venue: none**",
				"",
				"| Title | Imported |",
				"| --- | --- |",
				"| [[P/Firn Density\\|Firn Density]] | 30 Jun 2026 |",
				"",
			].join("\n"),
		);
	});

	it("warns on stderr of a field or folder that looks like a typo, naming the nearest known one", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault, "from: Lib/Papres\nwhere: yaer >= 2020\nsort: yeer desc\ncolumns: [title, venu]\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--format", "csv"], io)).toBe(0);
		expect(io.err).toBe(
			[
				"survey-vault: warning: standard input: unknown field `yaer` — did you mean `year`?",
				"survey-vault: warning: standard input: unknown field `yeer` — did you mean `year`?",
				"survey-vault: warning: standard input: unknown field `venu` — did you mean `venue`?",
				"survey-vault: warning: standard input: unknown folder `Lib/Papres`: no paper note is in it — did you mean `Lib/Papers`?",
				"",
			].join("\n"),
		);
		expect(io.out).toBe("Title,Venu\r\n");
		const fine = recordingIo(vault, "from: Lib/Papers\nwhere: year >= 2020 and rating exists\ncolumns: [title, doi]\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-"], fine)).toBe(0);
		expect(fine.err).toBe("survey-vault: warning: standard input: unknown field `rating`\n");
	});

	it("fails with a clear depth error for a where nested 100,000 parentheses deep", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault, `where: '${"(".repeat(100_000)}year > 1'\n`);
		expect(await runCli(["table", "--vault", vault, "--spec", "-"], io)).toBe(1);
		expect(io.err).toMatch(/^survey-vault: standard input: where: nested more than \d+ levels deep; .*\(column \d+\); see 'survey-vault table --help'\n$/);
		expect(io.err).not.toMatch(/RangeError|\n\s+at /);
	});

	it("fails with exit 1 when --in names a note the vault does not hold", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault, "columns: [title]\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--in", "Nope.md"], io)).toBe(1);
		expect(io.err).toBe("survey-vault: --in Nope.md: no such note in the vault; see 'survey-vault table --help'\n");
		expect(io.out).toBe("");
	});

	it("fails with exit 1 naming the key for a bad spec, and leaves out unreadable notes", async () => {
		const vault = await tempVault({ ...NOTES, "Lib/Papers/Broken.md": "---\ntitle: [unclosed\n---\n" });
		const io = recordingIo(vault, "where: year >=\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-"], io)).toBe(1);
		expect(io.err).toContain("survey-vault: Lib/Papers/Broken.md: invalid YAML in frontmatter");
		expect(io.err).toContain(`survey-vault: standard input: where: expected a value after ">=", found the end of the expression (column 8); see 'survey-vault table --help'\n`);
		expect(io.out).toBe("");
	});

	it("reports usage mistakes with exit 2 and a missing vault or spec with exit 1", async () => {
		const vault = await tempVault(NOTES);
		const noVault = recordingIo(vault);
		expect(await runCli(["table"], noVault)).toBe(2);
		expect(noVault.err).toBe("survey-vault: table: missing required option --vault; see 'survey-vault table --help'\n");
		const badFormat = recordingIo(vault);
		expect(await runCli(["table", "--vault", vault, "--format", "xml"], badFormat)).toBe(2);
		expect(badFormat.err).toBe(`survey-vault: table: --format takes md, csv or json, not "xml"; see 'survey-vault table --help'\n`);
		const missing = recordingIo(vault);
		expect(await runCli(["table", "--vault", path.join(vault, "nope")], missing)).toBe(1);
		expect(missing.err).toContain("no such folder");
		const noSpec = recordingIo(vault);
		expect(await runCli(["table", "--vault", vault, "--spec", "missing.yaml"], noSpec)).toBe(1);
		expect(noSpec.err).toBe("survey-vault: missing.yaml: no such file; see 'survey-vault table --help'\n");
		const help = recordingIo(vault);
		expect(await runCli(["help", "table"], help)).toBe(0);
		expect(help.out).toContain("Usage: survey-vault table --vault DIR [--spec FILE|-] [--format md|csv|json] [--in NOTE]");
	});
});

describeWithShared("seeds", "survey-vault table over both imported seeds", () => {
	/** A vault's notes under a folder, with their properties. */
	async function notesIn(vault: string, folder: string): Promise<Array<{ path: string; fm: Record<string, unknown> }>> {
		const names = (await readdir(path.join(vault, folder))).filter((f) => f.endsWith(".md"));
		return Promise.all(names.map(async (name) => ({ path: `${folder}/${name}`, fm: parseNoteFrontmatter(await readFile(path.join(vault, folder, name), "utf8")) })));
	}

	it("imports the seeds with the CLI, then prints the first survey's papers by score and each direction's block", async () => {
		const vault = await tempVault({});
		expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault], recordingIo(SEEDS_DIR))).toBe(0);
		const survey = (await notesIn(vault, "Research/Surveys")).find((n) => n.fm.source === REPORT_SEED);
		expect(survey).toBeDefined();
		const notePath = survey?.path ?? "";

		const byScore = recordingIo(vault, "columns: [score]\nsort: score desc\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--in", notePath, "--format", "csv"], byScore)).toBe(0);
		expect(byScore.out).toBe("Score\r\n3.5\r\n2.8\r\n2.1\r\n1.6\r\n1.1\r\n");

		const recent = recordingIo(vault, "where: year >= 2026\n");
		expect(await runCli(["table", "--vault", vault, "--spec", "-", "--in", notePath, "--format", "json"], recent)).toBe(0);
		expect(JSON.parse(recent.out).rows).toHaveLength(4);

		const papers = await notesIn(vault, "Research/Papers");
		const directions = await notesIn(vault, "Research/Directions");
		expect(directions.length).toBeGreaterThan(0);
		for (const direction of directions) {
			const name = direction.path.slice(direction.path.lastIndexOf("/") + 1, -3);
			const expected = papers.filter((p) => Array.isArray(p.fm.directions) && p.fm.directions.includes(`[[${name}]]`)).map((p) => p.path).sort();
			const io = recordingIo(vault);
			expect(await runCli(["table", "--vault", vault, "--spec", path.join(vault, direction.path), "--format", "json"], io)).toBe(0);
			expect(JSON.parse(io.out).rows.map((r: { path: string }) => r.path).sort()).toEqual(expected);
		}
	});
});
