import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FUSE_OPTIONS, createSearchIndex } from "../../../src/core/search";
import { scoreExactly } from "../../../src/core/search/fuse-scorer";
import { FUSE_THRESHOLD } from "../../../src/core/search/search-fields";
import { searchTokens } from "../../../src/core/search/tokens";
import { library, paper } from "../../support/paper-builder";

const papers = [
	...library(),
	paper("Wang and Wang: Two Views of Lensing", { authors: ["Lin Wang", "Wei Wang", "Ada Stone"], tags: ["lensing", "lensing-maps"] }),
	paper("Lensing without Diffusion", { authors: ["Wanda Lee"], method: "a diffusion-free lensing estimator" }),
	paper("视觉语言模型的引力透镜分析", { authors: ["王伟"], method: "透镜 lensing 视觉" }),
];

function exact(query: string): Map<string, number> {
	const index = createSearchIndex(papers);
	const terms = [...new Set(searchTokens(query))].map((text) => ({ text, idf: index.words.idf(text), threshold: FUSE_THRESHOLD }));
	return new Map(scoreExactly(papers, terms).filter((s) => s.complete).map((s) => [s.record.path, s.score]));
}

function plain(query: string): Map<string, number> {
	return new Map(new Fuse(papers, FUSE_OPTIONS).search(query).map((r) => [r.item.path, r.score ?? 1]));
}

describe("scoreExactly", () => {
	it.each(["lensing", "wang lensing", "diffusion lensing", "difusion lensng", "okonkwo 2026", "视觉", "透镜 lensing", "王伟", "wnag"])("gives plain fuse.js's scores for %s", (query) => {
		const ours = exact(query);
		const reference = plain(query);
		expect([...ours.keys()].sort()).toEqual([...reference.keys()].sort());
		for (const [path, score] of reference) expect(ours.get(path), path).toBeCloseTo(score, 10);
	});

	it("reports which words a paper misses, and where the others matched", () => {
		const index = createSearchIndex(papers);
		const terms = ["wang", "quasar"].map((text) => ({ text, idf: index.words.idf(text), threshold: FUSE_THRESHOLD }));
		const [wangs] = scoreExactly([papers[papers.length - 3]], terms);
		expect(wangs.complete).toBe(false);
		expect(wangs.missed).toEqual([1]);
		const authors = wangs.matches.filter((m) => m.field === "authors");
		expect(authors.map((m) => [m.value, m.valueIndex, m.ranges])).toEqual([
			["Lin Wang", 0, [[4, 8]]],
			["Wei Wang", 1, [[4, 8]]],
		]);
	});

	it("skips the comparison where the index knows a word sits unchanged, with the same score", () => {
		const index = createSearchIndex(papers);
		const terms = ["lensing"].map((text) => ({ text, idf: index.words.idf(text), threshold: FUSE_THRESHOLD }));
		const compared = scoreExactly(papers, terms);
		const known = scoreExactly(papers, terms, (r, field) => (field === 0 && papers[r].title.toLowerCase().includes("lensing") ? 0 : undefined));
		expect(known.map((s) => s.score)).toEqual(compared.map((s) => s.score));
	});
});
