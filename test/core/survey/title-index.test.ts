import { describe, expect, it } from "vitest";
import { TitleIndex } from "../../../src/core/survey/title-index";
import { normaliseTitle } from "../../../src/core/survey/paper-id";
import { PaperRegistry } from "../../../src/core/survey/paper-registry";

describe("TitleIndex", () => {
	it("offers titles that share a rare word or the first characters, in English and Chinese", () => {
		const idx = new TitleIndex();
		for (const t of ["tidal memory for long dialogues", "sparse routers for mixture models", "面向长对话的记忆网络研究", "tidal memory for long dialogues and beyond"]) idx.add(t);
		expect(idx.candidates("tidal memroy for long dialogues")).toContain("tidal memory for long dialogues");
		expect(idx.candidates("sparse routers for mixture models revisited")).toEqual(["sparse routers for mixture models"]);
		expect(idx.candidates("面向长对话的记忆网络")).toContain("面向长对话的记忆网络研究");
		expect(idx.candidates("an unrelated title entirely")).toEqual([]);
	});

	it("offers at most 64 titles however common the words", () => {
		const idx = new TitleIndex();
		for (let i = 0; i < 1000; i++) idx.add(`graph neural network study ${i}`);
		expect(idx.candidates("graph neural network study x").length).toBeLessThanOrEqual(64);
	});
});

describe("PaperRegistry over many titles", () => {
	it("still joins a title written with a typo to its paper among thousands", () => {
		const reg = new PaperRegistry();
		// Titles of random made-up words: no two are close.
		let seed = 11;
		const letter = (): string => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
		const word = (): string => Array.from({ length: 6 }, letter).join("");
		for (let i = 0; i < 3000; i++) reg.mention({ title: `Graph ${word()} ${word()} ${word()}`, line: i + 1 });
		const a = reg.mention({ title: "Coral Reef Segmentation with Tidal Networks", line: 4000 });
		const b = reg.mention({ title: "Coral Reef Segmentaton with Tidal Networks", line: 4001 });
		expect(b.draft).toBe(a.draft);
		expect(reg.size).toBe(3001);
		expect(normaliseTitle(a.title ?? "")).toBe("coral reef segmentation with tidal networks");
	});
});
