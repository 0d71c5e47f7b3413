import { describe, expect, it } from "vitest";
import { parseMarkdown, type PhrasingContent } from "../../../src/core/survey/markdown-tree";
import { isTitleText, recogniseEntry, recogniseReferenceBlock } from "../../../src/core/survey/paper-entry";

/** The inline content of the first paragraph (or list item) of a Markdown line. */
function inline(md: string): PhrasingContent[] {
	const root = parseMarkdown(md);
	let node = root.children[0];
	while (node && node.type !== "paragraph") {
		const next = "children" in node ? (node.children[0] as typeof node | undefined) : undefined;
		if (!next) break;
		node = next;
	}
	if (node?.type !== "paragraph") throw new Error(`no paragraph in ${md}`);
	return node.children;
}

describe("recogniseEntry", () => {
	it("reads a titled link and the venue tag after it", () => {
		expect(recogniseEntry(inline("- [Sparse Routers for Mixture Models](https://arxiv.org/abs/2403.01234) (EMNLP 2024)"))).toMatchObject({
			title: "Sparse Routers for Mixture Models",
			id: { arxiv: "2403.01234" },
			venue: "EMNLP",
			year: 2024,
			shape: "title-link",
			sure: true,
		});
	});

	it("reads a bold short name, the title after it and a generic [pdf] link", () => {
		const e = recogniseEntry(inline("* **TideNet**: Tidal Memory for Long Dialogues. ACL-2021 [[pdf]](https://aclanthology.org/2021.acl-long.7.pdf) [[code]](https://github.com/x/y)"));
		expect(e).toMatchObject({ title: "Tidal Memory for Long Dialogues", venue: "ACL", year: 2021, shape: "labelled", id: { key: "acl:2021.acl-long.7" } });
	});

	it("reads a venue link followed by the plain title", () => {
		expect(recogniseEntry(inline("- [[ICLR](https://openreview.net/forum?id=Abc123)] Quantised Adapters for Frozen Models [[code](https://github.com/a/b)]"))).toMatchObject({
			title: "Quantised Adapters for Frozen Models",
			venue: "ICLR",
			shape: "venue-link",
		});
	});

	it("reads a title with a venue and a generic link in a task list", () => {
		expect(recogniseEntry(inline("- [ ] Learning Rewards from Pairwise Stories, Arxiv 2022 [Paper](https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2201.00001)"))).toMatchObject({
			title: "Learning Rewards from Pairwise Stories",
			id: { arxiv: "2201.00001" },
			year: 2022,
		});
	});

	it("reads a link to a note beside the survey, in Chinese too", () => {
		expect(recogniseEntry(inline("- [Robot Tutors for Home Kitchens](2024年09月30日/Robot_Tutors.md)"))).toMatchObject({ title: "Robot Tutors for Home Kitchens", url: "2024年09月30日/Robot_Tutors.md", sure: false });
		expect(recogniseEntry(inline("- [翻译: 家庭厨房里的机器人导师](2024年09月30日/Robot_Tutors.md)"))).toMatchObject({ url: "2024年09月30日/Robot_Tutors.md" });
	});

	it("reads an Obsidian wikilink as the title, without its short name", () => {
		expect(recogniseEntry(inline("- [[Reward Shaping with Language Feedback(RSLF)]]"))).toMatchObject({ title: "Reward Shaping with Language Feedback", shape: "reference", sure: false });
	});

	it("reads a reference without a link", () => {
		expect(recogniseEntry(inline('* Okafor, Chidi, et al. "Tidal Scheduling for Elastic Stream Joins." Data Systems Letters. 2022.'))).toMatchObject({
			title: "Tidal Scheduling for Elastic Stream Joins",
			authors: ["Chidi Okafor"],
			year: 2022,
			shape: "reference",
			sure: false,
		});
	});

	it("reads a venue set off with a dash or a bar after the title link, in Chinese too", () => {
		expect(recogniseEntry(inline("- [Folding Proteins with Sparse Attention](https://arxiv.org/abs/2501.04321) - ICLR 2025"))).toMatchObject({ title: "Folding Proteins with Sparse Attention", venue: "ICLR", year: 2025 });
		expect(recogniseEntry(inline("- [稀疏注意力的蛋白质折叠](https://arxiv.org/abs/2501.04321) | NeurIPS 2024"))).toMatchObject({ title: "稀疏注意力的蛋白质折叠", venue: "NeurIPS", year: 2024 });
	});

	it("takes no venue from a dash inside the title link", () => {
		const e = recogniseEntry(inline("- [Plan - Act - Reflect: Agents in 2024](https://arxiv.org/abs/2402.00042)"));
		expect(e).toMatchObject({ title: "Plan - Act - Reflect: Agents in 2024" });
		expect(e?.venue).toBeUndefined();
	});

	it("reads no words from an image-only link such as a badge", () => {
		expect(recogniseEntry(inline("- [![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](LICENSE)"))).toBeNull();
		// A badge beside a title still gives the paper its link; the title comes from the words.
		expect(recogniseEntry(inline("- 稀疏注意力的蛋白质折叠 [![arXiv](https://img.shields.io/badge/arXiv-red.svg)](https://arxiv.org/abs/2403.05555)"))).toMatchObject({
			title: "稀疏注意力的蛋白质折叠",
			id: { arxiv: "2403.05555" },
		});
	});

	it.each([
		"- [GitHub repository](https://github.com/a/b)",
		"- [A long post about training tricks for models](https://medium.com/@someone/post)",
		"- 这是一段普通的说明文字，没有论文。",
		"- See [the code](https://github.com/a/b) for details.",
		"- [Breaking: a robot company raises money](https://news.example.com/story)",
	])("finds no paper in %s", (md) => {
		expect(recogniseEntry(inline(md))).toBeNull();
	});
});

