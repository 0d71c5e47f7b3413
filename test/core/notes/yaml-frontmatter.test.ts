import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import { editFrontmatter } from "../../../src/core/notes/frontmatter-edit";
import { yamlEntry } from "../../../src/core/notes/yaml-writer";
import { parseNoteFrontmatter } from "../../../src/core/markdown/frontmatter";

describe("yamlEntry", () => {
	it.each(["yes", "null", "- x", ": x", "'", '"', "2511.21691", "#tag", "[[Link]]", "a: b", "  padded ", "line\nbreak", "tab\there", "\u2028", "1e5", "0x1F", "~", "%x", "@x", "`x`", "Ünïcödé 多模态", ""])("round-trips the string %j", (value) => {
		const yaml = yamlEntry("k", value);
		expect(matter(`---\n${yaml}---\n`, {}).data.k).toBe(value);
	});

	it("writes numbers, lists and dates as Obsidian does", () => {
		expect(yamlEntry("year", 2025)).toBe("year: 2025\n");
		expect(yamlEntry("authors", ["Ada Byron", "yes"])).toBe('authors:\n  - Ada Byron\n  - "yes"\n');
		expect(yamlEntry("imported", "2026-11-21")).toBe("imported: 2026-11-21\n");
		expect(parseNoteFrontmatter(`---\n${yamlEntry("imported", "2026-11-21")}---\n`).imported).toBe("2026-11-21");
	});
});

describe("editFrontmatter", () => {
	const note = "---\n# my comment\ntitle: Old   # inline\nmine: { a: 1 }\nlist:\n  - x\n\n---\nBody\n";

	it("replaces owned keys in place and keeps everything else byte for byte", () => {
		const out = editFrontmatter(note, [["title", "New"], ["year", 2024]]);
		expect(out).toBe("---\n# my comment\ntitle: New\nmine: { a: 1 }\nlist:\n  - x\n\nyear: 2024\n---\nBody\n");
	});

	it("keeps a key's formatting when its value is unchanged", () => {
		const text = "---\ntitle:   Same\n---\n";
		expect(editFrontmatter(text, [["title", "Same"]])).toBe(text);
	});

	it("adds frontmatter to a note that has none", () => {
		expect(editFrontmatter("Body\n", [["type", "paper"]])).toBe("---\ntype: paper\n---\nBody\n");
	});
});
