import { describe, expect, it } from "vitest";
import { parseSurvey, SurveyParseError, MAX_SURVEY_BYTES } from "../../../src/core/survey";

const digest = (body: string): string => `---\ntitle: "Weekly digest"\nlang: en\n---\n\n${body}`;

describe("parseSurvey: papers", () => {
	it("treats every link form of one paper as one paper", () => {
		const s = parseSurvey(
			digest(
				[
					"Ada Byron et al. [Sparse Graph Routers](https://arxiv.org/abs/2403.01234v1) propose routing. Published at ICML 2024.",
					"",
					"See also the [PDF](https://arxiv.org/pdf/2403.01234v2.pdf) and [(Byron et al. 2024)]( https://arxiv.org/abs/2403.01234 ).",
					"",
					"Listed again: [Sparse Graph Routers](<https://arxiv.org/html/2403.01234v3>).",
				].join("\n"),
			),
		);
		expect(s.papers).toHaveLength(1);
		expect(s.papers[0]).toMatchObject({ key: "2403.01234", title: "Sparse Graph Routers", authors: ["Ada Byron"], venue: "ICML", year: 2024, yearSource: "text" });
		expect(s.papers[0].mentions).toEqual([6, 8, 10]);
		expect(s.language).toBe("en");
	});

	it("joins a table row without a link to its review heading by title", () => {
		const s = parseSurvey(
			[
				"# Report",
				"## Comparative Analysis",
				"| Title | Year | Citations | Score | Method | Contribution | Dataset |",
				"| --- | --- | --- | --- | --- | --- | --- |",
				"| Quiet Protein Folding | 2023 | 1,204 | 4.5/5 | Diffusion | Fast | PDB |",
				"| [Loud Folding](https://doi.org/10.1145/3580305.3599256) | 2024 | N/A | 3 | GNN | Accurate | CATH |",
				"## In-depth Review",
				"### 1. *Quiet Protein Folding*",
				"**Background:** folding is slow.",
				"**Method:** diffusion over torsions.",
				"**Results:** 3x faster.",
			].join("\n"),
		);
		expect(s.papers.map((p) => [p.key, p.year, p.citations, p.score, p.extra.dataset])).toEqual([
			["title:quiet protein folding", 2023, 1204, 4.5, "PDB"],
			["doi:10.1145/3580305.3599256", 2024, undefined, 3, "CATH"],
		]);
		expect(s.papers[0].review.map((r) => r.heading)).toEqual(["Background", "Method", "Results"]);
		expect(s.papers[1].doi).toBe("10.1145/3580305.3599256");
		expect(s.warnings).toEqual([]);
	});

	it("reads research directions given as headings with paper bullets, and trends as a numbered list", () => {
		const s = parseSurvey(
			[
				"# Digest",
				"Jane Roe et al. [Tiny Agents](https://arxiv.org/abs/2501.00001) propose small agents.",
				"",
				"Kai Lee et al. [Big Planners](https://openreview.net/forum?id=XyZ123) scale planning. Accepted to NeurIPS 2024.",
				"## Themes",
				"### Agent efficiency",
				"Making agents cheap.",
				"* [Tiny Agents](https://arxiv.org/abs/2501.00001)",
				"### Planning at scale",
				"+ [Big Planners](https://openreview.net/forum?id=XyZ123)",
				"## Outlook",
				"1. **Smaller models**: Tiny Agents shows the way.",
				"2. **Longer horizons**: planners grow [(Lee et al. 2024)](https://openreview.net/forum?id=XyZ123).",
			].join("\n"),
		);
		expect(s.directions).toEqual([
			{ name: "Agent efficiency", overview: "Making agents cheap.", papers: ["2501.00001"] },
			{ name: "Planning at scale", papers: ["openreview:XyZ123"] },
		]);
		expect(s.trends.map((t) => [t.name, t.papers])).toEqual([
			["Smaller models", ["2501.00001"]],
			["Longer horizons", ["openreview:XyZ123"]],
		]);
		expect(s.papers[1]).toMatchObject({ venue: "NeurIPS", year: 2024, authors: ["Kai Lee"] });
	});
});

describe("parseSurvey: bad input", () => {
	const fails = (input: string | Uint8Array, code: string, pattern: RegExp): void => {
		let error: unknown;
		try {
			parseSurvey(input, { fileName: "inbox/x.md" });
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(SurveyParseError);
		expect((error as SurveyParseError).code).toBe(code);
		expect((error as SurveyParseError).message).toMatch(pattern);
	};

	it("refuses a document without papers, naming the file and what was looked for", () => {
		fails("# Notes\n\nJust prose about [a blog](https://example.com).\n", "no-papers", /^inbox\/x\.md: no papers found: looked for paper links \(arXiv, DOI.*reference lines/);
	});

	it("refuses empty, whitespace, binary, mis-encoded and oversized input", () => {
		fails("", "empty", /empty/);
		fails(" \n\t\n", "empty", /empty/);
		fails(new Uint8Array([0x23, 0x20, 0x00, 0x01]), "binary", /NUL bytes \(first at offset 2\)/);
		fails(new Uint8Array([0x23, 0x20, 0xc3, 0x28]), "encoding", /not valid UTF-8 \(first bad byte at offset 2\)/);
		fails("a".repeat(MAX_SURVEY_BYTES + 1), "too-large", /limit is 10 MB/);
	});

	it("reads CRLF, lone CR and a BOM as plain line ends", () => {
		const text = "\uFEFF# T\r\n\r\nAda Byron et al. [A Paper](https://arxiv.org/abs/2403.01234)\rpropose x.\r\n";
		const s = parseSurvey(text);
		expect(s.title).toBe("T");
		expect(s.papers[0]).toMatchObject({ title: "A Paper", authors: ["Ada Byron"] });
	});

	it("reports broken frontmatter as a warning with its line and still reads the body", () => {
		const s = parseSurvey("---\ntitle: [unclosed\n---\n[A Paper](https://arxiv.org/abs/2403.01234)\n", { fileName: "x.md" });
		expect(s.papers).toHaveLength(1);
		expect(s.warnings[0].message).toMatch(/invalid YAML in frontmatter/);
		expect(s.warnings[0].line).toBeGreaterThanOrEqual(2);
	});
});

describe("parseSurvey: review variations", () => {
	it("reads labelled review parts given as list items", () => {
		const s = parseSurvey(
			[
				"# 报告",
				"## 深度解读",
				"### 1. [Quiet Folding](https://arxiv.org/abs/2402.00011)",
				"- **背景**：折叠太慢。",
				"- **方法**：扩散模型。",
				"- **结果**：快三倍。",
			].join("\n"),
		);
		expect(s.papers[0].review).toEqual([
			{ heading: "背景", text: "折叠太慢。" },
			{ heading: "方法", text: "扩散模型。" },
			{ heading: "结果", text: "快三倍。" },
		]);
	});
});

describe("parseSurvey: directions in a summary list", () => {
	it("reads bold summary items as directions with the papers they cite", () => {
		const s = parseSurvey(
			[
				"# Report",
				"## Executive Summary",
				"Two directions stand out:",
				"- **Sparse routing**: cheaper message passing [(Byron et al. 2024)](https://arxiv.org/abs/2403.01234).",
				"- **Graph tokens**: graphs as sequences [(Tit et al. 2024)](https://arxiv.org/abs/2404.00001).",
			].join("\n"),
		);
		expect(s.directions.map((d) => [d.name, d.papers])).toEqual([
			["Sparse routing", ["2403.01234"]],
			["Graph tokens", ["2404.00001"]],
		]);
		expect(s.summary).toContain("Two directions stand out");
	});
});
