import { describe, expect, it } from "vitest";
import { describeQuery } from "../../../src/core/search/query-description";
import { parseQuery } from "../../../src/core/search/query-parser";

const described = (query: string): string[] => describeQuery(parseQuery(query));

describe("describeQuery", () => {
	it("lists nothing for plain words, in English or Chinese", () => {
		expect(described("")).toEqual([]);
		expect(described("canvas to imgae")).toEqual([]);
		expect(described("视频 world model self-supervised")).toEqual([]);
	});

	it("says how each year filter was read", () => {
		expect(described("year:2025")).toEqual(["year 2025"]);
		expect(described("year:>=2024")).toEqual(["year ≥ 2024"]);
		expect(described("year:<=2019")).toEqual(["year ≤ 2019"]);
		expect(described("year:>2020")).toEqual(["year > 2020"]);
		expect(described("year:<2020")).toEqual(["year < 2020"]);
		expect(described("year:2022..2020")).toEqual(["year 2020–2022"]);
		expect(described("year:2021..2021")).toEqual(["year 2021"]);
		expect(described("year:20")).toEqual(["year starting 20"]);
	});

	it("names every field filter, the way the query spelled its value", () => {
		expect(described('venue:NeurIPS authors:truong direction：推理 trend:scaling survey:"Multimodal LLMs" tag:#robotics')).toEqual([
			"venue: neurips",
			"author: truong",
			"direction: 推理",
			"trend: scaling",
			"survey: multimodal llms",
			"tag: robotics",
		]);
	});

	it("lists phrases and exclusions after the filters, in the order written", () => {
		expect(described('"world model" diffusion -video year:>=2024 venue:neurips')).toEqual(["year ≥ 2024", "venue: neurips", 'phrase "world model"', 'not "video"']);
		expect(described("“世界 模型” －视频 -\"video game\"")).toEqual(['phrase "世界 模型"', 'not "视频"', 'not "video game"']);
	});

	it("lists nothing for a filter still without a value, or a hyphen inside a word", () => {
		expect(described("year: GPT-4 a - b")).toEqual([]);
	});
});
