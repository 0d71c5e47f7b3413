import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../src/core/survey";
import { MemoryStore } from "../../src/core/store/memory-store";
import { importText } from "../support/import";
import { invalidFrontmatter, unresolvedLinks } from "../support/vault-checks";

const LINE = "Ada Byron et al. [Sparse Routers](https://arxiv.org/abs/2403.01234) propose routing.";

describe("malformed Markdown", () => {
	it("unterminated frontmatter is read as body, with a warning on line 1", () => {
		const s = parseSurvey(`---\ntitle: Never closed\n\n${LINE}\n`);
		expect(s.papers).toHaveLength(1);
		expect(s.title).not.toBe("Never closed");
		expect(s.warnings[0]).toEqual({ line: 1, message: "frontmatter is not closed by a '---' line; read as body text" });
	});

	it("frontmatter that is not a mapping is ignored, with a warning", () => {
		const s = parseSurvey(`---\n- just\n- a list\n---\n${LINE}\n`);
		expect(s.papers).toHaveLength(1);
		expect(s.warnings[0].message).toMatch(/frontmatter is not a mapping/);
	});

	it("invalid YAML is ignored, with a warning naming its line", () => {
		const s = parseSurvey(`---\ntitle: ok\ntags: [a, b\n---\n${LINE}\n`);
		expect(s.papers).toHaveLength(1);
		expect(s.warnings[0].message).toMatch(/invalid YAML in frontmatter/);
	});

	it("ragged table rows and escaped pipes keep each value in its column", () => {
		const s = parseSurvey(
			[
				"## Comparative Analysis",
				"| Title | Year | Citations | Score |",
				"| --- | --- | --- | --- |",
				"| [Pipes \\| Filters](https://arxiv.org/abs/2403.00001) | 2024 |",
				"| [Too Many Cells](https://arxiv.org/abs/2403.00002) | 2023 | 7 | 2.5 | extra | more |",
			].join("\n"),
		);
		expect(s.papers.map((p) => [p.title, p.year, p.citations, p.score])).toEqual([
			["Pipes | Filters", 2024, undefined, undefined],
			["Too Many Cells", 2023, 7, 2.5],
		]);
	});

	it("an unclosed link is text (its bare URL still counts), and the rest of the document is read", () => {
		const s = parseSurvey(`[Broken link](https://arxiv.org/abs/2403.00009\n\n${LINE}\n`);
		expect(s.papers.map((p) => p.key)).toEqual(["2403.00009", "2403.01234"]);
		expect(s.papers[0].title).not.toContain("Broken link");
	});

	it("nesting 1,000 levels deep and a 1 MB single line are read without failing", () => {
		expect(parseSurvey(`${"> ".repeat(1000)}${LINE}\n\n${LINE}`).papers).toHaveLength(1);
		expect(parseSurvey(`${"- ".repeat(1000)}${LINE}\n\n${LINE}`).papers).toHaveLength(1);
		const long = parseSurvey(`${LINE} ${"word ".repeat(210_000)}\n`);
		expect(long.papers[0].title).toBe("Sparse Routers");
		// Past the nesting limit the rest of the document would be lost: it is refused, naming the line.
		expect(() => parseSurvey(`${LINE}\n\n${"- ".repeat(1500)}x\n`)).toThrow(/nested too deeply at line 3/);
		expect(() => parseSurvey(`---\ntitle: t\n---\n${"- ".repeat(1500)}${LINE}\n\n${LINE}\n`)).toThrow(/at line 4 .*nothing was imported/);
		expect(() => parseSurvey(`${LINE}\n\n${"> ".repeat(20000)}x\n`)).toThrow(/nested too deeply to read/);
	});

	it("whatever came in, the notes written are valid and linked", async () => {
		const store = new MemoryStore();
		await importText(store, `---\ntitle: [broken\n---\n| Title |\n|---|\n| [A \\| B](https://arxiv.org/abs/2403.00001) |\n\n${LINE}\n`, "mess.md");
		expect(invalidFrontmatter(store.snapshot())).toEqual([]);
		expect(unresolvedLinks(store.snapshot())).toEqual([]);
	});
});
