import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../../src/core/survey";

const fence = "```";

describe("BibTeX in a survey", () => {
	it("makes one paper of a list item and its BibTeX, with both identifiers and the record's authors and venue", () => {
		const s = parseSurvey(
			[
				"# Awesome Stream Systems",
				"",
				"## Scheduling",
				"",
				"- [Tidal Scheduling for Elastic Stream Joins](https://arxiv.org/abs/2403.01234) - ICDE",
				"",
				"<details><summary>BibTeX</summary>",
				"",
				`${fence}bibtex`,
				"@inproceedings{okafor2024tidal,",
				"  title     = {Tidal Scheduling for Elastic Stream Joins},",
				"  author    = {Okafor, Chidi and Tanaka, Mei and others},",
				"  booktitle = {Proceedings of the Conference on Data Systems},",
				"  year      = {2024},",
				"  doi       = {10.5555/tidal.2024}",
				"}",
				fence,
				"",
				"</details>",
			].join("\n"),
		);
		expect(s.papers).toHaveLength(1);
		expect(s.papers[0]).toMatchObject({ key: "2403.01234", arxiv: "2403.01234", doi: "10.5555/tidal.2024", authors: ["Chidi Okafor", "Mei Tanaka"], year: 2024, venue: "Conference on Data Systems" });
		expect(s.papers[0].mentions).toContain(10);
	});

	it("reads a Chinese reading list written only in BibTeX, its papers under their topic heading", () => {
		const s = parseSurvey(
			[
				"# 图像生成论文清单",
				"",
				"## 扩散模型",
				"",
				`${fence}bib`,
				"@article{wang2023xiufu, title = {基于扩散模型的图像修复方法研究}, author = {王小明 and 李华}, journal = {计算机学报}, year = {2023}}",
				"@misc{zhao2024, title = {面向长视频的扩散生成}, author = {Zhao, Lei}, eprint = {2405.06789}, archivePrefix = {arXiv}, year = {2024}}",
				fence,
			].join("\n"),
		);
		expect(s.papers.map((p) => p.title)).toEqual(["基于扩散模型的图像修复方法研究", "面向长视频的扩散生成"]);
		expect(s.papers[0]).toMatchObject({ authors: ["王小明", "李华"], venue: "计算机学报", year: 2023, mentions: [6] });
		expect(s.papers[1]).toMatchObject({ arxiv: "2405.06789", authors: ["Lei Zhao"], year: 2024 });
		expect(s.directions).toEqual([{ name: "扩散模型", papers: s.papers.map((p) => p.key) }]);
		expect(s.papers.every((p) => p.confidence === undefined)).toBe(true);
	});

	it("does not take the survey's own 'cite this' BibTeX for a paper, in English or Chinese", () => {
		const cite = (heading: string, lead: string) =>
			parseSurvey(
				[
					"# Retrieval for Code Models",
					"",
					"- [Lantern Retrieval for Long Context](https://arxiv.org/abs/2501.00011)",
					"",
					heading,
					"",
					lead,
					"",
					fence,
					"@article{ours2025, title = {A Survey of Retrieval for Code Models}, author = {Doe, Jane}, journal = {arXiv preprint arXiv:2502.00022}, year = {2025}}",
					fence,
				].join("\n"),
			).papers.map((p) => p.title);
		expect(cite("## Citation", "If you find this list useful, please cite our survey:")).toEqual(["Lantern Retrieval for Long Context"]);
		expect(cite("## 引用本文", "")).toEqual(["Lantern Retrieval for Long Context"]);
		expect(cite("## Acknowledgements", "如果本项目对您有帮助，欢迎引用：")).toEqual(["Lantern Retrieval for Long Context"]);
	});

	it("leaves out an entry whose title is the document's own, and keeps a references section's entries", () => {
		const s = parseSurvey(
			[
				"# Sparse Agents: A Survey",
				"",
				fence,
				"@article{self, title = {Sparse Agents: {A} Survey}, author = {Roe, Ann}, year = {2025}}",
				fence,
				"",
				"## 参考文献",
				"",
				fence,
				"@inproceedings{a, title = {Verifying Tool Calls in Language Agents}, author = {Ito, Ken}, booktitle = {Open Systems Workshop}, year = {2024}}",
				"@article{b, title = {Moss Routing for Sparse Experts}, author = {Berg, Ola}, journal = {Journal of Imaginary Learning}, year = {2023}}",
				"@article{c, title = {Bounded Queues for Cooperative Robots}, author = {Brandt, Ingrid}, journal = {Robot Letters}, year = {1971}}",
				fence,
			].join("\n"),
		);
		expect(s.papers.map((p) => p.title)).toEqual(["Verifying Tool Calls in Language Agents", "Moss Routing for Sparse Experts", "Bounded Queues for Cooperative Robots"]);
	});

	it("reads bare BibTeX pasted as a paragraph, and does not read its fields as references", () => {
		const s = parseSurvey(["# Notes", "", "@inproceedings{lee2022,", "  title = {Graph Prompting for Tabular Models},", "  author = {Lee, Min and Park, Jun},", "  booktitle = {KDD},", "  year = {2022}", "}"].join("\n"));
		expect(s.papers).toHaveLength(1);
		expect(s.papers[0]).toMatchObject({ title: "Graph Prompting for Tabular Models", authors: ["Min Lee", "Jun Park"], venue: "KDD", year: 2022 });
	});

	it("warns about a broken entry, naming its line, and reads the rest", () => {
		const s = parseSurvey(["# Reading list", "", `${fence}bibtex`, "@article{ok, title = {Zero-Shot Parsing with Sparse Graphs}, year = {2021}}", "@article{bad, title = {Unclosed", fence].join("\n"));
		expect(s.papers.map((p) => p.title)).toEqual(["Zero-Shot Parsing with Sparse Graphs"]);
		expect(s.warnings).toContainEqual({ line: 5, message: expect.stringMatching(/^a BibTeX entry \(@article\) could not be read: .*; skipped$/) as string });
	});

	it("ignores @-lines in other code (Python decorators)", () => {
		const s = parseSurvey(["# Tools", "", "[Lantern Retrieval for Long Context](https://arxiv.org/abs/2501.00011)", "", `${fence}python`, "@dataclass(frozen=True)", "class Config: pass", fence, "", fence, "@dataclass(frozen=True)", fence].join("\n"));
		expect(s.papers).toHaveLength(1);
		expect(s.warnings).toEqual([]);
	});
});
