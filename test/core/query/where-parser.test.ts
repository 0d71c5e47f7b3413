import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_WHERE_CONDITIONS, MAX_WHERE_DEPTH, parseWhere, type WhereExpr } from "../../../src/core/query/where-parser";
import { tokenize } from "../../../src/core/query/where-lexer";

function parse(source: string): WhereExpr {
	const result = parseWhere(source);
	if (!result.ok) throw new Error(`unexpected error: ${result.problem.message}`);
	return result.expr;
}

function problem(source: string): { column: number; message: string } {
	const result = parseWhere(source);
	if (result.ok) throw new Error(`expected an error for ${source}`);
	return { column: result.problem.pos + 1, message: result.problem.message };
}

/** A compact rendering of the tree, to assert structure and precedence. */
function show(e: WhereExpr): string {
	const op = (o: { type: string; key?: string; value?: { kind: string } }): string => (o.type === "field" ? (o as { key: string }).key : JSON.stringify((o as { value: unknown }).value));
	switch (e.type) {
		case "and":
		case "or":
			return `(${show(e.left)} ${e.type} ${show(e.right)})`;
		case "not":
			return `not ${show(e.expr)}`;
		case "compare":
			return `${op(e.left)} ${e.op} ${op(e.right)}`;
		case "contains":
			return `${op(e.left)} contains ${op(e.right)}`;
		case "exists":
			return `${op(e.operand)} exists`;
		case "truthy":
			return `${op(e.operand)}?`;
	}
}

describe("where tokenizer", () => {
	it("reads every kind of token with its offset", () => {
		const lexed = tokenize(`year >= 2025 and venue contains "Neur\\"IPS" or imported < 2026-01-31 or directions = [[Ocean|sea]] and not \`my key\` exists`);
		expect(lexed.ok).toBe(true);
		if (!lexed.ok) return;
		expect(lexed.tokens.map((t) => t.type)).toEqual(["field", "op", "number", "keyword", "field", "keyword", "string", "keyword", "field", "op", "date", "keyword", "field", "op", "link", "keyword", "keyword", "field", "keyword", "eof"]);
		expect(lexed.tokens[6]).toMatchObject({ type: "string", value: 'Neur"IPS', pos: 32 });
		expect(lexed.tokens[10]).toMatchObject({ type: "date", value: "2026-01-31" });
		expect(lexed.tokens[14]).toMatchObject({ type: "link", value: "Ocean|sea" });
		expect(lexed.tokens[17]).toMatchObject({ type: "field", name: "my key" });
	});

	it("reads property names in any script, with dots and hyphens", () => {
		const lexed = tokenize("研究方向 = 1 and reading-status = 2 and meta.rank = 3");
		expect(lexed.ok && lexed.tokens.filter((t) => t.type === "field").map((t) => (t as { name: string }).name)).toEqual(["研究方向", "reading-status", "meta.rank"]);
	});
});

