import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../../src/core/survey";
import { authorsFromPrefix, citationsIn, cleanVenue, parseCitation, venueFromText } from "../../../src/core/survey/prose-facts";

describe("parseCitation", () => {
	it.each([
		["(Yin et al. 2026)", { author: "Yin", year: 2026 }],
		["Yue et al., 2026", { author: "Yue", year: 2026 }],
		["(Lee & Park 2025)", { author: "Lee", year: 2025 }],
		["（王等 2024）", { author: "王", year: 2024 }],
		["[12]", {}],
	])("reads %j as a citation", (text, fact) => {
		expect(parseCitation(text)).toEqual(fact);
	});

	it.each(["Canvas-to-Image: Compositional Image Generation", "Attention Is All You Need 2017", "Step-Audio-R1 Technical Report"])("reads %j as a title", (text) => {
		expect(parseCitation(text)).toBeNull();
	});
});

describe("authorsFromPrefix", () => {
	it.each([
		["Yusuf Dalva 等人的 ", ["Yusuf Dalva"]],
		["Thanh-Dat Truong 等人的", ["Thanh-Dat Truong"]],
		["Jane Doe et al. ", ["Jane Doe"]],
		["Jane Doe and John Roe's ", ["Jane Doe", "John Roe"]],
		["Yolo Y. Tang 等人的 ", ["Yolo Y. Tang"]],
		["李伟等人的", ["李伟"]],
	])("reads %j", (prefix, authors) => {
		expect(authorsFromPrefix(prefix)).toEqual(authors);
	});

	it.each(["本文提出了一种方法，参见", "In this week's digest we look at ", ""])("finds no byline in %j", (prefix) => {
		expect(authorsFromPrefix(prefix)).toEqual([]);
	});
});

describe("venueFromText", () => {
	it.each([
		["该成果于2026年发表于AAAI会议。", { venue: "AAAI", year: 2026 }],
		["该成果已被NeurIPS 2025接收。", { venue: "NeurIPS", year: 2025 }],
		["该成果被NeurIPS'25接收。", { venue: "NeurIPS", year: 2025 }],
		["已被NeurIPS'25接收。", { venue: "NeurIPS", year: 2025 }],
		["该成果于2025年11月发表于IEEE SPICSCON会议。", { venue: "IEEE SPICSCON", year: 2025 }],
		["该成果将于AAAI 2026进行口头报告。", { venue: "AAAI", year: 2026 }],
		["该成果发表于IEEE Access 2025。", { venue: "IEEE Access", year: 2025 }],
		["该综述发表于WIREs Data Mining and Knowledge Discovery期刊。", { venue: "WIREs Data Mining and Knowledge Discovery" }],
		["该成果于2025年发表于《Science China Information Sciences》。", { venue: "Science China Information Sciences", year: 2025 }],
		["该成果于2025年11月发表于 NewInML Workshop ICML。", { venue: "NewInML Workshop ICML", year: 2025 }],
		["(2025年11月发表于arXiv)", { venue: "arXiv", year: 2025 }],
		["(2024年9月发表于IEEE INFOCOM)", { venue: "IEEE INFOCOM", year: 2024 }],
		["The paper was published at ICML 2025.", { venue: "ICML", year: 2025 }],
		["It has been accepted to NeurIPS 2024 as a spotlight.", { venue: "NeurIPS", year: 2024 }],
		["Accepted at the Conference on Robot Learning (CoRL).", { venue: "Conference on Robot Learning" }],
		["(published in arXiv, March 2025)", { venue: "arXiv", year: 2025 }],
	])("reads %j", (text, fact) => {
		expect(venueFromText(text)).toEqual(fact);
	});

	it("finds nothing in plain prose", () => {
		expect(venueFromText("提出了一种双流记忆框架，在六个基准上显著减少错误。")).toEqual({});
	});
});

describe("cleanVenue", () => {
	it("splits a trailing year and drops filler words", () => {
		expect(cleanVenue("the ICLR 2024 conference")).toEqual({ venue: "ICLR", year: 2024 });
		expect(cleanVenue("arxiv")).toEqual({ venue: "arXiv" });
	});
});

describe("citationsIn", () => {
	it("finds author–year citations inside text, in English and Chinese", () => {
		expect(citationsIn("Tidal Parser + BERT (Okafor et al., 2021)")).toEqual([{ author: "Okafor", year: 2021 }]);
		expect(citationsIn("In-order (Haddad and Voss, 2017) and later (Moreau, 2019b)")).toEqual([
			{ author: "Haddad", year: 2017 },
			{ author: "Moreau", year: 2019 },
		]);
		expect(citationsIn("基于检索的方法（王等，2021）")).toEqual([{ author: "王", year: 2021 }]);
	});
	it("does not read numbers in parentheses as citations", () => {
		expect(citationsIn("Huge paper (1000 samples)")).toEqual([]);
		expect(citationsIn("accuracy (95.2)")).toEqual([]);
	});
});

describe("only a real citation shape is a citation", () => {
	it.each(["Huge paper 1000", "Tiny model 2024", "Attention Over Tides 2017", "Zhang 2024", "大模型 2024"])("%s is a title", (t) => {
		expect(parseCitation(t)).toBeNull();
	});
	it.each([
		["Okafor et al. 2024", { author: "Okafor", year: 2024 }],
		["(Okafor, 2024)", { author: "Okafor", year: 2024 }],
		["Haddad and Voss 2017", { author: "Haddad and Voss", year: 2017 }],
		["（王等，2021）", { author: "王", year: 2021 }],
	])("%s is a citation", (t, fact) => {
		expect(parseCitation(t)).toMatchObject({ year: fact.year });
	});
	it("keeps a title that ends in a number as the paper's title", () => {
		const s = parseSurvey("- [Huge paper 1000](https://arxiv.org/abs/2401.00001)\n- [Tiny model 2024](https://arxiv.org/abs/2401.00002)\n");
		expect(s.papers.map((p) => [p.title, p.authors])).toEqual([
			["Huge paper 1000", []],
			["Tiny model 2024", []],
		]);
	});
});
