import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../src/core/search/query-parser";

describe("parseQuery", () => {
	it("separates filters from free text", () => {
		expect(parseQuery("year:2025 diffusion Venue:NeurIPS author:truong")).toEqual({
			terms: [{ text: "diffusion", phrase: false, exclude: false }],
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
			{ text: "world model", phrase: true, exclude: false },
			{ text: "video", phrase: false, exclude: false },
		]);
		expect(parsed.text).toBe("world model video");
		expect(parsed.filters).toEqual([{ field: "venue", value: "ieee access" }]);
		expect(parseQuery('"still typing').terms).toEqual([{ text: "still typing", phrase: true, exclude: false }]);
	});

	it("accepts Chinese colons and quotes, and mixed-language text", () => {
		const parsed = parseQuery("dir：推理 “世界 模型” 视频 world model");
		expect(parsed.filters).toEqual([{ field: "dir", value: "推理" }]);
		expect(parsed.terms.map((t) => t.text)).toEqual(["世界 模型", "视频", "world", "model"]);
	});

	it("leaves unknown keys and filters without a value as they are typed", () => {
		expect(parseQuery("re:invent").terms).toEqual([{ text: "re:invent", phrase: false, exclude: false }]);
		expect(parseQuery("venue: robot")).toEqual({ terms: [{ text: "robot", phrase: false, exclude: false }], text: "robot", filters: [] });
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
				const excludes = /(^|\s)[-－]/.test(query);
				if (parsed.filters.length === 0 && !excludes && !/["“「『]/.test(query)) expect(parsed.text).toBe(query.toLowerCase().trim().split(/\s+/).filter(Boolean).join(" "));
			}),
		);
	});

	it("drops exactly the excluded terms from the scored text", () => {
		const word = fc.stringMatching(/^[a-z0-9视频模型-]{1,8}$/);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), word), { maxLength: 6 }), (parts) => {
				const parsed = parseQuery(parts.map(([minus, w]) => (minus ? `-${w}` : w)).join(" "));
				expect(parsed.text).toBe(
					parsed.terms
						.filter((t) => !t.exclude)
						.map((t) => t.text)
						.join(" "),
				);
				for (const t of parsed.terms) if (t.exclude) expect(t.text).toMatch(/[\p{L}\p{N}]/u);
			}),
		);
	});
});

describe("parseQuery exclusions", () => {
	it("reads -word as an exclusion, left out of the scored text", () => {
		expect(parseQuery("diffusion -video")).toEqual({
			terms: [
				{ text: "diffusion", phrase: false, exclude: false },
				{ text: "video", phrase: false, exclude: true },
			],
			text: "diffusion",
			filters: [],
		});
		expect(parseQuery("-GAN world").terms).toEqual([
			{ text: "gan", phrase: false, exclude: true },
			{ text: "world", phrase: false, exclude: false },
		]);
		expect(parseQuery("world -3d").text).toBe("world");
	});

	it("excludes a quoted phrase, in Chinese quotes too", () => {
		const parsed = parseQuery('robot -"world model" -“世界 模型” -「视频」');
		expect(parsed.terms).toEqual([
			{ text: "robot", phrase: false, exclude: false },
			{ text: "world model", phrase: true, exclude: true },
			{ text: "世界 模型", phrase: true, exclude: true },
			{ text: "视频", phrase: true, exclude: true },
		]);
		expect(parsed.text).toBe("robot");
		expect(parseQuery('robot -"still typing').terms[1]).toEqual({ text: "still typing", phrase: true, exclude: true });
		expect(parseQuery('robot -""').terms).toEqual([{ text: "robot", phrase: false, exclude: false }]);
	});

	it("accepts the full-width minus a Chinese keyboard types", () => {
		const parsed = parseQuery("世界模型 －视频 －GAN");
		expect(parsed.terms).toEqual([
			{ text: "世界模型", phrase: false, exclude: false },
			{ text: "视频", phrase: false, exclude: true },
			{ text: "gan", phrase: false, exclude: true },
		]);
		expect(parsed.text).toBe("世界模型");
	});

	it("keeps a minus inside a word, and a minus without a letter after it, as text", () => {
		expect(parseQuery("self-supervised GPT-4 视觉-语言").terms.every((t) => !t.exclude)).toBe(true);
		expect(parseQuery("self-supervised GPT-4").text).toBe("self-supervised gpt-4");
		expect(parseQuery("a - b").terms).toEqual([
			{ text: "a", phrase: false, exclude: false },
			{ text: "-", phrase: false, exclude: false },
			{ text: "b", phrase: false, exclude: false },
		]);
		expect(parseQuery("-- -? －").terms.map((t) => [t.text, t.exclude])).toEqual([
			["--", false],
			["-?", false],
			["－", false],
		]);
	});

	it("leaves no free text when the query only excludes, and keeps its filters", () => {
		const parsed = parseQuery("year:>=2024 -video －视频 venue:neurips");
		expect(parsed.text).toBe("");
		expect(parsed.terms.map((t) => t.text)).toEqual(["video", "视频"]);
		expect(parsed.filters).toEqual([
			{ field: "year", op: ">=", value: 2024 },
			{ field: "venue", value: "neurips" },
		]);
	});
});
