import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../src/core/search/query-parser";

describe("parseQuery", () => {
	it("separates filters from free text", () => {
		expect(parseQuery("year:2025 diffusion Venue:NeurIPS author:truong")).toEqual({
			terms: [{ text: "diffusion", phrase: false }],
			text: "diffusion",
			filters: [
				{ field: "year", op: "=", value: 2025 },
				{ field: "venue", value: "neurips" },
				{ field: "author", value: "truong" },
			],
		});
	});

	it("reads year comparisons, ranges and years still being typed", () => {
		expect(parseQuery("year:>=2024").filters).toEqual([{ field: "year", op: ">=", value: 2024 }]);
		expect(parseQuery("year:<2020").filters).toEqual([{ field: "year", op: "<", value: 2020 }]);
		expect(parseQuery("year:2026..2020").filters).toEqual([{ field: "year", op: "range", from: 2020, to: 2026 }]);
		expect(parseQuery("year:20").filters).toEqual([{ field: "year", op: "prefix", value: "20" }]);
	});

	it("keeps quoted phrases whole, in filters too", () => {
		const parsed = parseQuery('"world model" venue:"IEEE Access" video');
		expect(parsed.terms).toEqual([
			{ text: "world model", phrase: true },
			{ text: "video", phrase: false },
		]);
		expect(parsed.text).toBe("world model video");
		expect(parsed.filters).toEqual([{ field: "venue", value: "ieee access" }]);
		expect(parseQuery('"still typing').terms).toEqual([{ text: "still typing", phrase: true }]);
	});

	it("accepts Chinese colons and quotes, and mixed-language text", () => {
		const parsed = parseQuery("dir：推理 “世界 模型” 视频 world model");
		expect(parsed.filters).toEqual([{ field: "dir", value: "推理" }]);
		expect(parsed.terms.map((t) => t.text)).toEqual(["世界 模型", "视频", "world", "model"]);
	});

	it("leaves unknown keys and filters without a value as they are typed", () => {
		expect(parseQuery("re:invent").terms).toEqual([{ text: "re:invent", phrase: false }]);
		expect(parseQuery("venue: robot")).toEqual({ terms: [{ text: "robot", phrase: false }], text: "robot", filters: [] });
		expect(parseQuery("tag:#robotics").filters).toEqual([{ field: "tag", value: "robotics" }]);
		expect(parseQuery("dirs:x survey:multimodal trend:scaling").filters).toEqual([
			{ field: "survey", value: "multimodal" },
			{ field: "trend", value: "scaling" },
		]);
	});

	it("never throws and keeps every non-space character of the free text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), (query) => {
				const parsed = parseQuery(query);
				if (parsed.filters.length === 0 && !/["“「『]/.test(query)) expect(parsed.text).toBe(query.toLowerCase().trim().split(/\s+/).filter(Boolean).join(" "));
			}),
		);
	});
});
