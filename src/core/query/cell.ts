import { isValid, parseISO } from "date-fns";
import type { FrontmatterValue } from "../markdown/frontmatter";
import { parseWikilink } from "../papers/wikilink";

/**
 * One value of a table cell or a `where` operand, typed by what it means
 * rather than how YAML spelled it: the string "2025" and the number 2025 are
 * both numbers, "2026-11-21" is a date, "[[Note]]" is a link.
 */
export type ScalarCell =
	| { kind: "number"; value: number; /** As written, so "2501.01230" keeps its trailing zero. */ text: string }
	| { kind: "text"; value: string }
	| { kind: "date"; /** As written (ISO). */ value: string; /** Milliseconds since the epoch, for comparing. */ time: number }
	| { kind: "link"; target: string; display?: string }
	| { kind: "boolean"; value: boolean };

export type Cell = { kind: "empty" } | ScalarCell | { kind: "list"; items: ScalarCell[] };

export const EMPTY: Cell = Object.freeze({ kind: "empty" });

const NUMERIC = /^[-+]?\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a frontmatter value as a cell: lists of scalars stay lists, empty values become EMPTY. */
export function toCell(value: FrontmatterValue | undefined): Cell {
	if (value === undefined || value === null) return EMPTY;
	if (Array.isArray(value)) {
		const nested = nestedLink(value);
		if (nested) return nested;
		const items: ScalarCell[] = [];
		for (const item of value) {
			const cell = toCell(item);
			if (cell.kind === "list") items.push(...cell.items);
			else if (cell.kind !== "empty") items.push(cell);
		}
		return items.length === 0 ? EMPTY : { kind: "list", items };
	}
	switch (typeof value) {
		case "number":
			return Number.isFinite(value) ? { kind: "number", value, text: String(value) } : EMPTY;
		case "boolean":
			return { kind: "boolean", value };
		case "string":
			return scalarFromString(value) ?? EMPTY;
		default:
			return { kind: "text", value: JSON.stringify(value) };
	}
}

/**
 * An unquoted `[[Note]]` in YAML is a list holding a list holding "Note";
 * people write it that way often enough that it is read as the link they meant.
 */
function nestedLink(value: FrontmatterValue[]): ScalarCell | null {
	if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) return null;
	const inner = value[0][0];
	return typeof inner === "string" && inner.trim() !== "" ? { kind: "link", target: inner.trim() } : null;
}

/** Types a string by its content: wikilink, date, number, else text. Blank gives null. */
export function scalarFromString(raw: string): ScalarCell | null {
	const s = raw.trim();
	if (s === "") return null;
	if (s.startsWith("[[")) {
		const link = parseWikilink(s);
		if (link) return { kind: "link", target: link.target + (link.subpath ?? ""), ...(link.display !== undefined ? { display: link.display } : {}) };
	}
	if (NUMERIC.test(s)) return { kind: "number", value: Number(s), text: s };
	const date = parseDate(s);
	if (date) return date;
	return { kind: "text", value: s };
}

/** An ISO date or date-time as a date cell; null when it is not one or names no real day. */
export function parseDate(s: string): ScalarCell | null {
	if (!ISO_DATE.test(s)) return null;
	const d = parseISO(s);
	return isValid(d) ? { kind: "date", value: s, time: d.getTime() } : null;
}

export function isEmpty(cell: Cell): boolean {
	return cell.kind === "empty";
}

/** The scalars of a cell: a list's items, a scalar alone, nothing for EMPTY. */
export function scalarsOf(cell: Cell): readonly ScalarCell[] {
	if (cell.kind === "empty") return [];
	if (cell.kind === "list") return cell.items;
	return [cell];
}

/** A scalar as plain text: what it reads as, links by their display text. */
export function scalarText(cell: ScalarCell): string {
	switch (cell.kind) {
		case "number":
			return cell.text;
		case "text":
		case "date":
			return cell.value;
		case "link":
			return cell.display ?? cell.target;
		case "boolean":
			return cell.value ? "true" : "false";
	}
}

/** Structural equality of two cells, kind included; used to tell whether a row really changed. */
export function cellsEqual(a: Cell, b: Cell): boolean {
	if (a === b) return true;
	if (a.kind !== b.kind) return false;
	if (a.kind === "list") {
		const items = (b as { items: ScalarCell[] }).items;
		return a.items.length === items.length && a.items.every((x, i) => cellsEqual(x, items[i]));
	}
	switch (a.kind) {
		case "empty":
			return true;
		case "number":
			return a.value === (b as typeof a).value && a.text === (b as typeof a).text;
		case "link":
			return a.target === (b as typeof a).target && a.display === (b as typeof a).display;
		default:
			return a.value === (b as { value: unknown }).value;
	}
}
