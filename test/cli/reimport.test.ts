import { describe, expect, it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempDirs } from "../support/temp-dirs";

const tempVault = useTempDirs("survey-vault-reimport");
const FIXTURES = path.resolve(__dirname, "../fixtures/surveys");

/** Every file under a folder, hidden ones too, with what changes when it is written: inode and modification time. */
function snapshot(root: string, dir = ""): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
		const rel = path.join(dir, e.name);
		if (e.isDirectory()) Object.assign(out, snapshot(root, rel));
		else {
			const s = statSync(path.join(root, rel));
			out[rel.split(path.sep).join("/")] = `${s.ino}:${s.mtimeMs}:${s.size}`;
		}
	}
	return out;
}

describe("re-importing a survey that changed nothing", () => {
	it("writes no file: every note keeps its inode and modification time, and no file comes or goes", async () => {
		const vault = tempVault();
		const surveys = ["en-report-llm-agents.md", "zh-digest-recsys.md"].map((f) => path.join(FIXTURES, f));
		expect(await runCli(["import", ...surveys, "--vault", vault], recordingIo(FIXTURES))).toBe(0);
		const before = snapshot(vault);
		expect(Object.keys(before).filter((f) => f.endsWith(".md")).length).toBeGreaterThan(10);

		const again = recordingIo(FIXTURES);
		expect(await runCli(["import", ...surveys, "--vault", vault, "--json"], again)).toBe(0);
		const report = JSON.parse(again.out) as { created: string[]; updated: string[]; unchanged: string[] };
		expect(report.created).toEqual([]);
		expect(report.updated).toEqual([]);
		expect(report.unchanged.length).toBe(Object.keys(before).filter((f) => f.endsWith(".md")).length);
		expect(snapshot(vault)).toEqual(before);
	});
});
