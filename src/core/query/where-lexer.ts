/** The words of the `where` language; matched without regard to case. */
export const KEYWORDS = ["and", "or", "not", "contains", "exists", "true", "false"] as const;
export type Keyword = (typeof KEYWORDS)[number];

export type ComparisonOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

/** Arithmetic on numbers, for computed columns and comparisons such as `citations / 10 > 3`. */
export type ArithOp = "+" | "-" | "*" | "/";

/** A token with its 0-based offset in the expression. */
export type Token =
	| { type: "field"; name: string; pos: number; text: string }
	| { type: "number"; value: number; pos: number; text: string }
	| { type: "string"; value: string; pos: number; text: string }
	| { type: "date"; value: string; pos: number; text: string }
	| { type: "link"; value: string; pos: number; text: string }
	| { type: "op"; op: ComparisonOp; pos: number; text: string }
	| { type: "arith"; op: ArithOp; pos: number; text: string }
	| { type: "keyword"; word: Keyword; pos: number; text: string }
	| { type: "lparen" | "rparen"; pos: number; text: string }
	| { type: "eof"; pos: number; text: string };

/** A mistake in the expression, at a 0-based offset. */
export interface SyntaxProblem {
	pos: number;
	message: string;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; problem: SyntaxProblem };

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w.])/;
const NUMBER = /^-?\d+(?:\.\d+)?(?![\w])/;
// Property names may be in any script and hold dots (nested keys) and hyphens.
const FIELD = /^[\p{L}_][\p{L}\p{N}_.-]*/u;
const OPS: ReadonlyArray<[string, ComparisonOp]> = [
	["<=", "<="],
	[">=", ">="],
	["!=", "!="],
	["==", "="],
	["=", "="],
	["<", "<"],
	[">", ">"],
];

/** Splits a `where` expression into tokens; the last one is always `eof`. */
export function tokenize(source: string): LexResult {
	const tokens: Token[] = [];
	let i = 0;
	while (i < source.length) {
		const ch = source[i];
		if (/\s/.test(ch)) {
			i++;
			continue;
		}
		const rest = source.slice(i);
		if (ch === "(" || ch === ")") {
			tokens.push({ type: ch === "(" ? "lparen" : "rparen", pos: i, text: ch });
			i++;
			continue;
		}
		const op = OPS.find(([text]) => rest.startsWith(text));
		if (op) {
			tokens.push({ type: "op", op: op[1], pos: i, text: op[0] });
			i += op[0].length;
			continue;
		}
		// A minus after a value subtracts ("2026 - year"); elsewhere it may start a negative number.
		if (ch === "+" || ch === "*" || ch === "/" || (ch === "-" && (endsOperand(tokens[tokens.length - 1]) || !/^-\d/.test(rest)))) {
			tokens.push({ type: "arith", op: ch, pos: i, text: ch });
			i++;
			continue;
		}
		if (ch === '"' || ch === "'") {
			const str = readString(source, i);
			if ("problem" in str) return { ok: false, problem: str.problem };
			tokens.push({ type: "string", value: str.value, pos: i, text: source.slice(i, str.end) });
			i = str.end;
			continue;
		}
		if (ch === "`") {
			const close = source.indexOf("`", i + 1);
			if (close < 0) return { ok: false, problem: { pos: i, message: "this quoted property name has no closing `" } };
			const name = source.slice(i + 1, close).trim();
			if (name === "") return { ok: false, problem: { pos: i, message: "expected a property name between the backticks" } };
			tokens.push({ type: "field", name, pos: i, text: source.slice(i, close + 1) });
			i = close + 1;
			continue;
		}
		if (rest.startsWith("[[")) {
			const close = source.indexOf("]]", i + 2);
			if (close < 0) return { ok: false, problem: { pos: i, message: "this link has no closing ]]" } };
			const inner = source.slice(i + 2, close);
			if (inner.trim() === "") return { ok: false, problem: { pos: i, message: "expected a note name inside [[ ]]" } };
			tokens.push({ type: "link", value: inner, pos: i, text: source.slice(i, close + 2) });
			i = close + 2;
			continue;
		}
		const date = DATE.exec(rest);
		if (date) {
			tokens.push({ type: "date", value: date[0], pos: i, text: date[0] });
			i += date[0].length;
			continue;
		}
		const num = NUMBER.exec(rest);
		if (num) {
			tokens.push({ type: "number", value: Number(num[0]), pos: i, text: num[0] });
			i += num[0].length;
			continue;
		}
		const field = FIELD.exec(rest);
		if (field) {
			const text = field[0].replace(/[.-]+$/, "");
			const word = text.toLowerCase() as Keyword;
			if ((KEYWORDS as readonly string[]).includes(word)) tokens.push({ type: "keyword", word, pos: i, text });
			else tokens.push({ type: "field", name: text, pos: i, text });
			i += text.length;
			continue;
		}
		return { ok: false, problem: { pos: i, message: unexpectedCharacter(ch) } };
	}
	tokens.push({ type: "eof", pos: source.length, text: "" });
	return { ok: true, tokens };
}

function endsOperand(token: Token | undefined): boolean {
	return token !== undefined && (token.type === "field" || token.type === "number" || token.type === "string" || token.type === "date" || token.type === "link" || token.type === "rparen");
}

function unexpectedCharacter(ch: string): string {
	if (ch === "!") return 'unexpected "!"; write "not" to negate, or "!=" for "is not equal to"';
	if (ch === "&" || ch === "|") return `unexpected "${ch}"; write "and" or "or"`;
	return `unexpected character "${ch}"`;
}

function readString(source: string, start: number): { value: string; end: number } | { problem: SyntaxProblem } {
	const quote = source[start];
	let value = "";
	let i = start + 1;
	while (i < source.length) {
		const ch = source[i];
		if (ch === "\\" && i + 1 < source.length) {
			value += source[i + 1];
			i += 2;
			continue;
		}
		if (ch === quote) return { value, end: i + 1 };
		value += ch;
		i++;
	}
	return { problem: { pos: start, message: `this text has no closing ${quote}` } };
}
