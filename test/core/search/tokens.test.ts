import { describe, expect, it } from "vitest";
import { isCorrectable, searchTokens } from "../../../src/core/search/tokens";

describe("searchTokens", () => {
	it("splits words on anything but letters, digits and underscores", () => {
		expect(searchTokens("canvas-to-image: gpt_4o, 2511.21691")).toEqual(["canvas", "to", "image", "gpt_4o", "2511", "21691"]);
		expect(searchTokens("müller’s café")).toEqual(["müller", "s", "café"]);
	});

	it("turns Chinese, Japanese and Korean runs into overlapping pairs", () => {
		expect(searchTokens("逆向图形学")).toEqual(["逆向", "向图", "图形", "形学"]);
		expect(searchTokens("视频 world model")).toEqual(["视频", "world", "model"]);
		expect(searchTokens("gpt模型：第1章")).toEqual(["gpt", "模型", "第", "1", "章"]);
		expect(searchTokens("ロボット")).toEqual(["ロボ", "ボッ", "ット"]);
	});

	it("pairs characters outside the Basic Multilingual Plane by code point", () => {
		expect(searchTokens("𠀀𠀁x")).toEqual(["𠀀𠀁", "x"]);
	});

	it("knows which tokens a typo can be corrected in", () => {
		expect(isCorrectable("image")).toBe(true);
		expect(isCorrectable("2511")).toBe(true);
		expect(isCorrectable("图形")).toBe(false);
	});
});
