import { afterEach, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, writeFile, mkdir, symlink } from "node:fs/promises";
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

	it("reads a long note's frontmatter without its body, and a short or fence-less note whole", async () => {
		const body = "Long body line.\n".repeat(8000);
		const head = "---\ntype: paper\ntitle: Long One\n---\n";
		const root = await tempVault({ "long.md": head + body, "short.md": "---\na: 1\n---\nbody\n", "open.md": `---\ntitle: never closed\n${body}` });
		const store = new FsStore(root);
		expect(await store.readFrontmatter("long.md")).toBe(head);
		expect(await store.readFrontmatter("short.md")).toBe("---\na: 1\n---\nbody\n");
		expect(await store.readFrontmatter("open.md")).toBe(`---\ntitle: never closed\n${body}`);
		await expect(store.readFrontmatter("none.md")).rejects.toMatchObject({ code: "missing" });
	});

	it("refuses to read a note that is a symbolic link, whole or its frontmatter", async () => {
		const root = await tempVault({ "real.md": "---\na: 1\n---\n" });
		await symlink(path.join(root, "real.md"), path.join(root, "link.md"));
		const store = new FsStore(root);
		await expect(store.read("link.md")).rejects.toMatchObject({ message: "link.md: is a symbolic link, which the import does not follow" });
		await expect(store.readFrontmatter("link.md")).rejects.toMatchObject({ message: "link.md: is a symbolic link, which the import does not follow" });
	});
});
