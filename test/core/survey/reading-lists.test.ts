import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../../src/core/survey";
import { classifyHeading } from "../../../src/core/survey/sections";
import { isSentence } from "../../../src/core/survey/paper-entry";
import { recogniseReferenceLine } from "../../../src/core/survey/reference-line";

const names = (s: ReturnType<typeof parseSurvey>) => s.directions.map((d) => `${d.name}:${d.papers.length}`);

describe("directions from the headings that hold papers", () => {
	it("makes each leaf heading with papers a direction, in English", () => {
		const s = parseSurvey(
			[
				"# Reading list",
				"## Memory",
				"### Episodic memory",
				"- [Replay Buffers for Language Agents](https://arxiv.org/abs/2401.00001)",
				"### Semantic memory",
				"- [Fact Stores for Long Dialogues](https://arxiv.org/abs/2401.00002)",
				"- [Graph Memories Without Graphs](https://arxiv.org/abs/2401.00003)",
				"## Resources",
				"- [A handy toolkit](https://github.com/a/b)",
			].join("\n"),
		);
		expect(names(s)).toEqual(["Episodic memory:1", "Semantic memory:2"]);
	});

	it("does not take reading tiers, dates or a heading named after its paper as a direction, in Chinese", () => {
		const s = parseSurvey(
			[
				"# 论文清单",
				"## 2024年09月",
				"- [Tidal Memory for Long Dialogues](https://arxiv.org/abs/2409.00001)",
				"## 必读",
				"- [Sparse Routers for Mixture Models](https://arxiv.org/abs/2409.00002)",
				"## 记忆架构",
				"### TideNet",
				"[TideNet: Tidal Networks for Agents](https://arxiv.org/abs/2409.00003)",
				"### CoralMem",
				"[CoralMem: Reef-Shaped Memory](https://arxiv.org/abs/2409.00004)",
			].join("\n"),
		);
		expect(names(s)).toEqual(["记忆架构:2"]);
	});

	it("adds a table's rows to the heading above it", () => {
		const s = parseSurvey(["## 节点检测", "| Paper Title | Venue | Year |", "|---|---|---|", "| Reef Graphs for Fraud Rings | KDD | 2021 |", "| Tidal Walks on Large Graphs | WWW | 2022 |"].join("\n"));
		expect(names(s)).toEqual(["节点检测:2"]);
	});
});

describe("lists of papers without identifiers", () => {
	it("reads bare titles among linked papers, marked as unsure", () => {
		const s = parseSurvey(
			[
				"### Have read",
				"* [Starfish: Elastic Joins on Cloud Functions](https://arxiv.org/abs/1911.00001)",
				"* [Lighthouse: Verifiable Logs for Streams](https://dl.acm.org/doi/10.1145/1234567.7654321)",
				"* Driftwood: A Query Engine for Cold Storage",
				"* 记得下周再读",
			].join("\n"),
		);
		const bare = s.papers.find((p) => p.title === "Driftwood: A Query Engine for Cold Storage");
		expect(bare?.confidence).toBe("low");
		expect(s.warnings.map((w) => w.message)).toContain('"Driftwood: A Query Engine for Cold Storage" was read as a paper from its wording alone (no link or identifier); its note says confidence: low');
		expect(s.papers).toHaveLength(3);
		expect(s.directions).toEqual([]);
	});

	it("takes the year of the date line papers are listed under", () => {
		const s = parseSurvey(["2024年09月30日", "", "- [Robot Tutors for Home Kitchens](notes/Robot_Tutors.md)", "    - [翻译: 家庭厨房里的机器人导师](notes/Robot_Tutors.md)"].join("\n"));
		expect(s.papers.map((p) => [p.title, p.year, p.url])).toEqual([["Robot Tutors for Home Kitchens", 2024, "notes/Robot_Tutors.md"]]);
	});

	it("reads plain reference lines under several top-level sections", () => {
		const s = parseSurvey(
			["# agents", "", "Tool Use in Language Agents: A Survey. Frontiers of Computing 19(7): 1-20 (2025)", "", "# evaluation", "", "Judging the Judges: A Survey of LLM Evaluation, ACM Computing Surveys 2024.03"].join("\n"),
		);
		expect(s.papers.map((p) => [p.title, p.year, p.venue])).toEqual([
			["Tool Use in Language Agents: A Survey", 2025, "Frontiers of Computing"],
			["Judging the Judges: A Survey of LLM Evaluation", 2024, "ACM Computing Surveys"],
		]);
		expect(names(s)).toEqual(["agents:1", "evaluation:1"]);
	});
});

