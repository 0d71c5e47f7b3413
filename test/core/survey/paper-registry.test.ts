import { describe, expect, it } from "vitest";
import { PaperRegistry } from "../../../src/core/survey/paper-registry";
import { identifyPaperUrl } from "../../../src/core/survey/paper-id";

describe("PaperRegistry with several identifiers of one paper", () => {
	const id = (url: string) => identifyPaperUrl(url)!;

	it("joins two papers known by an arXiv id and a DOI once a record names both", () => {
		const r = new PaperRegistry();
		r.mention({ id: id("https://arxiv.org/abs/2402.00011"), title: "Moss Routing", line: 1 });
		r.mention({ id: id("https://doi.org/10.1145/3600000.1"), line: 2 });
		r.mention({ id: id("https://arxiv.org/abs/2402.00011"), also: [id("https://doi.org/10.1145/3600000.1")], line: 3 });
		const { papers } = r.finish();
		expect(papers).toHaveLength(1);
		expect(papers[0]).toMatchObject({ key: "2402.00011", arxiv: "2402.00011", doi: "10.1145/3600000.1", mentions: [1, 2, 3] });
	});

	it("joins by the same title an arXiv paper and a DOI, but never two different arXiv ids", () => {
		const r = new PaperRegistry();
		r.mention({ id: id("https://arxiv.org/abs/2402.00011"), title: "Moss Routing for Sparse Experts", line: 1 });
		r.mention({ id: id("https://doi.org/10.1145/3600000.1"), title: "Moss routing for sparse experts", line: 2 });
		r.mention({ id: id("https://arxiv.org/abs/2402.09999"), title: "Moss Routing for Sparse Experts", line: 3 });
		expect(r.finish().papers.map((p) => [p.key, p.doi])).toEqual([
			["2402.00011", "10.1145/3600000.1"],
			["2402.09999", undefined],
		]);
	});
});
