import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../../src/core/survey";
import { htmlTag, htmlToBlocks } from "../../../src/core/survey/html-blocks";
import { parseMarkdown, textOf } from "../../../src/core/survey/markdown-tree";

const titles = (s: ReturnType<typeof parseSurvey>) => s.papers.map((p) => p.title);

describe("htmlToBlocks", () => {
	it("reads headings, link lists and tables as their Markdown forms", () => {
		const blocks = htmlToBlocks(
			[
				"<h2>Retrieval</h2>",
				'<ul><li><a href="https://arxiv.org/abs/2501.00011">Lantern Retrieval for Long Context</a> <b>ICLR 2025</b></li></ul>',
				"<table><tr><th>Paper</th><th>Year</th></tr><tr><td>Moss Routing</td><td>2024</td></tr></table>",
			].join("\n"),
			7,
		);
		expect(blocks.map((b) => b.type)).toEqual(["heading", "list", "table"]);
		expect(textOf(blocks[0])).toBe("Retrieval");
		const link = (blocks[1] as { children: Array<{ children: Array<{ children: unknown[] }> }> }).children[0].children[0].children[0];
		expect(link).toMatchObject({ type: "link", url: "https://arxiv.org/abs/2501.00011" });
		expect(textOf(blocks[2])).toContain("Moss Routing");
		expect(blocks.every((b) => b.position?.start.line === 7)).toBe(true);
	});

	it("decodes entities and keeps Chinese text whole", () => {
		const [p] = htmlToBlocks("<p>检索增强 &amp; 长上下文：<i>灯笼检索</i></p>", 1);
		expect(textOf(p)).toBe("检索增强 & 长上下文：灯笼检索");
	});

	it("gives nothing for a comment or a script, so the caller keeps the raw block", () => {
		expect(htmlToBlocks("<!-- badges -->", 1)).toEqual([]);
		expect(htmlToBlocks("<script>alert(1)</script>", 1)).toEqual([]);
	});

	it("refuses elements nested past the limit instead of overflowing the stack", () => {
		expect(() => htmlToBlocks(`${"<div>".repeat(5000)}deep${"</div>".repeat(5000)}`, 3)).toThrow(/HTML elements.*line 3|nesting limit reached at line 3/);
	});
});

describe("htmlTag", () => {
	it("reads inline tags as a browser does", () => {
		expect(htmlTag("<br/>")).toEqual({ kind: "break" });
		expect(htmlTag("<a title='x' href=\"https://example.org/a?b=1&amp;c=2\">")).toEqual({ kind: "open", node: { type: "link", url: "https://example.org/a?b=1&c=2", title: "x", children: [] } });
		expect(htmlTag("</A>")).toEqual({ kind: "close", type: "link" });
		expect(htmlTag("<strong>")).toEqual({ kind: "open", node: { type: "strong", children: [] } });
		expect(htmlTag("</em>")).toEqual({ kind: "close", type: "emphasis" });
	});

	it("gives null for tags that change nothing a reader needs", () => {
		expect(htmlTag('<img src="badge.svg">')).toBeNull();
		expect(htmlTag("<sup>")).toBeNull();
		expect(htmlTag("</span>")).toBeNull();
		expect(htmlTag("<a name=\"top\">")).toBeNull();
	});
});

describe("HTML inside a survey", () => {
	it("finds papers in an HTML link list inside <details>, in English", () => {
		const s = parseSurvey(
			[
				"# Awesome retrieval",
				"",
				"<details><summary>Dense retrieval</summary>",
				"<ul>",
				'<li><a href="https://arxiv.org/abs/2501.00011">Lantern Retrieval for Long Context</a>, 2025</li>',
				'<li><a href="https://arxiv.org/abs/2501.00012">Moss Routing for Sparse Indexes</a>, 2025</li>',
				"</ul>",
				"</details>",
			].join("\n"),
		);
		expect(titles(s)).toEqual(["Lantern Retrieval for Long Context", "Moss Routing for Sparse Indexes"]);
		expect(s.papers.map((p) => p.arxiv)).toEqual(["2501.00011", "2501.00012"]);
	});

	it("reads an HTML table of papers with a Chinese header", () => {
		const s = parseSurvey(
			[
				"# 检索论文对比",
				"",
				"<table>",
				"<tr><th>论文</th><th>年份</th><th>方法</th></tr>",
				'<tr><td><a href="https://arxiv.org/abs/2402.00021">Lantern: Retrieval with Light Paths</a></td><td>2024</td><td>稀疏路由</td></tr>',
				'<tr><td><a href="https://arxiv.org/abs/2402.00022">Coral: Reef Indexes for Search</a></td><td>2024</td><td>分层索引</td></tr>',
				"</table>",
			].join("\n"),
		);
		expect(titles(s)).toEqual(["Lantern: Retrieval with Light Paths", "Coral: Reef Indexes for Search"]);
		expect(s.papers.map((p) => p.year)).toEqual([2024, 2024]);
	});

	it("reads inline <a href> and <b> inside Markdown as links and bold", () => {
		const tree = parseMarkdown('- <b>Tidal Memory for Agents</b> <a href="https://arxiv.org/abs/2409.00031">paper</a>\n- 潮汐记忆 <a href="https://arxiv.org/abs/2409.00032">Reef Memory: Coral-Shaped Stores</a>\n');
		const kinds = [...JSON.stringify(tree).matchAll(/"type":"(link|strong)"/g)].map((m) => m[1]);
		expect(kinds).toEqual(["strong", "link", "link"]);
		const s = parseSurvey(`# 记忆\n\n- 潮汐记忆 <a href="https://arxiv.org/abs/2409.00032">Reef Memory: Coral-Shaped Stores</a>\n- <a href="https://arxiv.org/abs/2409.00033">Tidal Memory for Agents</a>\n`);
		expect(titles(s)).toEqual(["Reef Memory: Coral-Shaped Stores", "Tidal Memory for Agents"]);
	});

	it("closes an HTML tag left open inside a Markdown link with the link", () => {
		const tree = parseMarkdown("[<b>Open Bold Title](https://arxiv.org/abs/2409.00041) after\n");
		const para = tree.children[0] as { children: Array<{ type: string }> };
		expect(para.children.map((c) => c.type)).toEqual(["link", "text"]);
	});
});
