import { parseDate, scalarFromString, type ScalarCell } from "./cell";
import { tokenize, type ArithOp, type ComparisonOp, type SyntaxProblem, type Token } from "./where-lexer";

/** A side of a comparison: a property of the paper, a value written in the expression, or arithmetic on them. */
export type Operand =
	| { type: "field"; key: string; pos: number }
	| { type: "literal"; value: ScalarCell; pos: number }
	| { type: "arith"; op: ArithOp; left: Operand; right: Operand; pos: number };

/** A parsed `where` expression. */
export type WhereExpr =
	| { type: "and" | "or"; left: WhereExpr; right: WhereExpr }
	| { type: "not"; expr: WhereExpr }
	| { type: "compare"; op: ComparisonOp; left: Operand; right: Operand }
	| { type: "contains"; left: Operand; right: Operand }
	| { type: "exists"; operand: Operand }
	/** A lone operand: true when it has a value other than false or 0. */
	| { type: "truthy"; operand: Operand };

export type WhereParseResult = { ok: true; expr: WhereExpr } | { ok: false; problem: SyntaxProblem };

/**
 * How deep parentheses and `not`s may nest. Far beyond any real table, and
 * well inside the call stack of the parser and of the evaluator that walks
 * the tree: deeper input gets this error instead of a stack overflow.
 */
export const MAX_WHERE_DEPTH = 200;

/** How many `and`/`or`s and arithmetic operators an expression may hold: each adds a level to the tree the evaluator walks. */
export const MAX_WHERE_CONDITIONS = 1000;

class ParseFailure extends Error {
	constructor(readonly problem: SyntaxProblem) {
		super(problem.message);
	}
}

/**
 * Parses a `where` expression by recursive descent. Precedence, loosest
 * first: `or`, `and`, `not`, then a comparison (`=`, `!=`, `<`, `<=`, `>`,
 * `>=`, `contains`, `exists`, each optionally negated as `not contains` /
 * `not exists`); parentheses group. Never throws: a mistake comes back with
 * its 0-based offset and what was expected there.
 */
export function parseWhere(source: string): WhereParseResult {
	const lexed = tokenize(source);
	if (!lexed.ok) return lexed;
	const parser = new Parser(lexed.tokens);
	try {
		const expr = parser.expression();
		return { ok: true, expr };
	} catch (err) {
		if (err instanceof ParseFailure) return { ok: false, problem: err.problem };
		throw err;
	}
}

export type ValueParseResult = { ok: true; operand: Operand } | { ok: false; problem: SyntaxProblem };

/**
 * Parses a value expression, the operand side of the `where` language
 * (properties, values and + - * /), as a computed column's `value`.
 */
export function parseValueExpression(source: string): ValueParseResult {
	const lexed = tokenize(source);
	if (!lexed.ok) return lexed;
	const parser = new Parser(lexed.tokens);
	try {
		return { ok: true, operand: parser.valueExpression() };
	} catch (err) {
		if (err instanceof ParseFailure) return { ok: false, problem: err.problem };
		throw err;
	}
}

class Parser {
	private i = 0;
	private depth = 0;
	private joins = 0;

	constructor(private readonly tokens: Token[]) {}

	valueExpression(): Operand {
		const operand = this.operand("expected a property name or a value");
		const next = this.peek();
		if (next.type !== "eof") this.fail(next, `expected +, -, *, / or the end of the value, found ${describe(next)}`);
		return operand;
	}

	expression(): WhereExpr {
		const expr = this.or();
		const next = this.peek();
		if (next.type !== "eof") {
			if (next.type === "rparen") this.fail(next, 'unexpected ")" without a matching "("');
			this.fail(next, `expected "and", "or" or the end of the expression, found ${describe(next)}`);
		}
		return expr;
	}

	private or(): WhereExpr {
		let left = this.and();
		while (this.isKeyword("or")) {
			this.join();
			this.i++;
			left = { type: "or", left, right: this.and() };
		}
		return left;
	}

	private and(): WhereExpr {
		let left = this.not();
		while (this.isKeyword("and")) {
			this.join();
			this.i++;
			left = { type: "and", left, right: this.not() };
		}
		return left;
	}

	private not(): WhereExpr {
		const token = this.peek();
		if (this.isKeyword("not")) {
			return this.nested(token, () => {
				this.i++;
				return { type: "not", expr: this.not() };
			});
		}
		if (token.type === "lparen") {
			// "(" groups conditions, or starts arithmetic: "(2027 - year) > 3". Try the group first.
			const start = this.i;
			try {
				const inner = this.group(token);
				if (!continuesComparison(this.peek())) return inner;
			} catch (err) {
				if (!(err instanceof ParseFailure)) throw err;
				this.i = start;
				try {
					return this.comparison();
				} catch {
					throw err;
				}
			}
			this.i = start;
		}
		return this.comparison();
	}

	private group(open: Token): WhereExpr {
		return this.nested(open, () => {
			this.i++;
			const inner = this.or();
			const close = this.peek();
			if (close.type !== "rparen") this.fail(close, `expected ")" to close the "(" at column ${open.pos + 1}, found ${describe(close)}`);
			this.i++;
			return inner;
		});
	}