describe("parseWhere", () => {
	it("parses each comparison operator", () => {
		for (const op of ["=", "!=", "<", "<=", ">", ">="]) {
			expect(show(parse(`score ${op} 3.5`))).toBe(`score ${op} {"kind":"number","value":3.5,"text":"3.5"}`);
		}
		expect(show(parse("score == 3"))).toBe('score = {"kind":"number","value":3,"text":"3"}');
	});

	it("parses contains, exists, their negations and a lone property", () => {
		expect(show(parse('venue contains "neur"'))).toBe('venue contains {"kind":"text","value":"neur"}');
		expect(show(parse("score exists"))).toBe("score exists");
		expect(show(parse('tags not contains "draft"'))).toBe('not tags contains {"kind":"text","value":"draft"}');
		expect(show(parse("score not exists"))).toBe("not score exists");
		expect(show(parse("read"))).toBe("read?");
	});

	it("types literals: numbers, quoted numbers, dates, links, booleans, text", () => {
		expect(show(parse('year = "2025"'))).toBe('year = {"kind":"number","value":2025,"text":"2025"}');
		expect(show(parse("imported >= 2026-01-01"))).toContain('"kind":"date","value":"2026-01-01"');
		expect(show(parse("directions = [[Glacier Modelling|ice]]"))).toBe('directions = {"kind":"link","target":"Glacier Modelling","display":"ice"}');
		expect(show(parse("read = true"))).toBe('read = {"kind":"boolean","value":true}');
		expect(show(parse("venue = 'PLDI'"))).toBe('venue = {"kind":"text","value":"PLDI"}');
		expect(show(parse("score > -1"))).toBe('score > {"kind":"number","value":-1,"text":"-1"}');
	});

	it("binds and tighter than or, not tighter than and", () => {
		expect(show(parse("a or b and c"))).toBe("(a? or (b? and c?))");
		expect(show(parse("a and b or c"))).toBe("((a? and b?) or c?)");
		expect(show(parse("not a and b"))).toBe("(not a? and b?)");
		expect(show(parse("not not a"))).toBe("not not a?");
		expect(show(parse("a or b or c"))).toBe("((a? or b?) or c?)");
	});

	it("groups with parentheses", () => {
		expect(show(parse("(a or b) and c"))).toBe("((a? or b?) and c?)");
		expect(show(parse("not (a or b)"))).toBe("not (a? or b?)");
		expect(show(parse("((year > 1))"))).toBe('year > {"kind":"number","value":1,"text":"1"}');
	});

	it("treats keywords without regard to case", () => {
		expect(show(parse("A AND NOT b OR c Contains 'x'"))).toBe('((A? and not b?) or c contains {"kind":"text","value":"x"})');
	});

	it("refuses nesting deeper than its limit with a clear error, never a stack overflow", () => {
		for (const deep of ["(".repeat(100_000) + "year > 1", "not ".repeat(100_000) + "year > 1"]) {
			const result = parseWhere(deep);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problem.message).toBe(`nested more than ${MAX_WHERE_DEPTH} levels deep; write the expression with fewer parentheses or "not"s`);
		}
		const chain = parseWhere(Array(100_000).fill("year > 1").join(" and "));
		expect(chain.ok).toBe(false);
		if (!chain.ok) expect(chain.problem.message).toBe(`joins more than ${MAX_WHERE_CONDITIONS} conditions with "and"/"or" (or values with + - * /); split the table or simplify the expression`);
		const sum = parseWhere(`${Array(100_000).fill("year").join(" + ")} > 1`);
		expect(sum.ok).toBe(false);
		const nested = `${"(".repeat(MAX_WHERE_DEPTH - 1)}year > 1${")".repeat(MAX_WHERE_DEPTH - 1)}`;
		expect(parseWhere(nested).ok).toBe(true);
	});

	it("reports a missing value with its column", () => {
		expect(problem("year >=")).toEqual({ column: 8, message: 'expected a value after ">=", found the end of the expression' });
		expect(problem('venue contains and year > 1')).toEqual({ column: 16, message: 'expected a value after "contains", found "and"' });
	});

	it("reports a dangling and/or, a missing operator, an unclosed parenthesis", () => {
		expect(problem("year > 2020 and")).toEqual({ column: 16, message: "expected a property name or a value, found the end of the expression" });
		expect(problem("or year > 1")).toEqual({ column: 1, message: 'expected a property name or a value, found "or"' });
		expect(problem("year 2025")).toEqual({ column: 6, message: 'expected an operator (=, !=, <, <=, >, >=, contains, exists) before "2025"' });
		expect(problem("(year > 1 or score > 2")).toEqual({ column: 23, message: 'expected ")" to close the "(" at column 1, found the end of the expression' });
		expect(problem("year > 1)")).toEqual({ column: 9, message: 'unexpected ")" without a matching "("' });
		expect(problem("year > 1 score > 2")).toEqual({ column: 10, message: 'expected "and", "or" or the end of the expression, found "score"' });
		expect(problem("tags not = 1")).toEqual({ column: 10, message: 'expected "contains" or "exists" after "not", found "="' });
	});

	it("reports lexical mistakes where they start", () => {
		expect(problem('venue = "PLDI')).toEqual({ column: 9, message: "this text has no closing \"" });
		expect(problem("a && b")).toEqual({ column: 3, message: 'unexpected "&"; write "and" or "or"' });
		expect(problem("!a")).toEqual({ column: 1, message: 'unexpected "!"; write "not" to negate, or "!=" for "is not equal to"' });
		expect(problem("directions = [[Ocean")).toEqual({ column: 14, message: "this link has no closing ]]" });
		expect(problem("imported > 2026-13-40")).toEqual({ column: 12, message: '"2026-13-40" is not a real date' });
		expect(problem("`unclosed = 1")).toEqual({ column: 1, message: "this quoted property name has no closing `" });
	});

	it("never throws, whatever it is given", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (s) => {
				const result = parseWhere(s);
				if (!result.ok) expect(result.problem.pos).toBeGreaterThanOrEqual(0);
				if (!result.ok) expect(result.problem.pos).toBeLessThanOrEqual(s.length);
			}),
			{ numRuns: 500 },
		);
		const pieces = ["year", ">", "=", "2025", "and", "or", "not", "(", ")", '"x"', "contains", "exists", "[[N]]", "2026-01-01"];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
				const result = parseWhere(words.join(" "));
				expect(typeof result.ok).toBe("boolean");
			}),
			{ numRuns: 500 },
		);
	});
});
