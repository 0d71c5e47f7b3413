import type { SpecError, TableSpec } from "./spec";
import { parseTableSpec } from "./spec-yaml";
import { specWarnings } from "./spec-warnings";
import type { TableData } from "./table-export";
import { TableModel, type QueryEnv } from "./table-model";

/** A table, or why there is none; `warnings` name what in a valid block looks like a typo. */
export type TableQueryResult = { ok: true; model: TableModel; data: TableData; warnings: string[] } | { ok: false; errors: SpecError[] };

/**
 * Parses a block and runs its query once: the whole path the CLI takes,
 * and the first render in Obsidian. A `from` note that names no note is an
 * error too, since an empty table would hide the typo.
 */
export function queryTable(source: string, env: QueryEnv): TableQueryResult {
	const parsed = parseTableSpec(source);
	if (!parsed.ok) return parsed;
	return loadTable(parsed.spec, env);
}

export function loadTable(spec: TableSpec, env: QueryEnv): TableQueryResult {
	const model = new TableModel(spec, env);
	model.load();
	const missing = model.missingNotes();
	if (missing.length > 0) return { ok: false, errors: missing.map((target) => ({ key: "from", message: `no note named "${target}"` })) };
	return { ok: true, model, data: tableData(model), warnings: specWarnings(spec, env.records) };
}

/** The model's visible rows, grouped, ready to export. */
export function tableData(model: TableModel): TableData {
	return { columns: model.columns, group: model.spec.group, groups: model.groups(), summaries: model.spec.summaries };
}
