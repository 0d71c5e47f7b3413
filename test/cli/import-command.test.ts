import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { DIGEST_SEED, REPORT_SEED, SEEDS_DIR } from "../support/seeds";
import { itWithShared } from "../support/shared";
import { useTempDirs } from "../support/temp-dirs";

const tempVault = useTempDirs("survey-vault-cli");

function files(root: string, dir = ""): string[] {
	return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(root, path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join("/")]));
}

describe("survey-vault import", () => {
	itWithShared("seeds", "imports both seeds into a folder and reports JSON counts", async () => {
		const vault = tempVault();
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault, "--json"], io)).toBe(0);
		const report = JSON.parse(io.out);
		expect(report).toMatchObject({ papers: 39, directions: 10, trends: 8, updated: [], unchanged: [] });
		expect(report.created).toHaveLength(59);
		expect(files(vault).filter((f) => f.endsWith(".md"))).toHaveLength(59);
		expect(files(vault).some((f) => f.endsWith(".tmp"))).toBe(false);

		const again = recordingIo(SEEDS_DIR);
		expect(await runCli(["import", REPORT_SEED, DIGEST_SEED, "--vault", vault, "--json"], again)).toBe(0);
		expect(JSON.parse(again.out)).toMatchObject({ created: [], updated: [] });
		expect(JSON.parse(again.out).unchanged).toHaveLength(59);
	});

	itWithShared("seeds", "writes nothing on a dry run", async () => {
		const vault = tempVault();
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["import", REPORT_SEED, "--vault", vault, "--dry-run"], io)).toBe(0);
		expect(io.out).toContain("Would import 000_d81ae2f4998a77c7.txt (Multimodal 领域前沿进展深度研报): 12 created");
		expect(files(vault)).toEqual([]);
	});

	itWithShared("seeds", "uses the folders in the vault's plugin settings", async () => {
		const vault = tempVault();
		mkdirSync(path.join(vault, ".obsidian/plugins/survey-vault"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian/plugins/survey-vault/data.json"), JSON.stringify({ papersFolder: "Lit/Papers", paperTags: ["lit"] }));
		expect(await runCli(["import", REPORT_SEED, "--vault", vault], recordingIo(SEEDS_DIR))).toBe(0);
		const papers = files(vault).filter((f) => f.startsWith("Lit/Papers/"));
		expect(papers).toHaveLength(5);
		expect(readFileSync(path.join(vault, papers[0]), "utf8")).toContain("tags:\n  - lit\n");
	});

	itWithShared("seeds", "refuses bad input before writing anything, naming the file", async () => {
		const vault = tempVault();
		const src = tempVault();
		writeFileSync(path.join(src, "notes.md"), "# Groceries\n\n- eggs\n");
		const io = recordingIo(src);
		expect(await runCli(["import", path.join(SEEDS_DIR, REPORT_SEED), "notes.md", "--vault", vault], io)).toBe(1);
		expect(io.err).toMatch(/^survey-vault: notes\.md: no papers found.*\(nothing was imported\); see 'survey-vault import --help'\n$/);
		expect(files(vault)).toEqual([]);
	});

	it("rejects usage errors with exit 2", async () => {
		expect(await runCli(["import", REPORT_SEED], recordingIo(SEEDS_DIR))).toBe(2);
		expect(await runCli(["import", "--vault", "x"], recordingIo(SEEDS_DIR))).toBe(2);
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["import", REPORT_SEED, "--vault", "/nonexistent/vault"], io)).toBe(1);
		expect(io.err).toContain("--vault /nonexistent/vault: no such folder");
	});
});
