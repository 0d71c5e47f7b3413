import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { describeNoteStoreContract } from "../../support/note-store-contract";

describeNoteStoreContract("MemoryStore", async (initial) => new MemoryStore(initial));

describe("MemoryStore", () => {
	it("snapshots its files sorted by path", async () => {
		const store = new MemoryStore({ "b.md": "B" });
		await store.create("a.md", "A");
		expect(Object.keys(store.snapshot())).toEqual(["a.md", "b.md"]);
	});
});
