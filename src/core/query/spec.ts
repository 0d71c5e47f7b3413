import type { FrontmatterData, FrontmatterValue } from "../markdown/frontmatter";
import { readColumns, readFormat, readFrom, readKey, readLimit, readSort, readSummaries, readWhere, SPEC_KEYS, unknownKeyMessage, unquotedTag } from "./spec-readers";
import type { Operand, WhereExpr } from "./where-parser";

export { DEFAULT_COLUMNS, defaultLabel, SPEC_KEYS } from "./spec-readers";

/** Where a table's papers come from. */
export type SourceSpec =
	| { kind: "folder"; folder: string }
	| { kind: "tag"; tag: string }
	/** Papers the note links to and, unless `linkedFromOnly`, papers that link to it. */
	| { kind: "note"; target: string; linkedFromOnly: boolean };

export interface ColumnSpec {
	key: string;
	label: string;
	/** A computed column's value, in the `where` language's value syntax ("2026 - year"). */
	expr?: Operand;
}

/** What a summary row shows for a column. */
export type SummaryFunction = "sum" | "average" | "median" | "min" | "max" | "range" | "count";

export interface SummarySpec {
	/** The column's key (a property, or a computed column's name). */
	key: string;
	fn: SummaryFunction;
}

export interface SortSpec {
	key: string;
	descending: boolean;
}

/** A `paper-table` block, parsed and checked. */
export interface TableSpec {
	/** Null when the block names no source: the note it sits in decides (see defaultSources). */
	from: SourceSpec[] | null;
	where: WhereExpr | null;
	columns: ColumnSpec[];
	/** Empty for the default order (title, then path). */
	sort: SortSpec[];
	limit: number | null;
	group: string | null;
	/** A date-fns format for date cells; null shows dates as written. */
	format: string | null;
	/** The summary row under the table; empty for none. */
	summaries: SummarySpec[];
}

/** A mistake in a block, named by its key. */
export interface SpecError {
	key: string;
	message: string;
	/** For `where`: the expression and the 1-based column of the mistake in it. */
	expression?: string;
	column?: number;
}

export type SpecResult = { ok: true; spec: TableSpec } | { ok: false; errors: SpecError[] };


/**
 * Reads a block's parsed YAML into a spec. Every key is optional; an empty
 * block is a valid spec. Mistakes come back as values, every one found,
 * each naming its key; nothing here throws. `source` is the block's text,
 * consulted only where YAML loses what the user wrote (an unquoted `#tag`).
 * The YAML itself is parsed by the caller: gray-matter in the CLI,
 * Obsidian's own `parseYaml` in the plugin.
 */
export function readTableSpec(parsed: unknown, source: string): SpecResult {
	if (parsed === null || parsed === undefined) parsed = {};
	if (typeof parsed !== "object" || Array.isArray(parsed) || parsed instanceof Date) {
		return { ok: false, errors: [{ key: "block", message: 'expected one "key: value" per line, with keys from ' + SPEC_KEYS.join(", ") }] };
	}
	const data: FrontmatterData = {};
	for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
		const v = normaliseValue(value);
		if (v !== undefined) data[key] = v;
	}
	const errors: SpecError[] = [];
	for (const key of Object.keys(data)) {
		if (!(SPEC_KEYS as readonly string[]).includes(key)) errors.push({ key, message: unknownKeyMessage(key) });
	}
	const columns = readColumns(data.columns, errors);
	const spec: TableSpec = {
		from: readFrom(data.from === null ? unquotedTag(source) : data.from, errors),
		where: readWhere(data.where, errors),
		columns,
		sort: readSort(data.sort, errors),
		limit: readLimit(data.limit, errors),
		group: readKey("group", data.group, errors),
		format: readFormat(data.format, errors),
		summaries: readSummaries(data.summaries, columns, errors),
	};
	return errors.length > 0 ? { ok: false, errors } : { ok: true, spec };
}

/**
 * The error for a block that is not valid YAML, filed under the key on
 * whose line (1-based, within the block) the parser stopped.
 */
export function yamlSpecError(source: string, line: number | undefined, reason: string): SpecError {
	const lines = source.split(/\r?\n/);
	let key = "block";
	if (line !== undefined) {
		for (let i = Math.min(lines.length, line) - 1; i >= 0; i--) {
			const m = /^([^\s#:-][^:]*):/.exec(lines[i]);
			if (m) {
				key = m[1].trim();
				break;
			}
		}
	}
	const hint = key === "where" ? '; put the whole expression in single quotes when it starts with a quote or holds ": "' : "";
	return { key, message: `is not valid YAML: ${reason}${line !== undefined ? ` (line ${line})` : ""}${hint}` };
}

/** YAML values as frontmatter values: dates as ISO strings (as Obsidian shows them), nothing undefined. */
function normaliseValue(value: unknown): FrontmatterValue | undefined {
	if (value === null) return null;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const iso = value.toISOString();
		return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
	}
	switch (typeof value) {
		case "string":
		case "boolean":
			return value;
		case "number":
			return Number.isFinite(value) ? value : String(value);
		case "object": {
			if (Array.isArray(value)) return value.map((x) => normaliseValue(x) ?? null);
			const out: Record<string, FrontmatterValue> = {};
			for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
				const n = normaliseValue(v);
				if (n !== undefined) out[k] = n;
			}
			return out;
		}
		default:
			return undefined;
	}
}

/**
 * The source a block without `from` shows: in a direction, trend or survey
 * note, the papers that note links to; anywhere else, every paper (null).
 */
export function defaultSources(noteType: unknown, sourcePath: string): SourceSpec[] | null {
	const type = typeof noteType === "string" ? noteType.trim().toLowerCase() : "";
	if (type === "direction" || type === "trend" || type === "survey") return [{ kind: "note", target: sourcePath, linkedFromOnly: true }];
	return null;
}
