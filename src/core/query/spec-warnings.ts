import type { PaperRecord } from "../papers/paper-record";
import { nearestName } from "./nearest-name";
import type { TableSpec } from "./spec";
import type { RecordSource } from "./table-model";
import type { Operand, WhereExpr } from "./where-parser";

/**
 * Keys a paper can be read by even when no note has them yet: those the
 * importer writes and those the table derives (`file`, `path`, `folder`).
 */
const KNOWN_FIELDS: readonly string[] = ["title", "file", "path", "folder", "aliases", "authors", "author", "year", "arxiv", "doi", "url", "venue", "citations", "score", "method", "innovation", "directions", "trends", "surveys", "tags", "type", "imported"];

/**
 * What in a valid block is probably a typo, because it can only give an
 * empty table or an empty column: a field that no paper has and the plugin
 * does not know (in `where`, `sort`, `columns` or `group`), and a `from`
 * folder that holds no paper. Each warning names the word and, where one is
 * close, the field or folder the user likely meant. Warnings do not stop
 * the table; the CLI prints them on stderr and the block above the table.
 */
export function specWarnings(spec: TableSpec, records: RecordSource): string[] {
	// Most blocks use only known fields and no folder: then the records are not read at all.
	const unknown = new Map<string, string>();
	for (const key of usedFields(spec)) {
		const top = key.split(".")[0].toLowerCase();
		if (!KNOWN_FIELDS.includes(top) && !unknown.has(top)) unknown.set(top, key);
	}
	const folderSources = (spec.from ?? []).flatMap((s) => (s.kind === "folder" && s.folder !== "" ? [s.folder] : []));
	if (unknown.size === 0 && folderSources.length === 0) return [];

	// First pass: stop as soon as every unknown field and every folder is found in some paper.
	const missingFields = new Set(unknown.keys());
	const missingFolders = new Map(folderSources.map((f) => [`${f.toLowerCase()}/`, f]));
	for (const record of records.all()) {
		if (missingFields.size === 0 && missingFolders.size === 0) break;
		for (const key of missingFields) if (hasProperty(record, key)) missingFields.delete(key);
		if (missingFolders.size > 0) {
			const path = record.path.toLowerCase();
			for (const prefix of missingFolders.keys()) if (path.startsWith(prefix)) missingFolders.delete(prefix);
		}
	}
	if (missingFields.size === 0 && missingFolders.size === 0) return [];

	// Second pass, only for a block with a likely typo: the names to suggest.
	const fields = new Map<string, string>(KNOWN_FIELDS.map((k) => [k, k]));
	const folders = new Set<string>();
	for (const record of records.all()) {
		if (missingFields.size > 0) for (const key of Object.keys(record.properties)) if (!fields.has(key.toLowerCase())) fields.set(key.toLowerCase(), key);
		if (missingFolders.size > 0) for (let slash = record.path.lastIndexOf("/"); slash > 0; slash = record.path.lastIndexOf("/", slash - 1)) folders.add(record.path.slice(0, slash));
	}
	const warnings: string[] = [];
	for (const top of missingFields) {
		const key = unknown.get(top) ?? top;
		const near = nearestName(key, fields.values());
		warnings.push(`unknown field \`${key}\`${near ? ` — did you mean \`${near}\`?` : ""}`);
	}
	for (const folder of missingFolders.values()) {
		const near = nearestName(folder, folders, Math.max(2, Math.floor(folder.length / 5)));
		warnings.push(`unknown folder \`${folder}\`: no paper note is in it${near ? ` — did you mean \`${near}\`?` : ""}`);
	}
	return warnings;
}

/** Whether a paper has a property, its name compared ignoring case as Obsidian does. */
function hasProperty(record: PaperRecord, lowerKey: string): boolean {
	for (const key in record.properties) if (key.toLowerCase() === lowerKey) return true;
	return false;
}

/** Every property key the block reads, in the order written: where, sort, columns, group. */
function usedFields(spec: TableSpec): string[] {
	const keys: string[] = [];
	if (spec.where) whereFields(spec.where, keys);
	// A computed column's key is its own name, and a sort or group by it reads no property.
	const computed = new Set(spec.columns.filter((c) => c.expr !== undefined).map((c) => c.key.toLowerCase()));
	keys.push(...spec.sort.map((s) => s.key).filter((k) => !computed.has(k.toLowerCase())));
	for (const column of spec.columns) {
		if (column.expr) operandFields(column.expr, keys);
		else keys.push(column.key);
	}
	if (spec.group && !computed.has(spec.group.toLowerCase())) keys.push(spec.group);
	return keys;
}

function whereFields(expr: WhereExpr, out: string[]): void {
	// An explicit stack: a `where` may nest as deep as its parser allows.
	const stack: WhereExpr[] = [expr];
	while (stack.length > 0) {
		const e = stack.pop() as WhereExpr;
		switch (e.type) {
			case "and":
			case "or":
				stack.push(e.right, e.left);
				break;
			case "not":
				stack.push(e.expr);
				break;
			case "compare":
			case "contains":
				operandFields(e.left, out);
				operandFields(e.right, out);
				break;
			case "exists":
			case "truthy":
				operandFields(e.operand, out);
				break;
		}
	}
}

function operandFields(operand: Operand, out: string[]): void {
	const stack: Operand[] = [operand];
	while (stack.length > 0) {
		const o = stack.pop() as Operand;
		if (o.type === "field") out.push(o.key);
		else if (o.type === "arith") stack.push(o.right, o.left);
	}
}
