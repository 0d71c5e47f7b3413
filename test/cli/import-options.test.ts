import { describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempDirs } from "../support/temp-dirs";

const FIXTURE = path.resolve(__dirname, "../fixtures/surveys/en-digest-topics.md");
const temp = useTempDirs("survey-vault-options");

/** A vault folder with the fixture survey beside it, as the working directory. */
function setup(): { cwd: string; vault: string } {
	const cwd = temp();
	copyFileSync(FIXTURE, path.join(cwd, "digest.md"));
	mkdirSync(path.join(cwd, "vault"));
	return { cwd, vault: path.join(cwd, "vault") };
}

function files(root: string, dir = ""): string[] {
	return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(root, path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join("/")]));
}

describe("survey-vault import refuses bad options by name", () => {
	it("says a --vault that is a file is a file, not a folder", async () => {
		const { cwd } = setup();
		for (const command of [["import", "digest.md"], ["table"], ["search", "speech"]]) {
			const io = recordingIo(cwd);
			expect(await runCli([...command, "--vault", "digest.md"], io)).toBe(1);
			expect(io.err).toBe(`survey-vault: --vault digest.md: is a file, not a folder; give the vault's folder; see 'survey-vault ${command[0]} --help'\n`);
		}
		const missing = recordingIo(cwd);
		expect(await runCli(["import", "digest.md", "--vault", "nowhere"], missing)).toBe(1);
		expect(missing.err).toBe("survey-vault: --vault nowhere: no such folder; see 'survey-vault import --help'\n");
	});

	it("refuses an absolute or escaping --folder, which must be a folder inside the vault", async () => {
		const { cwd, vault } = setup();
		for (const folder of ["/abs/path", "C:\\Notes", "../outside"]) {
			const io = recordingIo(cwd);
			expect(await runCli(["import", "digest.md", "--vault", "vault", "--folder", folder], io)).toBe(2);
			expect(io.err).toMatch(new RegExp(`^survey-vault: import: --folder takes a folder inside the vault, such as "Research", .*; see 'survey-vault import --help'\\n$`));
		}
		expect(files(vault)).toEqual([]);
	});

	it("refuses a --name-template with an unknown placeholder, listing the known ones", async () => {
		const { cwd, vault } = setup();
		const io = recordingIo(cwd);
		expect(await runCli(["import", "digest.md", "--vault", "vault", "--name-template", "{{year}} {{nope}}"], io)).toBe(2);
		expect(io.err).toBe("survey-vault: import: --name-template: unknown placeholder {{nope}}; known: {{title}}, {{shortTitle}}, {{year}}, {{firstAuthor}}, {{author}}, {{arxiv}}; see 'survey-vault import --help'\n");
		expect(files(vault)).toEqual([]);
	});

	it("stores --tag \"#x\" as x", async () => {
		const { cwd, vault } = setup();
		expect(await runCli(["import", "digest.md", "--vault", "vault", "--tag", "#audio", "--tag", "ml"], recordingIo(cwd))).toBe(0);
		const paper = files(vault).find((f) => f.startsWith("Research/Papers/")) ?? "";
		expect(readFileSync(path.join(vault, paper), "utf8")).toContain("tags:\n  - audio\n  - ml\n");
	});

	it("warns of a data.json that does not parse, naming it, and leaves it as it was", async () => {
		const { cwd, vault } = setup();
		const settingsFile = path.join(vault, ".obsidian/plugins/survey-vault/data.json");
		mkdirSync(path.dirname(settingsFile), { recursive: true });
		writeFileSync(settingsFile, '{"papersFolder": "Lit/Papers",');
		const io = recordingIo(cwd);
		expect(await runCli(["import", "digest.md", "--vault", "vault"], io)).toBe(0);
		expect(io.err).toContain("warning: .obsidian/plugins/survey-vault/data.json does not parse as JSON");
		expect(io.err).toContain("the default settings are used and the file is left as it is");
		expect(readFileSync(settingsFile, "utf8")).toBe('{"papersFolder": "Lit/Papers",');
		expect(files(vault).some((f) => f.startsWith("Research/Papers/"))).toBe(true);
	});
});