	/** Runs one level of nesting, refused past MAX_WHERE_DEPTH; the count survives backtracking. */
	private nested<T>(token: Token, parse: () => T): T {
		if (++this.depth >= MAX_WHERE_DEPTH) {
			this.depth--;
			this.fail(token, `nested more than ${MAX_WHERE_DEPTH} levels deep; write the expression with fewer parentheses or "not"s`);
		}
		try {
			return parse();
		} finally {
			this.depth--;
		}
	}

	private join(): void {
		if (++this.joins >= MAX_WHERE_CONDITIONS) this.fail(this.peek(), `joins more than ${MAX_WHERE_CONDITIONS} conditions with "and"/"or" (or values with + - * /); split the table or simplify the expression`);
	}

	private comparison(): WhereExpr {
		const left = this.operand("expected a property name or a value");
		let negated = false;
		let token = this.peek();
		if (token.type === "keyword" && token.word === "not") {
			const after = this.tokens[this.i + 1];
			if (!(after.type === "keyword" && (after.word === "contains" || after.word === "exists"))) {
				this.fail(after, `expected "contains" or "exists" after "not", found ${describe(after)}`);
			}
			negated = true;
			this.i++;
			token = this.peek();
		}
		let expr: WhereExpr;
		if (token.type === "op") {
			this.i++;
			expr = { type: "compare", op: token.op, left, right: this.operand(`expected a value after "${token.text}"`) };
		} else if (token.type === "keyword" && token.word === "contains") {
			this.i++;
			expr = { type: "contains", left, right: this.operand('expected a value after "contains"') };
		} else if (token.type === "keyword" && token.word === "exists") {
			this.i++;
			expr = { type: "exists", operand: left };
		} else {
			if (isOperandToken(token)) this.fail(token, `expected an operator (=, !=, <, <=, >, >=, contains, exists) before ${describe(token)}`);
			expr = { type: "truthy", operand: left };
		}
		return negated ? { type: "not", expr } : expr;
	}

	/** Sums and differences of products: * and / bind tighter than + and -, each left to right. */
	private operand(expected: string): Operand {
		let left = this.product(expected);
		for (let t = this.peek(); t.type === "arith" && (t.op === "+" || t.op === "-"); t = this.peek()) {
			this.join();
			this.i++;
			left = { type: "arith", op: t.op, left, right: this.product(`expected a value after "${t.op}"`), pos: t.pos };
		}
		return left;
	}

	private product(expected: string): Operand {
		let left = this.atom(expected);
		for (let t = this.peek(); t.type === "arith" && (t.op === "*" || t.op === "/"); t = this.peek()) {
			this.join();
			this.i++;
			left = { type: "arith", op: t.op, left, right: this.atom(`expected a value after "${t.op}"`), pos: t.pos };
		}
		return left;
	}

	private atom(expected: string): Operand {
		const token = this.peek();
		const pos = token.pos;
		switch (token.type) {
			case "lparen":
				return this.nested(token, () => {
					this.i++;
					const inner = this.operand(expected);
					const close = this.peek();
					if (close.type !== "rparen") this.fail(close, `expected ")" to close the "(" at column ${pos + 1}, found ${describe(close)}`);
					this.i++;
					return inner;
				});
			case "field":
				this.i++;
				return { type: "field", key: token.name, pos };
			case "number":
				this.i++;
				return { type: "literal", value: { kind: "number", value: token.value, text: token.text }, pos };
			case "string":
				this.i++;
				return { type: "literal", value: scalarFromString(token.value) ?? { kind: "text", value: "" }, pos };
			case "date": {
				const date = parseDate(token.value);
				if (!date) this.fail(token, `"${token.value}" is not a real date`);
				this.i++;
				return { type: "literal", value: date, pos };
			}
			case "link": {
				this.i++;
				const literal = scalarFromString(`[[${token.value}]]`);
				return { type: "literal", value: literal ?? { kind: "link", target: token.value.trim() }, pos };
			}
			case "keyword":
				if (token.word === "true" || token.word === "false") {
					this.i++;
					return { type: "literal", value: { kind: "boolean", value: token.word === "true" }, pos };
				}
				return this.fail(token, `${expected}, found ${describe(token)}`);
			default:
				return this.fail(token, `${expected}, found ${describe(token)}`);
		}
	}

	private peek(): Token {
		return this.tokens[this.i];
	}

	private isKeyword(word: string): boolean {
		const t = this.peek();
		return t.type === "keyword" && t.word === word;
	}

	private fail(token: Token, message: string): never {
		throw new ParseFailure({ pos: token.pos, message });
	}
}

/** A token that can only follow a value, so a "(" before it opened arithmetic, not a group. */
function continuesComparison(token: Token): boolean {
	return token.type === "op" || token.type === "arith" || (token.type === "keyword" && (token.word === "contains" || token.word === "exists" || token.word === "not"));
}

function isOperandToken(token: Token): boolean {
	return token.type === "field" || token.type === "number" || token.type === "string" || token.type === "date" || token.type === "link" || token.type === "lparen" || (token.type === "keyword" && (token.word === "true" || token.word === "false"));
}

function describe(token: Token): string {
	if (token.type === "eof") return "the end of the expression";
	const text = token.text.length > 24 ? `${token.text.slice(0, 24)}…` : token.text;
	return token.type === "string" ? text : `"${text}"`;
}