describe("isTitleText", () => {
	it("accepts titles and refuses labels, citations and addresses", () => {
		expect(isTitleText("Attention Over Tides")).toBe(true);
		expect(isTitleText("MemNet: Memory Networks")).toBe(true);
		expect(isTitleText("面向长对话的记忆网络")).toBe(true);
		expect(isTitleText("[pdf]")).toBe(false);
		expect(isTitleText("(Okafor et al., 2022)")).toBe(false);
		expect(isTitleText("https://arxiv.org/abs/2401.01234")).toBe(false);
	});
});

describe("recogniseReferenceBlock", () => {
	const lines = (md: string): PhrasingContent[][] => {
		const out: PhrasingContent[][] = [[]];
		for (const n of inline(md)) {
			if (n.type === "break") out.push([]);
			else out[out.length - 1].push(n);
		}
		return out;
	};

	it("reads a bold title, authors, venue (year) and a bare address on lines of their own", () => {
		expect(recogniseReferenceBlock(lines("- **Reef Nets for Coral Segmentation** <br />\n  Ana Lima, Tomas Berg <br />\n  MICCAI (2019) <br />\n  https://doi.org/10.1007/978-3-030-00001-1_1"))).toMatchObject({
			title: "Reef Nets for Coral Segmentation",
			authors: ["Ana Lima", "Tomas Berg"],
			venue: "MICCAI",
			year: 2019,
			id: { doi: "10.1007/978-3-030-00001-1_1" },
		});
	});

	it("reads a Chinese block and drops a bare Preprint venue", () => {
		expect(recogniseReferenceBlock(lines("- **面向珊瑚图像的分割网络** <br />\n  李娜、王强 <br />\n  Preprint (2021)"))).toMatchObject({ title: "面向珊瑚图像的分割网络", authors: ["李娜", "王强"], year: 2021 });
	});

	it("is not fooled by prose lines", () => {
		expect(recogniseReferenceBlock(lines("The era starts in 2014. <br />\nHalf the entries use it. <br />\nThe rest do not."))).toBeNull();
	});
});
