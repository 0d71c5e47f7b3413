import { format as formatDate } from "date-fns";
import type { FrontmatterValue } from "../markdown/frontmatter";
import { parseWikilink } from "../papers/wikilink";
import type { ColumnSpec, SortSpec, SourceSpec, SpecError, SummaryFunction, SummarySpec } from "./spec-types";
import { nearestName } from "./nearest-name";
import { parseValueExpression, parseWhere, type WhereExpr } from "./where-parser";

// Readers for each key of a paper-table block: each takes the parsed value,
// returns what the spec holds, and files any mistake under its key.

export const SPEC_KEYS = ["from", "where", "columns", "sort", "limit", "group", "format", "summaries"] as const;

export const DEFAULT_COLUMNS: readonly string[] = ["title", "authors", "year", "venue", "citations", "score"];

export function unknownKeyMessage(key: string): string {
	const near = nearestName(key, SPEC_KEYS, 2);
	return `unknown key${near ? `; did you mean "${near}"?` : ""} Keys: ${SPEC_KEYS.join(", ")}`;
}

/** YAML reads an unquoted `from: #tag` as an empty value and a comment; take the tag the user meant. */
export function unquotedTag(source: string): FrontmatterValue {
	const m = /^from:[ \t]+(#[^\s#]+)[ \t]*$/m.exec(source);
	return m ? m[1] : null;
}

export function readFrom(value: FrontmatterValue | undefined, errors: SpecError[]): SourceSpec[] | null {
	if (value === undefined || value === null) return null;
	const nested = nestedLinkText(value);
	const items = nested !== null ? [nested] : Array.isArray(value) ? value : [value];
	const sources: SourceSpec[] = [];
	for (const item of items) {
		const text = typeof item === "string" ? item.trim() : nestedLinkText(item);
		if (text === null || text === "") {
			errors.push({ key: "from", message: 'expected a folder ("Research/Papers"), a tag ("#robotics") or a note ("[[Note]]")' });
			continue;
		}
		const source = readSource(text);
		if ("error" in source) errors.push({ key: "from", message: source.error });
		else sources.push(source);
	}
	return sources;
}

/** `[[Note]]` unquoted in YAML is a list in a list; read it back as the link text. */
function nestedLinkText(value: FrontmatterValue | undefined): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner = value[0];
	if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === "string") return `[[${inner[0]}]]`;
	return null;
}

