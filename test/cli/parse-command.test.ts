import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { REPORT_SEED, SEEDS_DIR } from "../support/seeds";
import { itWithShared } from "../support/shared";

describe("survey-vault parse", () => {
	itWithShared("seeds", "prints the model as JSON", async () => {
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["parse", REPORT_SEED, "--json"], io)).toBe(0);
		const model = JSON.parse(io.out);
		expect(model.papers).toHaveLength(5);
		expect(Object.keys(model.papers[0])).toEqual(expect.arrayContaining(["title", "arxiv", "url", "authors", "year", "citations", "score", "method", "innovation"]));
		expect(model.directions[0].papers).toEqual(["2601.11109"]);
		expect(model.trends[2].papers).toEqual(["2511.08585", "2601.07823"]);
	});

	itWithShared("seeds", "prints a readable summary", async () => {
		const io = recordingIo(SEEDS_DIR);
		expect(await runCli(["parse", REPORT_SEED], io)).toBe(0);
		expect(io.out).toContain("5 papers, 3 directions, 3 trends");
	});

	it("fails with exit 1 and a message naming the file when it is not a survey", async () => {
		const dir = mkdtempSync(path.join(tmpdir(), "survey-vault-parse-"));
		writeFileSync(path.join(dir, "notes.md"), "# Shopping\n\n- milk\n");
		const io = recordingIo(dir);
		expect(await runCli(["parse", "notes.md"], io)).toBe(1);
		expect(io.err).toMatch(/^survey-vault: notes\.md: no papers found/);
		const missing = recordingIo(dir);
		expect(await runCli(["parse", "gone.md"], missing)).toBe(1);
		expect(missing.err).toBe("survey-vault: gone.md: no such file; see 'survey-vault parse --help'\n");
	});

	it("reads standard input for -", async () => {
		const io = recordingIo("/", "[A Paper](https://arxiv.org/abs/2403.01234)\n");
		expect(await runCli(["parse", "-", "--json"], io)).toBe(0);
		expect(JSON.parse(io.out).papers[0].key).toBe("2403.01234");
	});

	it("rejects a missing or extra FILE as a usage error", async () => {
		const io = recordingIo("/");
		expect(await runCli(["parse"], io)).toBe(2);
		expect(await runCli(["parse", "a", "b"], io)).toBe(2);
	});
});
