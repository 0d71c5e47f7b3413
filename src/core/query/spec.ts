import { FrontmatterError, normaliseValue, type FrontmatterData } from "../markdown/frontmatter";
import { readColumns, readFormat, readFrom, readKey, readLimit, readSort, readSummaries, readWhere, SPEC_KEYS, unknownKeyMessage, unquotedTag } from "./spec-readers";
import type { SourceSpec, SpecError, SpecResult, TableSpec } from "./spec-types";

export { DEFAULT_COLUMNS, defaultLabel, SPEC_KEYS } from "./spec-readers";

export type { ColumnSpec, SortSpec, SourceSpec, SpecError, SpecResult, SummaryFunction, SummarySpec, TableSpec } from "./spec-types";

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
	try {
		for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
			const v = normaliseValue(value);
			if (v !== undefined) data[key] = v;
		}
	} catch (err) {
		// A block of YAML aliases repeating lists within lists is refused as a note's frontmatter is.
		if (err instanceof FrontmatterError) return { ok: false, errors: [{ key: "block", message: err.message }] };
		throw err;
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

/**
 * The source a block without `from` shows: in a direction, trend or survey
 * note, the papers that note links to; anywhere else, every paper (null).
 */
export function defaultSources(noteType: unknown, sourcePath: string): SourceSpec[] | null {
	const type = typeof noteType === "string" ? noteType.trim().toLowerCase() : "";
	if (type === "direction" || type === "trend" || type === "survey") return [{ kind: "note", target: sourcePath, linkedFromOnly: true }];
	return null;
}
