import { describe, expect, it } from "vitest";
import { identifyPaperUrl, normaliseTitle, parseArxivId, titleKey, yearFromArxiv } from "../../../src/core/survey/paper-id";

describe("identifyPaperUrl", () => {
	it.each([
		["https://arxiv.org/abs/2511.21691", "2511.21691"],
		["http://arxiv.org/abs/2511.21691v1", "2511.21691"],
		["https://arxiv.org/pdf/2511.21691v2.pdf", "2511.21691"],
		["https://arxiv.org/pdf/2511.21691", "2511.21691"],
		["https://arxiv.org/html/2511.21691v3", "2511.21691"],
		["https://export.arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001"],
		["https://huggingface.co/papers/2511.21691", "2511.21691"],
		["https://doi.org/10.48550/arXiv.2511.21691", "2511.21691"],
	])("reads %s as arXiv %s", (url, id) => {
		expect(identifyPaperUrl(url)).toMatchObject({ key: id, arxiv: id, url: `https://arxiv.org/abs/${id}` });
	});

	it.each([
		["https://doi.org/10.1145/3580305.3599256", "doi:10.1145/3580305.3599256"],
		["https://dx.doi.org/10.1109/TPAMI.2024.1234567", "doi:10.1109/tpami.2024.1234567"],
		["https://dl.acm.org/doi/abs/10.1145/3580305.3599256", "doi:10.1145/3580305.3599256"],
		["https://link.springer.com/article/10.1007/s11263-024-02001-2", "doi:10.1007/s11263-024-02001-2"],
		["https://openreview.net/forum?id=AbC123xYz", "openreview:AbC123xYz"],
		["https://openreview.net/pdf?id=AbC123xYz", "openreview:AbC123xYz"],
		["https://aclanthology.org/2024.acl-long.123/", "acl:2024.acl-long.123"],
		["https://aclanthology.org/2024.acl-long.123.pdf", "acl:2024.acl-long.123"],
		["https://proceedings.mlr.press/v202/smith23a.html", "pmlr:v202/smith23a"],
		["https://ieeexplore.ieee.org/document/10123456", "ieee:10123456"],
	])("reads %s as %s", (url, key) => {
		expect(identifyPaperUrl(url)?.key).toBe(key);
	});

	it.each(["https://github.com/org/repo", "https://arxiv.org/list/cs.CV/recent", "mailto:a@b.c", "not a url", "https://example.com/paper.pdf"])("ignores %s", (url) => {
		expect(identifyPaperUrl(url)).toBeNull();
	});
});

describe("identifiers and titles", () => {
	it("parses arXiv ids with and without versions", () => {
		expect(parseArxivId("2401.01234v3")).toBe("2401.01234");
		expect(parseArxivId("cs/0112017")).toBe("cs/0112017");
		expect(parseArxivId("2401")).toBeNull();
	});

	it("infers the year from an arXiv id", () => {
		expect(yearFromArxiv("2511.21691")).toBe(2025);
		expect(yearFromArxiv("0704.0001")).toBe(2007);
		expect(yearFromArxiv("hep-th/9901001")).toBe(1999);
		expect(yearFromArxiv("2513.00001")).toBeUndefined();
	});

	it("normalises titles for matching and keys", () => {
		expect(normaliseTitle("  Lost in Time? A Meta-Learning Framework ")).toBe("lost in time a meta learning framework");
		expect(normaliseTitle("ＧＰＴ－４：技术报告")).toBe("gpt 4 技术报告");
		expect(titleKey("A Paper: Without Links!")).toBe("title:a paper without links");
	});
});
