import { afterEach, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FsStore } from "../../src/cli/fs-store";
import { describeNoteStoreContract } from "../support/note-store-contract";

const dirs: string[] = [];

async function tempVault(initial: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), "survey-vault-"));
	dirs.push(dir);
	for (const [p, text] of Object.entries(initial)) {
		await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
		await writeFile(path.join(dir, p), text);
	}
	return dir;
}

afterEach(async () => {
	for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describeNoteStoreContract("FsStore", async (initial) => new FsStore(await tempVault(initial)));

describe("FsStore", () => {
	it("refuses paths that leave the vault folder", async () => {
		const root = await tempVault({});
		const store = new FsStore(path.join(root, "vault"));
		await expect(store.create("../escape.md", "x")).rejects.toMatchObject({ code: "outside" });
		await expect(store.read("/etc/passwd")).rejects.toMatchObject({ code: "outside" });
		expect(await readdir(root)).toEqual([]);
	});

	it("leaves no temporary file behind", async () => {
		const root = await tempVault({});
		const store = new FsStore(root);
		await store.create("a.md", "A");
		await store.modify("a.md", "B", "A");
		expect(await readdir(root)).toEqual(["a.md"]);
	});
});
