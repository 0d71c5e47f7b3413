import { describe, expect, it } from "vitest";
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";
import { digestSurvey } from "../support/survey-builder";

const tempVault = useTempVaults("survey-vault-cli-safety");
const SURVEY = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234", summary: "route tokens sparsely." }, { title: "Dense Passing", arxiv: "2403.05678" }]);
const PAPER = "Research/Papers/Sparse Routers.md";

async function importedVault(): Promise<string> {
	const vault = await tempVault({ "s.md": SURVEY });
	expect(await runCli(["import", "s.md", "--vault", "."], recordingIo(vault))).toBe(0);
	return vault;
}

function edit(vault: string, note: string, change: (text: string) => string): void {
	const file = path.join(vault, note);
	writeFileSync(file, change(readFileSync(file, "utf8")));
}

describe("survey-vault import keeps what the user wrote", () => {
	it("reports kept edits by note in the output and in --json, and --overwrite-edited replaces them", async () => {
		const vault = await importedVault();
		edit(vault, PAPER, (t) => t.replace("route tokens sparsely.", "route tokens sparsely, as I read it."));
		writeFileSync(path.join(vault, "s.md"), SURVEY.replace("route tokens sparsely.", "route tokens sparsely at scale."));

		const io = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", "."], io)).toBe(0);
		expect(io.out).toContain(`kept your edits in 1 note (${PAPER}); \`--overwrite-edited\` replaces them\n`);
		expect(readFileSync(path.join(vault, PAPER), "utf8")).toContain("as I read it");

		const json = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", ".", "--json", "--dry-run"], json)).toBe(0);
		expect(JSON.parse(json.out)).toMatchObject({ keptEdits: [PAPER], skipped: [] });

		const overwrite = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", ".", "--overwrite-edited", "--json"], overwrite)).toBe(0);
		expect(JSON.parse(overwrite.out)).toMatchObject({ keptEdits: [], updated: [PAPER] });
		expect(readFileSync(path.join(vault, PAPER), "utf8")).toContain("sparsely at scale.");
	});

	it("reports a note with a lost end marker as skipped, by path, and never deletes its text", async () => {
		const vault = await importedVault();
		edit(vault, PAPER, (t) => `${t.replace(/^%% survey-vault:end survey:\S+ %%\n/m, "")}\nMy paragraph.\n`);
		const broken = readFileSync(path.join(vault, PAPER), "utf8");
		for (let run = 0; run < 2; run++) {
			const io = recordingIo(vault);
			expect(await runCli(["import", "s.md", "--vault", ".", "--json"], io)).toBe(0);
			const report = JSON.parse(io.out);
			expect(report.skipped).toEqual([{ path: PAPER, reason: expect.stringMatching(/has no end marker/) }]);
			expect(report.warnings).toContainEqual(expect.stringMatching(new RegExp(`^${PAPER}: the generated region`)));
			expect(readFileSync(path.join(vault, PAPER), "utf8")).toBe(broken);
		}
	});

	it("skips a paper note that is a symbolic link, with a warning naming it, and imports the rest", async () => {
		const elsewhere = await tempVault({ "target.md": "---\ntype: paper\ntitle: Sparse Routers\n---\nMine.\n" });
		const vault = await tempVault({ "s.md": SURVEY });
		mkdirSync(path.join(vault, "Research/Papers"), { recursive: true });
		symlinkSync(path.join(elsewhere, "target.md"), path.join(vault, PAPER));
		const io = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", ".", "--json"], io)).toBe(0);
		const report = JSON.parse(io.out);
		expect(report.skipped).toEqual([{ path: PAPER, reason: "is a symbolic link, which the import does not follow; note left untouched" }]);
		expect(report.created).toContain("Research/Papers/Dense Passing.md");
		expect(lstatSync(path.join(vault, PAPER)).isSymbolicLink()).toBe(true);
		expect(readlinkSync(path.join(vault, PAPER))).toBe(path.join(elsewhere, "target.md"));
		expect(readFileSync(path.join(elsewhere, "target.md"), "utf8")).toBe("---\ntype: paper\ntitle: Sparse Routers\n---\nMine.\n");
	});

	it("names a renamed note whose YAML the user broke in the output and --json, and makes no second note", async () => {
		const vault = await importedVault();
		const text = readFileSync(path.join(vault, PAPER), "utf8").replace("title: Sparse Routers", "title: [Sparse Routers");
		mkdirSync(path.join(vault, "Reading"));
		writeFileSync(path.join(vault, "Reading/Routing.md"), text);
		rmSync(path.join(vault, PAPER));
		const io = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", "."], io)).toBe(0);
		expect(io.out).toMatch(/: 0 created, \d+ updated, \d+ unchanged, 1 skipped\n/);
		expect(io.err).toMatch(/^warning: Reading\/Routing\.md: invalid YAML in frontmatter.*; note left untouched$/m);
		const json = recordingIo(vault);
		expect(await runCli(["import", "s.md", "--vault", ".", "--json"], json)).toBe(0);
		expect(JSON.parse(json.out).skipped).toEqual([{ path: "Reading/Routing.md", reason: expect.stringMatching(/^invalid YAML/) }]);
		expect(existsSync(path.join(vault, PAPER))).toBe(false);
	});
});
