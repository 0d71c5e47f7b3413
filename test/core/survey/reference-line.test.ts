import { describe, expect, it } from "vitest";
import { recogniseReferenceLine, splitAuthors } from "../../../src/core/survey/reference-line";

describe("recogniseReferenceLine", () => {
	it("reads a quoted title with MLA authors", () => {
		expect(recogniseReferenceLine('Okafor, Chidi, Mei Tanaka, and Luis Ortega. "Tidal Scheduling for Elastic Stream Joins." Proceedings of the 2022 Conference on Data Systems. 2022.')).toEqual({
			title: "Tidal Scheduling for Elastic Stream Joins",
			authors: ["Chidi Okafor", "Mei Tanaka", "Luis Ortega"],
			year: 2022,
			venue: "2022 Conference on Data Systems",
			style: "quoted",
		});
	});

	it("reads an IEEE reference with curly quotes", () => {
		const r = recogniseReferenceLine("R. Haddad and S. Voss, “Lease-based consensus for flaky networks,” ACM Transactions on Networked Systems, vol. 4, no. 2, pp. 11–29, 1999.");
		expect(r).toMatchObject({ title: "Lease-based consensus for flaky networks", authors: ["R. Haddad", "S. Voss"], year: 1999, style: "quoted" });
	});

	it("reads APA: authors and year first", () => {
		expect(recogniseReferenceLine("Lindqvist, A., & Moreau, P. (2021). Sparse gradients for frozen encoders. Journal of Imaginary Learning, 12(3).")).toMatchObject({
			title: "Sparse gradients for frozen encoders",
			authors: ["A. Lindqvist", "P. Moreau"],
			year: 2021,
			style: "apa",
		});
	});

	it("reads an author-first reference with an unquoted title", () => {
		expect(recogniseReferenceLine("Brandt, Ingrid K. Bounded queues for cooperative robots. Northfield Technical Institute, 1971.")).toMatchObject({
			title: "Bounded queues for cooperative robots",
			authors: ["Ingrid K. Brandt"],
			year: 1971,
			style: "author-first",
		});
	});

	it.each([
		["Graph Prompting for Tabular Models: A Survey. ACM Comput. Surv. 57(5): 112:1-112:38 (2025)", "Graph Prompting for Tabular Models: A Survey", "ACM Comput. Surv", 2025],
		["Sparse Agents: A Survey, ACM Computing Surveys 2023.01", "Sparse Agents: A Survey", "ACM Computing Surveys", 2023],
		["Verifying Tool Calls in Language Agents. Open Systems Letters. 18 August 2024", "Verifying Tool Calls in Language Agents", "Open Systems Letters", 2024],
		["Retrieval for Code Models: A Survey. KDD 2024", "Retrieval for Code Models: A Survey", "KDD", 2024],
		["面向表格数据的大模型推理方法综述. 计算机学报, 2024年", "面向表格数据的大模型推理方法综述", "计算机学报", 2024],
	])("reads a title-first reference: %s", (line, title, venue, year) => {
		expect(recogniseReferenceLine(line)).toMatchObject({ title, venue, year, style: "title-first" });
	});

	it.each([
		"We compare three methods. Results were published in 2024.",
		"本文比较了三种方法。结果于2024年发表。",
		"See the appendix for details.",
		"✓, ✓, ✓, × ...",
		"2024",
	])("does not read prose as a reference: %s", (line) => {
		expect(recogniseReferenceLine(line)).toBeNull();
	});
});

describe("splitAuthors", () => {
	it("turns the MLA first author around and keeps the others", () => {
		expect(splitAuthors("Okafor, Chidi, Mei Tanaka, and Luis Ortega")).toEqual(["Chidi Okafor", "Mei Tanaka", "Luis Ortega"]);
	});
	it("drops et al. and 等", () => {
		expect(splitAuthors("Okafor, Chidi, et al.")).toEqual(["Chidi Okafor"]);
		expect(splitAuthors("王小明等")).toEqual(["王小明"]);
	});
});
