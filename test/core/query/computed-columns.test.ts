import { describe, expect, it } from "vitest";
import { parseTableSpec } from "../../../src/core/query/spec-yaml";
import { summarize, summaryRow } from "../../../src/core/query/summaries";
import { TableModel } from "../../../src/core/query/table-model";
import { cellText, toCsv, toMarkdown } from "../../../src/core/query/table-export";
import { queryTable } from "../../../src/core/query/table-query";
import { parseValueExpression, parseWhere } from "../../../src/core/query/where-parser";
import { env, paper } from "./papers";

function model(source: string): TableModel {
	const parsed = parseTableSpec(source);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const m = new TableModel(parsed.spec, env());
	m.load();
	return m;
}

const rows = (m: TableModel): string[] => m.visibleRows().map((r) => r.cells.map((c) => cellText(c, { dateFormat: null })).join(" | "));

describe("arithmetic in the where language", () => {
	it("binds * and / tighter than + and -, left to right, and keeps hyphenated names and negative numbers", () => {
		const parsed = parseValueExpression("2026 - year * 2 / 4 + 1");
		expect(parsed.ok && parsed.operand).toMatchObject({ type: "arith", op: "+", left: { type: "arith", op: "-", right: { op: "/", left: { op: "*" } } } });
		expect(parseValueExpression("reading-status").ok && parseValueExpression("reading-status")).toMatchObject({ operand: { type: "field", key: "reading-status" } });
		expect(parseWhere("year > -5").ok).toBe(true);
		expect(parseValueExpression("2026 -")).toEqual({ ok: false, problem: { pos: 6, message: 'expected a value after "-", found the end of the expression' } });
		expect(parseValueExpression("year citations")).toMatchObject({ ok: false, problem: { pos: 5 } });
	});

	it("filters on computed values; a missing number or a division by zero is a missing value", () => {
		const m = model("columns: [title]\nwhere: citations / (2027 - year) >= 10\nsort: title");
		expect(m.visibleRows().map((r) => r.record.title)).toEqual(["Loop Tiling Revisited", "Whale Song Atlas"]);
		// A "(" may open arithmetic where a condition could start, and still group conditions.
		expect(model("columns: [title]\nwhere: (2026 - year) * 2 > 10").visibleRows().map((r) => r.record.title)).toEqual(["Register Allocation Notes"]);
		expect(model("columns: [title]\nwhere: (year = 2019 or year = 2023) and citations > 100").visibleRows().map((r) => r.record.title)).toEqual(["Loop Tiling Revisited"]);
		// Ice Sheet Emulator: 2026 - 2026 = 0, so the quotient is missing, not infinite.
		expect(model("columns: [title]\nwhere: citations / (2026 - year) exists").visibleRows().map((r) => r.record.title)).not.toContain("Ice Sheet Emulator");
	});
});

describe("computed columns", () => {
	it("show a value computed per paper, can be labelled, sorted and grouped by", () => {
		const m = model('columns: [title, {name: age, value: "2026 - year"}, {name: per_year, label: "Cites/yr", value: "citations / (2027 - year)"}]\nsort: age desc, title\nwhere: year < 2026');
		expect(m.columns.map((c) => c.label)).toEqual(["Title", "Age", "Cites/yr"]);
		expect(rows(m)).toEqual(["Register Allocation Notes | 7 | 0.375", "Loop Tiling Revisited | 3 | 32.5", "Whale Song Atlas | 2 | 13.6666666667", "冰川消融预测 | 1 | 6", "Reef Noise Index | 1 | 3.5"]);
		expect(model('columns: [title, {name: age, value: "2026 - year"}]\ngroup: age').groups().map((g) => (g.key ? cellText(g.key, { dateFormat: null }) : null))).toEqual(["0", "1", "2", "3", "7"]);
	});

	it("report a mistake in their value or shape under columns", () => {
		const bad = (source: string): string[] => {
			const parsed = parseTableSpec(source);
			return parsed.ok ? [] : parsed.errors.map((e) => `${e.key}: ${e.message}`);
		};
		expect(bad('columns: [{name: age, value: "2026 -- year"}]')).toEqual(['columns: computed column "age": expected a value after "-", found "-" (column 7 of "2026 -- year")']);
		expect(bad("columns: [{name: age}]")).toEqual(['columns: computed column "age" needs a value, such as "2026 - year"']);
		expect(bad('columns: [{name: age, value: "1", colour: red}]')).toEqual(['columns: a computed column takes name, value and label, not "colour"']);
	});
});

describe("summaries", () => {
	it("sum, average, median, min, max, range and count what the cells hold", () => {
		const cells = [3, 1, 4, 1, 5].map((value) => ({ kind: "number" as const, value, text: String(value) }));
		expect(["sum", "average", "median", "min", "max", "range", "count"].map((fn) => summarize(fn as never, [...cells, { kind: "empty" }]))).toEqual(["14", "2.8", "3", "1", "5", "1–5", "5"]);
		expect(summarize("average", [{ kind: "text", value: "n/a" }])).toBe("");
	});

	it("read from the block, one per column, over the rows the table shows", () => {
		const m = model("columns: [title, citations, score, year]\nsummaries: {citations: sum, Score: average, year: min…max}\nwhere: year >= 2024");
		expect(m.spec.summaries).toEqual([{ key: "citations", fn: "sum" }, { key: "score", fn: "average" }, { key: "year", fn: "range" }]);
		expect(summaryRow(m.spec.summaries, m.columns, m.visibleRows()).map((c) => c?.text ?? null)).toEqual([null, "60", "3.7", "2024–2026"]);
	});

	it("end each Markdown table with the summary row in bold; CSV holds rows only", () => {
		const result = queryTable("columns: [title, citations]\nsummaries: {citations: sum}\nwhere: citations >= 41", env());
		if (!result.ok) throw new Error("query failed");
		const fmt = { dateFormat: null };
		expect(toMarkdown(result.data, fmt).trimEnd().split("\n").slice(-1)).toEqual(["|  | **sum 171** |"]);
		expect(toCsv(result.data, fmt).trimEnd().split("\r\n")).toHaveLength(3);
	});

	it("name a summary of a column the table does not show, or an unknown function", () => {
		const parsed = parseTableSpec("columns: [title, year]\nsummaries: {citations: sum, year: mode}");
		expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual(['"citations" is not a column of this table; its columns are title, year', '"mode" for "year" is not a summary; use sum, average, median, min, max, min…max or count']);
	});
});

void paper;
