import { describe, expect, it } from "vitest";
import { readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { MAX_SURVEY_BYTES, parseSurvey } from "../../src/core/survey";
import { recordingIo } from "../support/cli-io";
import { useTempDirs } from "../support/temp-dirs";

const temp = useTempDirs("survey-vault-input");

const SURVEY = "# Digest\n\nAda Byron et al. [Sparse Routers](https://arxiv.org/abs/2403.01234) propose routing.\n";

/** Imports one file's bytes with the CLI; returns exit code, stderr and what the vault holds after. */
async function importBytes(bytes: Uint8Array | string): Promise<{ code: number; err: string; written: string[] }> {
	const src = temp();
	const vault = temp();
	writeFileSync(path.join(src, "inbox.md"), bytes);
	const io = recordingIo(src);
	const code = await runCli(["import", "inbox.md", "--vault", vault], io);
	return { code, err: io.err, written: readdirSync(vault) };
}

describe("input that is not a survey fails cleanly, names the file and writes nothing", () => {
	it.each([
		["prose with no paper links", "# Thoughts\n\nA [blog post](https://example.com) about nothing.\n", /inbox\.md: no papers found/],
		["an empty file", "", /inbox\.md: the document is empty/],
		["whitespace only", " \n\t \n", /inbox\.md: the document is empty/],
		["a binary file", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /inbox\.md: the document contains NUL bytes \(first at offset 4\)/],
		["invalid UTF-8", new Uint8Array([0x23, 0x20, 0x41, 0xff, 0xfe, 0x42]), /inbox\.md: the document is not valid UTF-8 \(first bad byte at offset 3\)/],
		["a file over the size limit", "x".repeat(MAX_SURVEY_BYTES + 10), /inbox\.md: the document is 10\.0 MB; the limit is 10 MB/],
	])("%s", async (_, bytes, message) => {
		const { code, err, written } = await importBytes(bytes);
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(err).toContain("nothing was imported");
		expect(written).toEqual([]);
	});
});

describe("encodings and line endings are read as text", () => {
	it.each([
		["a UTF-8 BOM", `\uFEFF${SURVEY}`],
		["CRLF line endings", SURVEY.replace(/\n/g, "\r\n")],
		["lone-CR line endings", SURVEY.replace(/\n/g, "\r")],
	])("%s", async (_, text) => {
		const s = parseSurvey(new TextEncoder().encode(text));
		expect(s.title).toBe("Digest");
		expect(s.papers.map((p) => [p.key, p.title, p.authors[0]])).toEqual([["2403.01234", "Sparse Routers", "Ada Byron"]]);
		const { code, written } = await importBytes(text);
		expect(code).toBe(0);
		expect(written).toEqual(["Research"]);
	});
});
