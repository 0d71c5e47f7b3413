import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { readVaultNotes } from "../../../src/core/papers/paper-reader";
import { findPaperTableBlock, vaultPapersOf } from "../../../src/core/query/vault-papers";

describe("vaultPapersOf", () => {
	it("reads papers, note types and links from every note, leaving out unreadable ones", async () => {
		const store = new MemoryStore({
			"P/Fjord Tides.md": '---\ntype: paper\ntitle: Fjord Tides\ndirections: ["[[Glaciers]]"]\n---\n',
			"D/Glaciers.md": "---\ntype: direction\n---\n[[Fjord Tides]] and [[Nowhere]]\n",
			"P/Broken.md": "---\ntype: paper\ntitle: [oops\n---\n",
			"image.png": "not a note",
		});
		const vault = vaultPapersOf(await readVaultNotes(store, { keepText: true }));
		expect([...vault.records.all()].map((r) => r.title)).toEqual(["Fjord Tides"]);
		expect(vault.noteTypes.get("D/Glaciers.md")).toBe("direction");
		expect([...vault.links.linksFrom("D/Glaciers.md")]).toEqual(["P/Fjord Tides.md"]);
		expect([...vault.links.linksTo("D/Glaciers.md")]).toEqual(["P/Fjord Tides.md"]);
		expect(vault.skipped.map((s) => s.path)).toEqual(["P/Broken.md"]);
	});
});

describe("findPaperTableBlock", () => {
	it("finds the first paper-table block with backticks or tildes", () => {
		expect(findPaperTableBlock("# Note\n\n```paper-table\nsort: year\n```\n\n```paper-table\nlimit: 1\n```\n")).toBe("sort: year\n");
		expect(findPaperTableBlock("~~~~ paper-table\nlimit: 2\n~~~~\n")).toBe("limit: 2\n");
		expect(findPaperTableBlock("```paper-table\n```\n")).toBe("");
		expect(findPaperTableBlock("```js\nx\n```\n")).toBeNull();
	});
});
