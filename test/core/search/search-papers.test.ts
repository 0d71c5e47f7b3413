import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FUSE_OPTIONS, createSearchIndex, searchPapers, type SearchResult } from "../../../src/core/search";
import { library, paper } from "../../support/paper-builder";

const titles = (results: SearchResult[]): string[] => results.map((r) => r.record.title);

describe("searchPapers", () => {
	it("finds a paper through typos, including two swapped letters in a short word", () => {
		const index = createSearchIndex(library());
		expect(titles(searchPapers(index, "spectra to orbti"))[0]).toMatch(/^Spectra-to-Orbit/);
		expect(titles(searchPapers(index, "galaxy clster lensing"))[0]).toMatch(/^Galaxy Cluster Lensing/);
		expect(titles(searchPapers(index, "telescpe"))[0]).toBe("Robotic Telescope Scheduling under Cloud Cover");
	});

	it("finds every paper of an author by surname", () => {
		const found = titles(searchPapers(createSearchIndex(library()), "Okonkwo"));
		expect(found.sort()).toEqual(["Galaxy Cluster Lensing Maps with Diffusion Priors", "Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra"]);
	});

	it("matches Chinese queries inside Chinese titles and methods, without a segmenter", () => {
		const index = createSearchIndex(library());
		expect(titles(searchPapers(index, "蛋白质折叠"))).toEqual(["蛋白质折叠的几何深度学习"]);
		// "逆合成" occurs only inside the method "基于蒙特卡洛树搜索的逆合成路线规划".
		expect(titles(searchPapers(index, "逆合成"))).toEqual(["RetroPlanner: Multi-step Synthesis Planning"]);
		expect(titles(searchPapers(index, "折叠 template"))).toEqual(["蛋白质折叠的几何深度学习"]);
	});

	it("combines a year filter with free text", () => {
		const index = createSearchIndex(library());
		const found = searchPapers(index, "year:2026 robot");
		expect(titles(found)).toEqual(["Robotic Telescope Scheduling under Cloud Cover"]);
		expect(searchPapers(index, "robot").length).toBeGreaterThan(0);
		expect(searchPapers(index, "year:>=2025 telescope").every((r) => (r.record.year ?? 0) >= 2025)).toBe(true);
		expect(titles(searchPapers(index, "year:2020..2023"))).toEqual(["Halo Statistics: Matter Power and Dark Energy", "Learned Cardinality Estimation for Join Queries"]);
	});

	it("filters by venue, author, direction, survey and tag", () => {
		const index = createSearchIndex(library());
		expect(titles(searchPapers(index, "venue:icml"))).toEqual(["Galaxy Cluster Lensing Maps with Diffusion Priors"]);
		expect(titles(searchPapers(index, "author:okonkwo lensing"))).toEqual(["Galaxy Cluster Lensing Maps with Diffusion Priors"]);
		expect(titles(searchPapers(index, "dir:化学"))).toEqual(["RetroPlanner: Multi-step Synthesis Planning"]);
		expect(titles(searchPapers(index, "survey:cosmos")).sort()).toEqual(["Galaxy Cluster Lensing Maps with Diffusion Priors", "Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra"]);
		expect(titles(searchPapers(index, "tag:#robotics"))).toEqual(["Robotic Telescope Scheduling under Cloud Cover"]);
		expect(searchPapers(index, "venue:icml orbit")).toEqual([]);
	});

	it("does not let free text match the filter-only fields", () => {
		// "cosmos" is only a survey name: free text finds nothing, the filter finds both papers.
		const index = createSearchIndex(library());
		expect(searchPapers(index, "cosmos")).toEqual([]);
		expect(searchPapers(index, "survey:cosmos")).toHaveLength(2);
	});

	it("finds a paper by its arXiv id", () => {
		const found = searchPapers(createSearchIndex(library()), "2601.04567");
		expect(titles(found)[0]).toBe("Galaxy Cluster Lensing Maps with Diffusion Priors");
		expect(found[0].matches).toContainEqual({ field: "arxiv", value: "2601.04567", ranges: [[0, 4], [5, 10]] });
	});

	it("requires a quoted phrase to occur as written", () => {
		const index = createSearchIndex(library());
		// "Halo Statistics: Matter Power and Dark Energy" holds both words, apart.
		expect(titles(searchPapers(index, "dark matter"))).toContain("Halo Statistics: Matter Power and Dark Energy");
		const quoted = titles(searchPapers(index, '"dark matter"'));
		expect(quoted).toContain("Dark Matter Halo Emulators");
		expect(quoted).not.toContain("Halo Statistics: Matter Power and Dark Energy");
	});

	it("finds a phrase wherever the lower-cased text holds it: inside words, across a line break, in any case or script", () => {
		const summaries = [
			"Nonaffine sensing arrays at the edge.",
			"Affine\nsensing, written across a line.",
			"AFFINE SENSORS FOR THE LAB.",
			"Affine-sensing is hyphenated here.",
			"We study affine shapes instead.",
			"基于知识图谱的署名消歧方法。",
			"A Kelvin sign: 300 \u212A affine sensing.",
			"Kalibrierung affine SİNOP units, İstanbul affine tests.",
		];
		const papers = summaries.map((summary, i) => ({ ...paper(`Phrase paper ${i}`), summary }));
		const index = createSearchIndex(papers);
		const holding = (phrase: string): string[] =>
			papers
				.filter((p) => (p.summary ?? "").toLowerCase().replace(/\n/g, " ").includes(phrase))
				.map((p) => p.title)
				.sort();
		for (const phrase of ["affine sensing", "ffine sens", "affine s", "affine se", "affine-sensing", "k affine", "知识图谱", "图谱的署", "affine si", "i̇stanbul affine t"]) {
			expect(titles(searchPapers(index, `"${phrase}"`, 50)).sort(), phrase).toEqual(holding(phrase));
			expect(holding(phrase).length, phrase).toBeGreaterThan(0);
		}
	});

	it("looks for a phrase, like a word, only in the searched fields: trends and surveys are for filters", () => {
		const inTrend = { ...paper("Robot arms that plan"), trends: ["[[World model trends]]"] };
		const inTitle = paper("A world model for robot arms");
		const index = createSearchIndex([inTrend, inTitle]);
		expect(titles(searchPapers(index, '"world model" robot'))).toEqual([inTitle.title]);
		expect(titles(searchPapers(index, 'robot -"world model"'))).toEqual([inTrend.title]);
		expect(titles(searchPapers(index, "robot trend:world"))).toEqual([inTrend.title]);
	});

	it("reports the matched ranges of each field", () => {
		const [hit] = searchPapers(createSearchIndex(library()), "okonkwo lensing");
		const title = hit.matches.find((m) => m.field === "title");
		const author = hit.matches.find((m) => m.field === "authors");
		expect(title && title.value.slice(...title.ranges[0])).toBe("Lensing");
		expect(author).toMatchObject({ value: "Adaeze Okonkwo", valueIndex: 0 });
		expect(author && author.value.slice(...author.ranges[0])).toBe("Okonkwo");
	});

	it("lists recently imported papers for an empty query, newest year first among equals", () => {
		const found = searchPapers(createSearchIndex(library()), "   ", 3);
		expect(titles(found)).toEqual(["Robotic Telescope Scheduling under Cloud Cover", "Galaxy Cluster Lensing Maps with Diffusion Priors", "Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra"]);
		expect(found.every((r) => r.matches.length === 0)).toBe(true);
	});

	it("breaks ties by a title starting with the query, then the newer year, then the title", () => {
		const twins = [
			paper("Beta Graph Kernels", { year: 2020, method: "kernels" }),
			paper("Alpha Graph Kernels", { year: 2020, method: "kernels" }),
			paper("Gamma Graph Kernels", { year: 2024, method: "kernels" }),
			paper("Kernels Graph Delta", { year: 2019, method: "kernels" }),
		];
		const forward = titles(searchPapers(createSearchIndex(twins), "kernels"));
		expect(forward).toEqual(["Kernels Graph Delta", "Gamma Graph Kernels", "Alpha Graph Kernels", "Beta Graph Kernels"]);
		expect(titles(searchPapers(createSearchIndex([...twins].reverse()), "kernels"))).toEqual(forward);
	});

	it("reflects added, updated, renamed and removed papers", () => {
		const index = createSearchIndex(library());
		expect(searchPapers(index, "quasar")).toEqual([]);
		index.upsert(paper("Quasar Variability Classification", { year: 2026 }));
		expect(titles(searchPapers(index, "quasar"))).toEqual(["Quasar Variability Classification"]);
		const storm = library()[7];
		expect(titles(searchPapers(index, '"surge forecasting"'))).toEqual([storm.title]);
		index.upsert({ ...storm, title: "Storm Surge Nowcasting with Graph Networks" });
		expect(titles(searchPapers(index, "nowcasting"))).toEqual(["Storm Surge Nowcasting with Graph Networks"]);
		expect(titles(searchPapers(index, '"surge forecasting"'))).toEqual([]);
		index.rename(storm.path, { ...storm, path: "Elsewhere/Storm.md" });
		expect(searchPapers(index, "storm surge").map((r) => r.record.path)).toEqual(["Elsewhere/Storm.md"]);
		expect(index.remove("Elsewhere/Storm.md")).toBe(true);
		// Plain fuse.js still matches "storm" inside "tran(sform)er", one letter apart: only the removed paper goes.
		expect(searchPapers(index, "storm").map((r) => r.record.path)).not.toContain("Elsewhere/Storm.md");
		expect(searchPapers(index, "storm surge")).toEqual([]);
		expect(index.size).toBe(library().length);
	});

	it("scores exactly as plain fuse.js over the same papers", () => {
		const papers = library();
		const plain = new Fuse(papers, FUSE_OPTIONS);
		const index = createSearchIndex(papers);
		for (const query of ["halo", "dark matter", "telescope robot", "okonkwo", "蛋白质", "graph network"]) {
			const expected = plain.search(query).map((r): [string, number | undefined] => [r.item.path, r.score]);
			const ours = searchPapers(index, query, 50).map((r): [string, number | undefined] => [r.record.path, r.score]);
			expect(new Map(ours)).toEqual(new Map(expected));
		}
	});

	it("ranks as plain fuse.js a paper holding a word only with a typo, above papers holding every word in lesser fields", () => {
		const crowd = Array.from({ length: 30 }, (_, i) => paper(`Survey Note ${i}`, { method: `graph agent memory study ${i}` }));
		const typoInTitle = paper("Latent Graph Memory Networks", { method: "message passing" });
		const papers = [...crowd, typoInTitle];
		const expected = new Fuse(papers, FUSE_OPTIONS).search("graph agent memory").slice(0, 5);
		expect(expected[0].item).toBe(typoInTitle);
		const ours = searchPapers(createSearchIndex(papers), "graph agent memory", 5);
		expect(ours.map((r) => r.score)).toEqual(expected.map((r) => r.score));
		expect(ours[0].record).toBe(typoInTitle);
	});

	it("returns the same results whether typed key by key or pasted", () => {
		const query = "year:>=2024 dark mattr halo";
		const typed = createSearchIndex(library());
		for (let i = 1; i < query.length; i++) searchPapers(typed, query.slice(0, i));
		expect(searchPapers(typed, query)).toEqual(searchPapers(createSearchIndex(library()), query));
	});

	it("leaves out papers holding an excluded word or phrase", () => {
		const index = createSearchIndex(library());
		const lensing = titles(searchPapers(index, "lensing"));
		expect(lensing).toContain("Galaxy Cluster Lensing Maps with Diffusion Priors");
		expect(titles(searchPapers(index, "lensing -diffusion"))).not.toContain("Galaxy Cluster Lensing Maps with Diffusion Priors");
		expect(titles(searchPapers(index, 'lensing -"diffusion priors"'))).not.toContain("Galaxy Cluster Lensing Maps with Diffusion Priors");
		// Only exclusions: every paper but those.
		const all = searchPapers(index, "-蛋白质", 50);
		expect(all.length).toBe(library().length - 1);
		expect(titles(all)).not.toContain("蛋白质折叠的几何深度学习");
	});

	it("finds what plain fuse.js cannot: more typos than it forgives, and Chinese with a wrong or missing character", () => {
		const plain = new Fuse(library(), FUSE_OPTIONS);
		const index = createSearchIndex(library());
		// Two swapped pairs in "exoplanet" (three edits to fuse.js in nine letters, one over its limit).
		for (const query of ["exopalnte orbits", "蛋白质拆叠", "蛋白折叠的几何"]) {
			expect(plain.search(query).length, query).toBe(0);
		}
		expect(titles(searchPapers(index, "exopalnte orbits"))[0]).toMatch(/^Spectra-to-Orbit/);
		expect(titles(searchPapers(index, "蛋白质拆叠"))[0]).toBe("蛋白质折叠的几何深度学习");
		expect(titles(searchPapers(index, "蛋白折叠的几何"))[0]).toBe("蛋白质折叠的几何深度学习");
	});

	it("finds two words typed run together, as plain fuse.js does", () => {
		const index = createSearchIndex(library());
		const query = "radialvelocity";
		const expected = new Fuse(library(), FUSE_OPTIONS).search(query).map((r) => r.item.path);
		expect(expected.length).toBeGreaterThan(0);
		expect(searchPapers(index, query).map((r) => r.record.path)).toEqual(expected);
	});
});
