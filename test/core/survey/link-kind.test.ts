import { describe, expect, it } from "vitest";
import { classifyLink } from "../../../src/core/survey/link-kind";
import { identifyPaperUrl } from "../../../src/core/survey/paper-id";

describe("classifyLink", () => {
	it.each([
		["https://arxiv.org/abs/2401.01234", "paper"],
		["https://dl.acm.org/doi/10.1145/3318464.3389723", "paper"],
		["https://www.research-collection.ethz.ch/bitstream/handle/1/2/p1002.pdf", "scholarly"],
		["https://link.springer.com/chapter/some-chapter", "scholarly"],
		["https://example.edu/~lab/papers/fast-joins.pdf", "scholarly"],
		["https://github.com/lab/repo", "other-site"],
		["https://zhuanlan.zhihu.com/p/123456", "other-site"],
		["https://www.youtube.com/watch?v=abc", "other-site"],
		["https://lab.github.io/project/", "other-site"],
		["2024年09月30日/Some_Paper_Title.md", "note"],
		["#references", "anchor"],
		["https://news.example.com/story", "unknown"],
	])("%s is %s", (url, kind) => {
		expect(classifyLink(url).kind).toBe(kind);
	});
});

describe("identifiers behind redirects and mirrors", () => {
	it("reads the arXiv id a Zhihu redirect forwards to", () => {
		expect(identifyPaperUrl("https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2203.02155")?.arxiv).toBe("2203.02155");
		expect(identifyPaperUrl("https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/2211.03540.pdf")?.arxiv).toBe("2211.03540");
	});
	it("reads browse.arxiv.org, Semantic Scholar and Papers with Code arXiv paths", () => {
		expect(identifyPaperUrl("https://browse.arxiv.org/abs/2304.09876v2")?.arxiv).toBe("2304.09876");
		expect(identifyPaperUrl("https://www.semanticscholar.org/arxiv/2106.01234")?.arxiv).toBe("2106.01234");
		expect(identifyPaperUrl("https://paperswithcode.com/paper/arxiv/2106.01234")?.arxiv).toBe("2106.01234");
	});
	it("reads IJCAI proceedings", () => {
		expect(identifyPaperUrl("https://www.ijcai.org/proceedings/2019/0123.pdf")?.key).toBe("ijcai:2019/0123");
	});
	it("gives nothing for a redirect without a target", () => {
		expect(identifyPaperUrl("https://link.zhihu.com/?foo=1")).toBeNull();
	});
});
