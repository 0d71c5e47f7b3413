import { describe, expect, it } from "vitest";
import type { NoteStore } from "../../src/core/store/note-store";
import { StoreError } from "../../src/core/store/note-store";

/**
 * The behaviour every NoteStore must share, run against each implementation
 * (memory, file system, Obsidian vault) so the importer sees one contract.
 */
export function describeNoteStoreContract(name: string, make: (initial: Record<string, string>) => Promise<NoteStore>): void {
	describe(`${name} (NoteStore contract)`, () => {
		it("lists Markdown notes only, sorted or not, by vault path", async () => {
			const store = await make({ "a.md": "A", "dir/b.md": "B", "dir/image.png": "x" });
			expect((await store.listNotes()).sort()).toEqual(["a.md", "dir/b.md"]);
		});

		it("reads what was created and tells files from folders", async () => {
			const store = await make({});
			await store.createFolder("Research/Papers");
			await store.create("Research/Papers/x.md", "hello\n");
			expect(await store.read("Research/Papers/x.md")).toBe("hello\n");
			expect(await store.stat("Research/Papers/x.md")).toBe("file");
			expect(await store.stat("Research/Papers")).toBe("folder");
			expect(await store.stat("Research")).toBe("folder");
			expect(await store.stat("Research/none.md")).toBeNull();
		});

		it("refuses to create over an existing note", async () => {
			const store = await make({ "a.md": "mine" });
			await expect(store.create("a.md", "theirs")).rejects.toBeInstanceOf(StoreError);
			expect(await store.read("a.md")).toBe("mine");
		});

		it("modifies only when the note still reads as expected", async () => {
			const store = await make({ "a.md": "v1" });
			await store.modify("a.md", "v2", "v1");
			expect(await store.read("a.md")).toBe("v2");
			await expect(store.modify("a.md", "v3", "v1")).rejects.toMatchObject({ code: "conflict", path: "a.md" });
			expect(await store.read("a.md")).toBe("v2");
		});

		it("reports a missing note with its path", async () => {
			const store = await make({});
			await expect(store.read("nope.md")).rejects.toMatchObject({ path: "nope.md" });
		});

		it("refuses a folder where a file stands", async () => {
			const store = await make({ "Research": "a file, not a folder" });
			await expect(store.createFolder("Research/Papers")).rejects.toBeInstanceOf(StoreError);
			expect(await store.read("Research")).toBe("a file, not a folder");
		});

		it("creating an existing folder is a no-op", async () => {
			const store = await make({ "Research/a.md": "A" });
			await store.createFolder("Research");
			expect(await store.read("Research/a.md")).toBe("A");
		});
	});
}
