import { describe, expect, it } from "vitest";
import { namesMatch, normalise, scoreDocument, summarise, titlesMatch } from "../../bench/accuracy/match";
import { changeLines, documentLine } from "../../bench/accuracy/report";
import type { FoundNotes, FoundPaper, Truth } from "../../bench/accuracy/truth";

const note = (title: string, more: Partial<FoundPaper> = {}): FoundPaper => ({ path: `Papers/${title}.md`, title, directions: [], ...more });

describe("normalised titles", () => {
	it("fold case, full-width forms, punctuation and whitespace", () => {
		expect(normalise("Sparse  Routing: A Study!")).toBe("sparseroutingastudy");
		expect(normalise("稀疏路由：一项研究（简版）")).toBe("稀疏路由一项研究简版");
		expect(titlesMatch("Learning to Route Tokens", "learning to route tokens.")).toBe(true);
	});

	it("let a title of twelve or more characters match inside a longer one, and no shorter", () => {
		expect(titlesMatch("Token Routing at Scale", "Token Routing at Scale (Extended Version)")).toBe(true);
		expect(titlesMatch("面向长文档的稀疏注意力机制研究", "面向长文档的稀疏注意力机制研究：一个基准")).toBe(true);
		expect(titlesMatch("RouteNet", "RouteNet: Learning to Route Tokens")).toBe(false);
		expect(titlesMatch("稀疏路由", "稀疏路由方法综述与展望")).toBe(false);
	});

	it("let direction and trend names contain one another", () => {
		expect(namesMatch("🧭 检索增强", "检索增强")).toBe(true);
		expect(namesMatch("Memory", "Memory architectures")).toBe(true);
		expect(namesMatch("Planning", "Retrieval")).toBe(false);
		expect(namesMatch("🧭", "Retrieval")).toBe(false);
	});
});

const truth: Truth = {
	papers: [
		{ title: "Token Routing at Scale", arxiv: "2403.01234", year: 2024, venue: "ICML", first_author: "Okafor" },
		{ title: "面向长文档的稀疏注意力机制研究", title_alt: "Sparse Attention for Long Documents", arxiv: null, year: 2023, year_alt: 2022, venue: null, first_author: null },
		{ title: "Quiet Gradients in Deep Nets", arxiv: null, year: 2019, venue: "NeurIPS Workshop", venue_alt: "NeurIPS", first_author: "Lindqvist" },
	],
	directions: { "检索增强": ["2403.01234"], Optimisation: ["Quiet Gradients in Deep Nets"] },
	trends: ["Agents that remember"],
	table_rows: 0,
	optional_papers: [{ title: "A Thesis on Routing Theory and Practice", arxiv: null }],
	non_papers: [{ title: "RouteKit toolkit", why: "a code repository" }],
};

describe("scoring one document", () => {
	it("matches by arXiv id before title, by title_alt, and counts optional papers as neither", () => {
		const found: FoundNotes = {
			papers: [
				note("A different title entirely", { arxiv: "2403.01234v2", year: 2024, venue: "ICML 2024", firstAuthor: "A. Okafor", directions: ["🧭 检索增强"] }),
				note("Sparse attention for long documents", { year: 2022 }),
				note("A Thesis on Routing Theory and Practice"),
			],
			directions: ["🧭 检索增强"],
			trends: ["Agents that remember (2025+)"],
		};
		const s = scoreDocument("01-example", truth, found);
		expect(s.papers).toMatchObject({ expected: 3, found: 2, falsePositives: 0, missed: ["Quiet Gradients in Deep Nets"] });
		expect(s.directions).toMatchObject({ expected: 2, found: 1, missed: ["Optimisation"], linkedExpected: 2, linked: 1 });
		expect(s.trends).toMatchObject({ expected: 1, found: 1 });
		expect(s.year).toMatchObject({ checked: 2, right: 2 });
		expect(s.author).toMatchObject({ checked: 1, right: 1 });
		expect(s.venue).toMatchObject({ checked: 1, right: 1 });
	});

	it("does not match a note whose arXiv id differs, even with the same title", () => {
		const s = scoreDocument("02-example", truth, { papers: [note("Token Routing at Scale", { arxiv: "2403.09999" })], directions: [], trends: [] });
		expect(s.papers.found).toBe(0);
		expect(s.papers.false).toEqual(["Token Routing at Scale"]);
	});

	it("names non-papers and second notes among the false positives, and lists wrong fields", () => {
		const found: FoundNotes = {
			papers: [note("Quiet gradients in deep nets", { year: 2020, venue: "ICLR", firstAuthor: "Berg" }), note("Quiet Gradients in Deep Nets (slides)"), note("RouteKit toolkit")],
			directions: ["Datasets"],
			trends: [],
		};
		const s = scoreDocument("03-example", truth, found);
		expect(s.papers.found).toBe(1);
		expect(s.papers.false).toEqual(['Quiet Gradients in Deep Nets (slides) (a second note for "Quiet Gradients in Deep Nets")', "RouteKit toolkit (non-paper: a code repository)"]);
		expect(s.directions.extra).toEqual(["Datasets"]);
		expect(s.year.wrong).toEqual(["Quiet Gradients in Deep Nets: 2019, found 2020"]);
		expect(s.author.wrong).toEqual(["Quiet Gradients in Deep Nets: Lindqvist, found Berg"]);
		expect(s.venue.wrong).toEqual(["Quiet Gradients in Deep Nets: NeurIPS Workshop or NeurIPS, found ICLR"]);
		expect(documentLine(s)).toBe("03-example  papers 1/3  precision 33.3%  directions 0/2 +1 extra  trends 0/1  year 0/1  author 0/1  venue 0/1");
	});
});

describe("the summary", () => {
	it("counts over items, keeps refused documents' expected papers, and reports changes in points", () => {
		const good = scoreDocument("01-example", truth, { papers: [note("Token Routing at Scale", { arxiv: "2403.01234" })], directions: [], trends: [] });
		const refused = { ...scoreDocument("02-example", truth, { papers: [], directions: [], trends: [] }), refused: "no papers found" };
		const summary = summarise([good, refused]);
		expect(summary).toMatchObject({ documents: 2, refused: 1, paperRecall: 1 / 6, paperPrecision: 1, directionRecall: 0, trendRecall: 0 });
		expect(documentLine(refused)).toBe("02-example  REFUSED: no papers found");
		expect(changeLines(summary, { ...summary, paperRecall: 0.1, refused: 2 })).toEqual(expect.arrayContaining(["paper recall           10.0% → 16.7%  (+6.7 pts)", "documents refused      2 → 1"]));
	});
});
