import { describe, expect, it } from "vitest";
import { queryTable } from "../../../src/core/query/table-query";
import { cellMarkdown, cellText, toCsv, toJson, toMarkdown, type TableData } from "../../../src/core/query/table-export";
import { env, library, paper } from "./papers";

function data(source: string, records = library()): TableData {
	const result = queryTable(source, env(records));
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.data;
}

describe("table export", () => {
	it("writes a Markdown table with wikilinks, escaped pipes and right-aligned numbers", () => {
		const md = toMarkdown(data("from: Archive\ncolumns: [title, authors, year, Cited: citations]"), { dateFormat: null });
		expect(md).toBe(["| Title | Authors | Year | Cited |", "| --- | --- | ---: | ---: |", "| [[Archive/Register Allocation Notes\\|Register Allocation Notes]] | Ada Brook | 2019 | 3 |", ""].join("\n"));
	});

	it("escapes pipes and line breaks inside text cells", () => {
		const odd = [paper("P/Odd.md", { title: "A | B", method: "line one\nline two" })];
		expect(toMarkdown(data("columns: [title, method]", odd), { dateFormat: null })).toContain("| [[P/Odd\\|A \\| B]] | line one<br>line two |");
		expect(cellMarkdown({ kind: "text", value: "x|y" }, { dateFormat: null })).toBe("x\\|y");
	});

	it("writes one table per group under a bold heading", () => {
		const md = toMarkdown(data('from: "#compilers"\ncolumns: [title]\ngroup: directions'), { dateFormat: null });
		expect(md).toBe(
			[
				"**directions: [[Compiler Optimisation]]**",
				"",
				"| Title |",
				"| --- |",
				"| [[Lib/Papers/Loop Tiling Revisited\\|Loop Tiling Revisited]] |",
				"",
				"**directions: none**",
				"",
				"| Title |",
				"| --- |",
				"| [[Archive/Register Allocation Notes\\|Register Allocation Notes]] |",
				"",
			].join("\n"),
		);
	});

	it("writes CSV with quoting where needed and the group as a first column", () => {
		const csv = toCsv(data('from: "#acoustics"\ncolumns: [title, authors, score]\nsort: score desc'), { dateFormat: null });
		expect(csv).toBe('Title,Authors,Score\r\nWhale Song Atlas,"Ines Moreau, Kai Tanaka",4.2\r\nReef Noise Index,Kai Tanaka,3.1\r\n');
		const quoted = toCsv(data("columns: [title]", [paper("P/Q.md", { title: 'Say "hi"' })]), { dateFormat: null });
		expect(quoted).toBe('Title\r\n"Say ""hi"""\r\n');
		const grouped = toCsv(data('from: "#climate"\ncolumns: [title]\ngroup: venue'), { dateFormat: null });
		expect(grouped).toBe("venue,Title\r\nNeurIPS,冰川消融预测\r\nNeurIPS,Ice Sheet Emulator\r\n");
	});

	it("formats dates with the block's format", () => {
		const d = data("from: Lib/Papers\ncolumns: [title, imported]\nsort: imported\nformat: d MMM yyyy");
		expect(toCsv(d, { dateFormat: "d MMM yyyy" }).split("\r\n").slice(1, 3)).toEqual(["Loop Tiling Revisited,10 Jan 2026", "Whale Song Atlas,2 Mar 2026"]);
		expect(cellText({ kind: "date", value: "2026-07-01", time: Date.UTC(2026, 6, 1) }, { dateFormat: null })).toBe("2026-07-01");
	});

	it("writes JSON with numbers as numbers, lists as arrays and missing values as null", () => {
		const json = JSON.parse(toJson(data('from: "[[Glacier Modelling]]"\ncolumns: [title, authors, score, directions]'), { dateFormat: null }));
		expect(json).toEqual({
			columns: [
				{ label: "Title", key: "title" },
				{ label: "Authors", key: "authors" },
				{ label: "Score", key: "score" },
				{ label: "Directions", key: "directions" },
			],
			rows: [
				{ path: "Lib/Papers/冰川消融预测.md", cells: { Title: "[[Lib/Papers/冰川消融预测|冰川消融预测]]", Authors: ["王芳"], Score: null, Directions: ["[[Glacier Modelling]]", "[[Ocean Bioacoustics]]"] } },
				{ path: "Lib/Papers/Ice Sheet Emulator.md", cells: { Title: "[[Lib/Papers/Ice Sheet Emulator|Ice Sheet Emulator]]", Authors: ["Sigrid Holm"], Score: 3.8, Directions: ["[[Glacier Modelling]]"] } },
			],
		});
	});
});
