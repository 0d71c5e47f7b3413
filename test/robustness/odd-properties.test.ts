// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { App, FakeRenderContext, type Plugin as FakePlugin } from "../fakes/obsidian";
import SurveyVaultPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { createSearchIndex, searchPapers } from "../../src/core/search";
import { toPaperRecord } from "../../src/core/papers/paper-record";
import { parseNoteFrontmatter } from "../../src/core/markdown/frontmatter";
import { parseTableSpec } from "../../src/core/query/spec-yaml";
import { parseWhere } from "../../src/core/query/where-parser";
import type * as O from "obsidian";

/** Paper notes whose properties a user (or another plugin) typed oddly. */
const ODD = {
	"Papers/List year.md": "---\ntype: paper\ntitle: List Year Paper\nyear: [2024, 2025]\nscore: 3.1\n---\n",
	"Papers/Text score.md": "---\ntype: paper\ntitle: Text Score Paper\nyear: \"2025\"\nscore: high\ncitations: {a: 1}\n---\n",
	"Papers/Number title.md": "---\ntype: paper\ntitle: 42\nauthors: Solo Author\ndirections: 5\nyear: 2026\nscore: 2\n---\n",
	"Papers/Null everything.md": "---\ntype: paper\ntitle:\nyear:\nscore:\nauthors: [null, 3, [x]]\ntags: \"#single\"\n---\n",
	"Papers/Plain.md": "---\ntype: paper\ntitle: Plain Paper\nyear: 2025\nscore: 4.5\nvenue: ICML\n---\n",
};

describe("oddly typed properties", () => {
	it("a paper-table block renders all of them and sorts and filters by kind", async () => {
		const app = new App();
		for (const [p, t] of Object.entries(ODD)) app.vault.seed(p, t);
		const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
		await plugin.onload();
		const processor = (plugin as unknown as FakePlugin).codeBlockProcessors.get("paper-table");
		expect(processor).toBeDefined();
		for (const source of ["sort: score desc\ncolumns: [title, year, score, citations, authors, directions, tags]\n", "where: year >= 2025\nsort: year desc\n"]) {
			const el = document.createElement("div");
			const ctx = new FakeRenderContext("Notes/overview.md");
			await processor?.(source, el, ctx);
			expect(el.querySelector(".survey-vault-table-error")).toBeNull();
			expect(el.querySelectorAll("tbody tr").length).toBeGreaterThan(0);
			ctx.close();
		}
		const el = document.createElement("div");
		await processor?.("sort: score desc\ncolumns: [title, score]\n", el, new FakeRenderContext("x.md"));
		const titles = [...el.querySelectorAll("tbody tr")].map((tr) => tr.querySelector("td")?.textContent);
		// Numbers sort among themselves; a missing score sorts last.
		expect(titles.filter((t) => ["Plain Paper", "List Year Paper", "42"].includes(t ?? ""))).toEqual(["Plain Paper", "List Year Paper", "42"]);
		expect(titles.at(-1)).toBe("Null everything");
		expect(titles).toHaveLength(5);
	});

	it("search indexes and finds them", () => {
		const records = Object.entries(ODD).map(([p, t]) => toPaperRecord(p, parseNoteFrontmatter(t)));
		const index = createSearchIndex(records);
		expect(searchPapers(index, "list year")[0].record.path).toBe("Papers/List year.md");
		expect(searchPapers(index, "year:2026")[0].record.path).toBe("Papers/Number title.md");
		expect(searchPapers(index, "").length).toBe(5);
	});

	it("the block and where parsers return errors as values, never throw", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), (s) => {
				expect(typeof parseTableSpec(s).ok).toBe("boolean");
				expect(typeof parseWhere(s).ok).toBe("boolean");
			}),
			{ numRuns: 500 },
		);
	});
});