describe("prose is not a paper", () => {
	it("a quoted name inside a sentence is not a reference", () => {
		expect(recogniseReferenceLine("The lab is back with another run of the popular “Learning Systems from Scratch” course, starting in 2020.")).toBeNull();
		expect(recogniseReferenceLine("实验室再次开设了广受欢迎的“从零开始的学习系统”课程，2020年开课。")).toBeNull();
	});
	it("isSentence tells a sentence from a title", () => {
		expect(isSentence("The index suggests demand outruns supply. However, careers remain undefined")).toBe(true);
		expect(isSentence("Personalizing Agents: Do You Have Pets Too?")).toBe(false);
		expect(isSentence("我们提出了新方法。实验表明它更好")).toBe(true);
		expect(isSentence("面向长对话的记忆网络")).toBe(false);
	});
	it("a heading with emoji is classified by its words", () => {
		expect(classifyHeading("Articles and Blog posts ✍️")).toBe("resources");
		expect(classifyHeading("🛠️ 工具")).toBe("resources");
		expect(classifyHeading("Dataset for Dialogue")).toBeNull();
	});
});

describe("tables whose rows share a link", () => {
	it("keeps rows that name different papers apart and says so", () => {
		const s = parseSurvey(
			[
				"| Paper Title | Venue |",
				"|---|---|",
				"| [Reef Graphs for Fraud Rings](https://dl.acm.org/doi/10.1145/1111111) | KDD |",
				"| [Tidal Walks on Large Graphs](https://dl.acm.org/doi/10.1145/1111111) | WWW |",
				"| [面向欺诈检测的图学习综述](https://dl.acm.org/doi/10.1145/1111111) | TKDE |",
			].join("\n"),
		);
		expect(s.papers.map((p) => p.title)).toEqual(["Reef Graphs for Fraud Rings", "Tidal Walks on Large Graphs", "面向欺诈检测的图学习综述"]);
		expect(s.warnings.filter((w) => /shares its link/.test(w.message))).toHaveLength(2);
	});

	it("still joins a row's generic links to its paper", () => {
		const s = parseSurvey(["|Year|Paper|Links|", "|-|-|-|", "|2017|Gumbel Tricks for Discrete Choices|[Paper](https://arxiv.org/abs/1611.00001), [Open Review](https://openreview.net/forum?id=AbC1)|"].join("\n"));
		expect(s.papers.map((p) => [p.key, p.title, p.year])).toEqual([["1611.00001", "Gumbel Tricks for Discrete Choices", 2017]]);
	});
});

describe("notes beside the survey", () => {
	it("a one-word link to a note named after it is a paper", () => {
		const s = parseSurvey(["2024年09月29日", "", "- [Hyper-Links](2024/Hyper-Links.md)", "- [Wait, what? A Study of Pauses](2024/Wait,_what_A_Study_of_Pauses.md)"].join("\n"));
		expect(s.papers.map((p) => p.title)).toEqual(["Hyper-Links", "Wait, what? A Study of Pauses"]);
	});
});

describe("trends given one heading each", () => {
	it("keeps the bold points under a trend heading as its text, in Chinese and English", () => {
		const s = parseSurvey(
			[
				"- [Tidal Memory for Long Dialogues](https://arxiv.org/abs/2409.00001)",
				"## 研究趋势分析",
				"### 1. 智能体协作演进",
				"- **分工**: 不同智能体承担不同角色",
				"- **实时决策**: 动态环境中的协调",
				"### 2. Efficiency first",
				"- **Compression**: pruning and distillation",
			].join("\n"),
		);
		expect(s.trends.map((t) => [t.name, t.text])).toEqual([
			["智能体协作演进", "分工: 不同智能体承担不同角色\n实时决策: 动态环境中的协调"],
			["Efficiency first", "Compression: pruning and distillation"],
		]);
	});
});
