import { describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { fsErrorReason, plainReason } from "../../src/cli/fs-errors";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempDirs } from "../support/temp-dirs";

const temp = useTempDirs("survey-vault-fs-errors");

describe("file-system failures in words", () => {
	it("never shows a Node error code", () => {
		expect(plainReason("EISDIR: illegal operation on a directory, read")).toBe("is a folder, not a file");
		expect(plainReason("Research/x.md: ENOENT: no such file or directory, open '/v/Research/x.md'")).toBe("Research/x.md: no such file or folder");
		expect(plainReason("EXDEV: cross-device link not permitted, rename 'a' -> 'b'")).not.toMatch(/\bE[A-Z]{2,}\b/);
		expect(fsErrorReason(Object.assign(new Error("ENOTDIR: not a directory, open 'a/b'"), { code: "ENOTDIR" }))).toBe("a part of the path is a file, not a folder");
		expect(fsErrorReason(Object.assign(new Error("x"), { code: "ENOENT" }), "no such file")).toBe("no such file");
	});

	it("says a --spec that is a folder is a folder", async () => {
		const vault = temp();
		mkdirSync(path.join(vault, "specs"));
		const io = recordingIo(vault);
		expect(await runCli(["table", "--vault", ".", "--spec", "specs"], io)).toBe(1);
		expect(io.err).toBe("survey-vault: specs: is a folder, not a file; see 'survey-vault table --help'\n");
	});
});
