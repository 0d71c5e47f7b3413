import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, defaultSources, type SpecError, type TableSpec } from "../../../src/core/query/spec";
import { parseTableSpec } from "../../../src/core/query/spec-yaml";

function spec(source: string): TableSpec {
	const result = parseTableSpec(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.spec;
}

function errors(source: string): SpecError[] {
	const result = parseTableSpec(source);
	if (result.ok) throw new Error(`expected errors for ${source}`);
	return result.errors;
}

describe("parseTableSpec", () => {
	it("accepts an empty block, with default columns and order", () => {
		for (const body of ["", "\n", "# just a comment\n"]) {
			const s = spec(body);
			expect(s.from).toBeNull();
			expect(s.where).toBeNull();
			expect(s.columns.map((c) => c.key)).toEqual(DEFAULT_COLUMNS);
			expect(s.columns[0].label).toBe("Title");
			expect(s.sort).toEqual([]);
			expect(s.limit).toBeNull();
			expect(s.group).toBeNull();
			expect(s.format).toBeNull();
		}
	});

	it("reads every key of a full block", () => {
		const s = spec(['from: "[[Glacier Modelling]]"', 'where: year >= 2025 and venue contains "NeurIPS"', "columns: [title, year, Cited: citations, score]", "sort: score desc, year", "limit: 20", "group: directions", "format: d MMM yyyy"].join("\n"));
		expect(s.from).toEqual([{ kind: "note", target: "Glacier Modelling", linkedFromOnly: false }]);
		expect(s.where?.type).toBe("and");
		expect(s.columns).toEqual([
			{ key: "title", label: "Title" },
			{ key: "year", label: "Year" },
			{ key: "citations", label: "Cited" },
			{ key: "score", label: "Score" },
		]);
		expect(s.sort).toEqual([
			{ key: "score", descending: true },
			{ key: "year", descending: false },
		]);
		expect(s.limit).toBe(20);
		expect(s.group).toBe("directions");
		expect(s.format).toBe("d MMM yyyy");
	});

	it("reads from as a folder, a tag or a note, alone or in a list", () => {
		expect(spec("from: Lib/Papers/").from).toEqual([{ kind: "folder", folder: "Lib/Papers" }]);
		expect(spec('from: "#acoustics"').from).toEqual([{ kind: "tag", tag: "acoustics" }]);
		expect(spec('from: "[[Ocean Bioacoustics|sea]]"').from).toEqual([{ kind: "note", target: "Ocean Bioacoustics", linkedFromOnly: false }]);
		expect(spec('from: ["#climate", "Archive"]').from).toEqual([
			{ kind: "tag", tag: "climate" },
			{ kind: "folder", folder: "Archive" },
		]);
	});

	it("takes an unquoted #tag and an unquoted [[link]] as the user meant them", () => {
		expect(spec("from: #acoustics\nsort: year").from).toEqual([{ kind: "tag", tag: "acoustics" }]);
		expect(spec("from: [[Glacier Modelling]]").from).toEqual([{ kind: "note", target: "Glacier Modelling", linkedFromOnly: false }]);
	});

	it("reads columns from a comma string, a list, and labelled YAML entries", () => {
		expect(spec("columns: title, year ,venue").columns.map((c) => c.key)).toEqual(["title", "year", "venue"]);
		expect(spec('columns: "title, Published: year"').columns).toEqual([
			{ key: "title", label: "Title" },
			{ key: "year", label: "Published" },
		]);
		expect(spec("columns:\n  - title\n  - 评分: score\n").columns).toEqual([
			{ key: "title", label: "Title" },
			{ key: "score", label: "评分" },
		]);
	});

	it("reads sort from a string, a list or YAML entries", () => {
		expect(spec("sort: [score desc, title ascending]").sort).toEqual([
			{ key: "score", descending: true },
			{ key: "title", descending: false },
		]);
		expect(spec("sort:\n  - year: desc\n").sort).toEqual([{ key: "year", descending: true }]);
		expect(spec("sort: citations DESC").sort).toEqual([{ key: "citations", descending: true }]);
	});

	it("names the key and the problem for each mistake, all at once", () => {
		expect(errors("limit: 0\nsort: score down\ngroup: [a, b]\nformat: YYYY")).toEqual([
			{ key: "sort", message: 'expected "asc" or "desc" after "score", found "down"' },
			{ key: "limit", message: "expected a whole number of rows, 1 or more, found 0" },
			{ key: "group", message: 'expected one property name, found ["a","b"]' },
			{ key: "format", message: '"YYYY" uses Y, the week-numbering year; write yyyy for the year' },
		]);
		expect(errors("format: dd/MM/yyyy f")[0]).toEqual({ key: "format", message: expect.stringMatching(/^"dd\/MM\/yyyy f" is not a date format: .*`f`/) });
		expect(errors("format: DD.MM")[0].message).toBe('"DD.MM" uses D, the day of the year; write d or dd for the day of the month');
		expect(errors("limit: ten")[0]).toEqual({ key: "limit", message: 'expected a whole number of rows, 1 or more, found "ten"' });
		expect(errors("sort: score desc year")[0]).toEqual({ key: "sort", message: 'expected a comma after "score desc", found "year"' });
		expect(errors("columns: []")[0]).toEqual({ key: "columns", message: "expected at least one column, such as [title, year, score]" });
		expect(errors('columns: "Score: "')[0]).toEqual({ key: "columns", message: '"Score:" names no property after the colon' });
		expect(errors('from: "[[]]"')[0].key).toBe("from");
		expect(errors('from: "#two words"')[0]).toEqual({ key: "from", message: '"#two words" is not a tag; a tag has no spaces, as in "#robotics"' });
	});

	it("rejects unknown keys and suggests the nearest", () => {
		expect(errors("colums: [title]")[0]).toEqual({ key: "colums", message: 'unknown key; did you mean "columns"? Keys: from, where, columns, sort, limit, group, format, summaries' });
		expect(errors("colour: red")[0].message).toBe("unknown key Keys: from, where, columns, sort, limit, group, format, summaries");
	});

	it("reports a where syntax error with the expression and the column", () => {
		expect(errors("where: year >= and score > 1")).toEqual([
			{ key: "where", message: 'expected a value after ">=", found "and" (column 9)', expression: "year >= and score > 1", column: 9 },
		]);
	});

	it("reports invalid YAML under the key whose line it is on", () => {
		const [yaml] = errors("sort: score desc\ncolumns: title, Year: year\nlimit: 3");
		expect(yaml.key).toBe("columns");
		expect(yaml.message).toMatch(/^is not valid YAML: .+ \(line 2\)$/);
		const [quoted] = errors('where: "NeurIPS" = venue');
		expect(quoted.key).toBe("where");
		expect(quoted.message).toContain("single quotes");
		expect(errors("year > 2020")[0]).toEqual({ key: "block", message: 'expected one "key: value" per line, with keys from from, where, columns, sort, limit, group, format, summaries' });
	});

	it("accepts a where expression quoted as a whole", () => {
		expect(spec(`where: '"NeurIPS" = venue'`).where?.type).toBe("compare");
	});
});

describe("defaultSources", () => {
	it("shows a direction, trend or survey note's own papers, and everything elsewhere", () => {
		for (const type of ["direction", "Trend", "survey"]) expect(defaultSources(type, "D/N.md")).toEqual([{ kind: "note", target: "D/N.md", linkedFromOnly: true }]);
		expect(defaultSources("paper", "P.md")).toBeNull();
		expect(defaultSources(undefined, "P.md")).toBeNull();
	});
});