function readSource(text: string): SourceSpec | { error: string } {
	if (text.startsWith("[[")) {
		const link = parseWikilink(text);
		if (!link) return { error: `"${text}" is not a link to a note; write it as "[[Note]]"` };
		return { kind: "note", target: link.target, linkedFromOnly: false };
	}
	if (text.startsWith("#")) {
		const tag = text.slice(1).trim();
		if (!/^[^\s#,]+$/.test(tag)) return { error: `"${text}" is not a tag; a tag has no spaces, as in "#robotics"` };
		return { kind: "tag", tag };
	}
	const folder = text.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
	return { kind: "folder", folder };
}

export function readWhere(value: FrontmatterValue | undefined, errors: SpecError[]): WhereExpr | null {
	if (value === undefined || value === null) return null;
	if (typeof value === "object") {
		errors.push({ key: "where", message: 'expected one expression, such as year >= 2025 and venue contains "NeurIPS"' });
		return null;
	}
	const expression = String(value);
	if (expression.trim() === "") return null;
	const parsed = parseWhere(expression);
	if (parsed.ok) return parsed.expr;
	errors.push({ key: "where", message: `${parsed.problem.message} (column ${parsed.problem.pos + 1})`, expression, column: parsed.problem.pos + 1 });
	return null;
}

export function readColumns(value: FrontmatterValue | undefined, errors: SpecError[]): ColumnSpec[] {
	if (value === undefined || value === null) return DEFAULT_COLUMNS.map((key) => ({ key, label: defaultLabel(key) }));
	const items: FrontmatterValue[] = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
	const columns: ColumnSpec[] = [];
	for (const item of items) {
		const column = readColumn(item);
		if (typeof column === "string") errors.push({ key: "columns", message: column });
		else if (column) columns.push(column);
	}
	if (columns.length === 0 && !errors.some((e) => e.key === "columns")) errors.push({ key: "columns", message: "expected at least one column, such as [title, year, score]" });
	return columns;
}

/**
 * A column from "key", "Label: key", a YAML `{Label: key}`, or a computed
 * column `{name: age, value: "2026 - year"}` (with an optional `label`);
 * a string is an error message; null skips a blank.
 */
function readColumn(item: FrontmatterValue): ColumnSpec | string | null {
	if (item !== null && typeof item === "object" && !Array.isArray(item) && ("value" in item || "name" in item)) return readComputedColumn(item);
	if (item !== null && typeof item === "object" && !Array.isArray(item)) {
		const entries = Object.entries(item);
		if (entries.length !== 1 || typeof entries[0][1] !== "string") return 'expected a property name, or "Label: key"';
		return checkColumn(entries[0][0].trim(), entries[0][1].trim());
	}
	if (typeof item !== "string" && typeof item !== "number") return 'expected a property name, or "Label: key"';
	const text = String(item).trim();
	if (text === "") return null;
	const colon = text.lastIndexOf(":");
	if (colon < 0) return checkColumn(null, text);
	return checkColumn(text.slice(0, colon).trim(), text.slice(colon + 1).trim());
}

function readComputedColumn(item: Record<string, FrontmatterValue>): ColumnSpec | string {
	const extra = Object.keys(item).filter((k) => k !== "name" && k !== "value" && k !== "label");
	if (extra.length > 0) return `a computed column takes name, value and label, not "${extra[0]}"`;
	const { name, value, label } = item;
	if (typeof name !== "string" || !isKeyName(name.trim())) return 'a computed column needs a name, such as {name: age, value: "2026 - year"}';
	if (typeof value !== "string" && typeof value !== "number") return `computed column "${name}" needs a value, such as "2026 - year"`;
	if (label !== undefined && typeof label !== "string") return `computed column "${name}": its label must be text`;
	const parsed = parseValueExpression(String(value));
	if (!parsed.ok) return `computed column "${name}": ${parsed.problem.message} (column ${parsed.problem.pos + 1} of "${String(value)}")`;
	const key = name.trim();
	return { key, label: label?.trim() || defaultLabel(key), expr: parsed.operand };
}

const SUMMARY_NAMES: Record<string, SummaryFunction> = {
	sum: "sum",
	total: "sum",
	average: "average",
	avg: "average",
	mean: "average",
	median: "median",
	min: "min",
	max: "max",
	range: "range",
	"min…max": "range",
	"min..max": "range",
	"min-max": "range",
	count: "count",
};

/** `summaries: {citations: sum, score: average, year: min…max}`: one function per shown column. */
export function readSummaries(value: FrontmatterValue | undefined, columns: readonly ColumnSpec[], errors: SpecError[]): SummarySpec[] {
	if (value === undefined || value === null) return [];
	if (typeof value !== "object" || Array.isArray(value)) {
		errors.push({ key: "summaries", message: "expected one column and function per entry, such as {citations: sum, score: average, year: min…max}" });
		return [];
	}
	const out: SummarySpec[] = [];
	for (const [key, name] of Object.entries(value)) {
		const column = columns.find((c) => c.key === key) ?? columns.find((c) => c.key.toLowerCase() === key.toLowerCase() || c.label.toLowerCase() === key.toLowerCase());
		if (!column) {
			errors.push({ key: "summaries", message: `"${key}" is not a column of this table; its columns are ${columns.map((c) => c.key).join(", ")}` });
			continue;
		}
		const fn = typeof name === "string" ? SUMMARY_NAMES[name.trim().toLowerCase()] : undefined;
		if (!fn) {
			errors.push({ key: "summaries", message: `${JSON.stringify(name)} for "${key}" is not a summary; use sum, average, median, min, max, min…max or count` });
			continue;
		}
		out.push({ key: column.key, fn });
	}
	return out;
}

function checkColumn(label: string | null, key: string): ColumnSpec | string {
	if (key === "") return `"${label ?? ""}:" names no property after the colon`;
	if (!isKeyName(key)) return `"${key}" is not a property name`;
	if (label === "") return `"${key}" has an empty label before the colon`;
	return { key, label: label ?? defaultLabel(key) };
}

/** The header a column gets without a label: its key with a capital first letter. */
export function defaultLabel(key: string): string {
	return key.charAt(0).toUpperCase() + key.slice(1);
}

export function readSort(value: FrontmatterValue | undefined, errors: SpecError[]): SortSpec[] {
	if (value === undefined || value === null) return [];
	const items: FrontmatterValue[] = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
	const sort: SortSpec[] = [];
	for (const item of items) {
		let words: string[];
		if (item !== null && typeof item === "object" && !Array.isArray(item)) {
			const entries = Object.entries(item);
			words = entries.length === 1 && typeof entries[0][1] === "string" ? [entries[0][0], entries[0][1]] : [];
		} else if (typeof item === "string") {
			words = item.trim().split(/\s+/).filter((w) => w !== "");
		} else {
			words = [];
		}
		if (words.length === 0) {
			if (typeof item === "string" && item.trim() === "") continue;
			errors.push({ key: "sort", message: 'expected a property and a direction, such as "score desc, year desc"' });
			continue;
		}
		const [key, direction, ...extra] = words;
		if (!isKeyName(key)) {
			errors.push({ key: "sort", message: `"${key}" is not a property name` });
			continue;
		}
		const dir = direction?.toLowerCase();
		if (dir !== undefined && !["asc", "desc", "ascending", "descending"].includes(dir)) {
			errors.push({ key: "sort", message: `expected "asc" or "desc" after "${key}", found "${direction}"` });
			continue;
		}
		if (extra.length > 0) {
			errors.push({ key: "sort", message: `expected a comma after "${key} ${direction}", found "${extra[0]}"` });
			continue;
		}
		sort.push({ key, descending: dir === "desc" || dir === "descending" });
	}
	return sort;
}

export function readLimit(value: FrontmatterValue | undefined, errors: SpecError[]): number | null {
	if (value === undefined || value === null) return null;
	const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
	if (!Number.isInteger(n) || n < 1) {
		errors.push({ key: "limit", message: `expected a whole number of rows, 1 or more, found ${JSON.stringify(value)}` });
		return null;
	}
	return n;
}

export function readKey(name: string, value: FrontmatterValue | undefined, errors: SpecError[]): string | null {
	if (value === undefined || value === null) return null;
	const key = typeof value === "string" ? value.trim() : "";
	if (!isKeyName(key)) {
		errors.push({ key: name, message: `expected one property name, found ${JSON.stringify(value)}` });
		return null;
	}
	return key;
}

export function readFormat(value: FrontmatterValue | undefined, errors: SpecError[]): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value !== "string" || value.trim() === "") {
		errors.push({ key: "format", message: 'expected a date format, such as "yyyy-MM-dd" or "d MMM yyyy"' });
		return null;
	}
	// date-fns rejects these with a console warning; say what was meant instead.
	const unquoted = value.replace(/'[^']*'/g, "");
	if (unquoted.includes("Y")) {
		errors.push({ key: "format", message: `"${value}" uses Y, the week-numbering year; write yyyy for the year` });
		return null;
	}
	if (unquoted.includes("D")) {
		errors.push({ key: "format", message: `"${value}" uses D, the day of the year; write d or dd for the day of the month` });
		return null;
	}
	try {
		formatDate(new Date(2000, 0, 1), value);
	} catch (err) {
		const reason = err instanceof Error ? err.message.split(";")[0] : String(err);
		errors.push({ key: "format", message: `"${value}" is not a date format: ${reason}` });
		return null;
	}
	return value;
}

function isKeyName(key: string): boolean {
	return key !== "" && !/[\s,:()"'[\]]/.test(key);
}
