import { expect, it } from "vitest";
import { parseSurvey, type Survey } from "../../src/core/survey";
import { DIGEST_SEED, readSeed, REPORT_SEED } from "../support/seeds";
import { describeWithShared } from "../support/shared";

const paperByTitle = (s: Survey, start: string) => {
	const p = s.papers.find((x) => x.title.startsWith(start));
	if (!p) throw new Error(`no paper titled ${start}…`);
	return p;
};

describeWithShared("seeds", "seed: Chinese research report", () => {
	const survey = parseSurvey(readSeed(REPORT_SEED), { fileName: REPORT_SEED });

	it("finds the five compared papers with their table values", () => {
		expect(survey.language).toBe("zh");
		expect(survey.title).toBe("Multimodal 领域前沿进展深度研报");
		expect(survey.papers.map((p) => [p.arxiv, p.year, p.citations, p.score])).toEqual([
			["2601.11109", 2026, 0, 3.5],
			["2511.08585", 2026, 1, 2.8],
			["2512.15692", 2025, 1, 1.1],
			["2601.07823", 2026, 0, 2.1],
			["2601.00675", 2026, 0, 1.6],
		]);
		for (const p of survey.papers) {
			expect(p.method, p.title).toMatch(/\S{10}/);
			expect(p.innovation, p.title).toMatch(/\S{10}/);
			expect(p.innovation, "citation links are not part of the cell text").not.toContain("et al.");
		}
	});

	it("takes the first author from the citations", () => {
		expect(survey.papers.map((p) => p.authors[0])).toEqual(["Yin", "Yue", "Pai", "Mei", "Lee"]);
		expect(paperByTitle(survey, "RoboReward").title).toBe("RoboReward: General-Purpose Vision-Language Reward Models for Robotics");
	});

	it("attaches three in-depth reviews with their labelled sections", () => {
		const reviewed = survey.papers.filter((p) => p.review.length > 0);
		expect(reviewed.map((p) => p.arxiv)).toEqual(["2601.11109", "2511.08585", "2512.15692"]);
		for (const p of reviewed) {
			expect(p.review.map((r) => r.heading)).toEqual(["背景与痛点", "核心机制", "实验表现"]);
			for (const r of p.review) expect(r.text.length).toBeGreaterThan(40);
		}
	});

	it("reads the three trends with the papers each cites", () => {
		expect(survey.trends.map((t) => [t.name, t.papers])).toEqual([
			["表征范式升级：从“对齐”到“共构”", ["2601.11109", "2511.08585"]],
			["模型角色重构：视频生成器成为基础模型（Foundation Model）", ["2512.15692", "2601.00675"]],
			["评估体系革新：从单点性能到系统级可信度", ["2511.08585", "2601.07823"]],
		]);
		for (const t of survey.trends) expect(t.text.length).toBeGreaterThan(50);
	});

	it("reads the three directions enumerated in the executive summary, with the papers they cite", () => {
		expect(survey.directions).toHaveLength(3);
		expect(survey.directions[0].name).toContain("Vision-as-Inverse-Graphics");
		expect(survey.directions[0].papers).toEqual(["2601.11109"]);
		expect(survey.directions[1].name).toContain("机器人世界模型");
		expect(survey.directions[1].papers).toEqual(["2511.08585"]);
		expect(survey.directions[2].name).toContain("奖励建模");
		expect(survey.directions[2].papers).toContain("2512.15692");
		expect(survey.summary).toContain("范式跃迁");
	});

	it("records where each paper is mentioned", () => {
		expect(paperByTitle(survey, "Vision-as-Inverse-Graphics").mentions).toEqual(expect.arrayContaining([5, 11, 19]));
	});
});

describeWithShared("seeds", "seed: Chinese arXiv digest", () => {
	const survey = parseSurvey(readSeed(DIGEST_SEED), { fileName: DIGEST_SEED });

	it("finds 34 distinct papers, each with its first author and a summary", () => {
		expect(survey.papers).toHaveLength(34);
		expect(new Set(survey.papers.map((p) => p.key)).size).toBe(34);
		for (const p of survey.papers) {
			expect(p.arxiv, p.title).toMatch(/^\d{4}\.\d{5}$/);
			expect(p.authors[0], p.title).toMatch(/^\p{Lu}[\p{L}.-]*(?: [\p{L}.-]+)+$/u);
			expect(p.summary, p.title).toBeTruthy();
		}
		expect(paperByTitle(survey, "Canvas-to-Image").authors).toEqual(["Yusuf Dalva"]);
		expect(paperByTitle(survey, "Video-R4").authors).toEqual(["Yolo Y. Tang"]);
	});

	it("reads the frontmatter", () => {
		expect(survey.title).toBe("multimodal");
		expect(survey.date).toBe("2025-12-30");
		expect(survey.language).toBe("zh");
		expect(survey.description).toContain("Canvas-to-Image");
	});

	it("keeps the venue wherever the text states one", () => {
		const venue = (start: string) => [paperByTitle(survey, start).venue, paperByTitle(survey, start).year];
		expect(venue("Lost in Time?")).toEqual(["AAAI", 2026]);
		expect(venue("BanglaMM-Disaster")).toEqual(["IEEE SPICSCON", 2025]);
		expect(venue("Learning Cell-Aware")).toEqual(["AAAI", 2026]);
		expect(venue("CAPability")).toEqual(["NeurIPS", 2025]);
		expect(venue("UniGame")).toEqual(["IEEE INFOCOM", 2024]);
		expect(venue("CroMe")).toEqual(["IEEE Access", 2025]);
		expect(venue("A review on data fusion")[0]).toBe("WIREs Data Mining and Knowledge Discovery");
		expect(venue("MANGO")).toEqual(["NeurIPS", 2025]);
		expect(venue("Directed-Tokens")).toEqual(["NeurIPS", 2025]);
		expect(venue("Towards Multimodal Graph")).toEqual(["Science China Information Sciences", 2025]);
		expect(venue("Beyond Generation")).toEqual(["NewInML Workshop ICML", 2025]);
		expect(venue("MTBBench")).toEqual(["NeurIPS", 2025]);
		expect(venue("GuardTrace-VL")).toEqual(["IEEE INFOCOM", 2024]);
		expect(paperByTitle(survey, "Step-Audio-R1").venue).toBeUndefined();
	});

	it("falls back to the arXiv id for the year, and says so", () => {
		const p = paperByTitle(survey, "Monet");
		expect([p.year, p.yearSource]).toEqual([2025, "arxiv"]);
	});

	it("reads seven directions with their representative papers", () => {
		expect(survey.directions.map((d) => [d.name, d.papers.length])).toEqual([
			["多模态控制与图像生成", 2],
			["多模态记忆与终身学习", 1],
			["多模态鲁棒性与对抗训练", 2],
			["多模态推理与视觉语言模型", 2],
			["多模态安全与内容检测", 2],
			["多模态数据融合与表示学习", 2],
			["多模态基准测试与评估", 2],
		]);
		expect(survey.directions[0].papers).toEqual(["2511.21691", "2511.21146"]);
		for (const d of survey.directions) expect(d.overview).toMatch(/^(?:研究|探索|构建)/);
	});

	it("reads five trends", () => {
		expect(survey.trends.map((t) => t.name)).toEqual(["从单一模态到多模态融合", "从静态任务到动态推理", "从通用模型到领域适配", "从模型性能到安全与鲁棒性", "从黑盒模型到可解释性"]);
		for (const t of survey.trends) expect(t.text.length).toBeGreaterThan(15);
	});
});
