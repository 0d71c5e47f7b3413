import { describe, expect, it } from "vitest";
import { asNumber, asTextList, isPaperNote, toPaperRecord } from "../../../src/core/papers/paper-record";
import { formatWikilink, linkTarget, parseWikilink } from "../../../src/core/papers/wikilink";

describe("toPaperRecord", () => {
	it("reads the contract properties and keeps all of them", () => {
		const r = toPaperRecord("Research/Papers/Monet.md", {
			type: "paper",
			title: "Monet: Reasoning in Latent Visual Space",
			authors: ["Qixun Wang"],
			year: 2025,
			arxiv: "2511.21395",
			score: "3.5",
			directions: ["[[多模态推理]]", "[[Video|视频]]"],
			tags: ["#paper", "robotics"],
			extra: "kept",
		});
		expect(r).toMatchObject({
			path: "Research/Papers/Monet.md",
			basename: "Monet",
			title: "Monet: Reasoning in Latent Visual Space",
			authors: ["Qixun Wang"],
			year: 2025,
			arxiv: "2511.21395",
			score: 3.5,
			directions: ["多模态推理", "Video"],
			tags: ["paper", "robotics"],
		});
		expect(r.properties.extra).toBe("kept");
		expect(r.citations).toBeUndefined();
	});

	it("survives oddly typed properties", () => {
		const r = toPaperRecord("p.md", { type: "paper", title: 42, year: ["2024", "2025"], authors: "Solo Author", citations: { n: 1 }, score: "high" });
		expect(r.title).toBe("42");
		expect(r.year).toBe(2024);
		expect(r.authors).toEqual(["Solo Author"]);
		expect(r.citations).toBeUndefined();
		expect(r.score).toBeUndefined();
	});

	it("falls back to the file name for a missing title", () => {
		expect(toPaperRecord("a/b/Some Paper.md", { type: "paper" }).title).toBe("Some Paper");
	});
});

describe("property readers", () => {
	it("isPaperNote accepts type paper in any case or in a list", () => {
		expect(isPaperNote({ type: "Paper" })).toBe(true);
		expect(isPaperNote({ type: ["note", "paper"] })).toBe(true);
		expect(isPaperNote({ type: "direction" })).toBe(false);
		expect(isPaperNote(undefined)).toBe(false);
	});

	it("asNumber reads numbers and numeric strings only", () => {
		expect(asNumber("1,234")).toBe(1234);
		expect(asNumber(" 2.5 ")).toBe(2.5);
		expect(asNumber("2025a")).toBeUndefined();
		expect(asNumber(null)).toBeUndefined();
	});

	it("asTextList drops empty and non-scalar items", () => {
		expect(asTextList(["a", " ", null, 3, ["x"]])).toEqual(["a", "3"]);
	});
});

describe("wikilinks", () => {
	it("parses target, subpath and display", () => {
		expect(parseWikilink("[[Note#Heading|Shown]]")).toEqual({ target: "Note", subpath: "#Heading", display: "Shown" });
		expect(parseWikilink("not a link")).toBeNull();
		expect(linkTarget(" [[A|b]] ")).toBe("A");
		expect(linkTarget("plain")).toBe("plain");
		expect(formatWikilink("A", "A")).toBe("[[A]]");
		expect(formatWikilink("A", "b")).toBe("[[A|b]]");
	});
});
