import { format as formatDate } from "date-fns";
import { formatWikilink } from "../papers/wikilink";
import { scalarsOf, scalarText, type Cell, type ScalarCell } from "./cell";
import type { RowGroup } from "./grouping";
import type { ColumnSpec, SummarySpec } from "./spec";
import { summaryRow } from "./summaries";

/** How cells are written out. */
export interface CellFormat {
	/** A date-fns format for dates; null writes them as stored. */
	dateFormat: string | null;
}

/** What a table export needs: its columns, the group key's name (if grouped) and the rows by group. */
export interface TableData {
	columns: readonly ColumnSpec[];
	group: string | null;
	groups: readonly RowGroup[];
	/** The block's summary row, which Markdown shows under each table (CSV and JSON hold rows only). */
	summaries?: readonly SummarySpec[];
}

/** A scalar as the text a reader sees: dates formatted, links by their display text. */
export function scalarDisplay(cell: ScalarCell, fmt: CellFormat): string {
	if (cell.kind === "date" && fmt.dateFormat) return formatDate(new Date(cell.time), fmt.dateFormat);
	return scalarText(cell);
}

/** A cell as plain text; a list's items joined with commas. */
export function cellText(cell: Cell, fmt: CellFormat): string {
	return scalarsOf(cell)
		.map((s) => scalarDisplay(s, fmt))
		.join(", ");
}

/** A cell as Markdown inside a table: links as wikilinks, pipes escaped, line breaks as <br>. */
export function cellMarkdown(cell: Cell, fmt: CellFormat): string {
	return scalarsOf(cell)
		.map((s) => (s.kind === "link" ? markdownLink(s) : escapeMarkdownCell(scalarDisplay(s, fmt))))
		.join(", ");
}

/** A wikilink inside a table cell: every pipe escaped (the alias one too), brackets kept out of the alias. */
function markdownLink(link: Extract<ScalarCell, { kind: "link" }>): string {
	const display = link.display?.replace(/\[\[|\]\]/g, "").replace(/\r?\n/g, " ");
	return formatWikilink(link.target, display).replace(/\|/g, "\\|");
}

function escapeMarkdownCell(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** The heading text of a group: "key: value", or "key: none" for the rows without one. */
export function groupHeading(group: string, key: ScalarCell | null, fmt: CellFormat, markdown: boolean): string {
	if (key === null) return `${group}: none`;
	const value = markdown && key.kind === "link" ? formatWikilink(key.target, key.display) : scalarDisplay(key, fmt);
	return `${group}: ${value}`;
}

/**
 * The table as Markdown: a pipe table, or one per group under a bold
 * heading. Numeric columns are right-aligned, as in the rendered table.
 */
export function toMarkdown(data: TableData, fmt: CellFormat): string {
	const header = `| ${data.columns.map((c) => escapeMarkdownCell(c.label)).join(" | ")} |`;
	const numeric = numericColumns(data);
	const rule = `| ${data.columns.map((_, i) => (numeric[i] ? "---:" : "---")).join(" | ")} |`;
	const summary = (group: RowGroup): string[] => {
		if (!data.summaries || data.summaries.length === 0) return [];
		const cells = summaryRow(data.summaries, data.columns, group.rows).map((c) => (c && c.text !== "" ? `**${c.fn} ${c.text}**` : ""));
		return [`| ${cells.join(" | ")} |`];
	};
	const table = (group: RowGroup): string => [header, rule, ...group.rows.map((r) => `| ${r.cells.map((c) => cellMarkdown(c, fmt)).join(" | ")} |`), ...summary(group)].join("\n");
	if (data.group === null) return `${table(data.groups[0] ?? { key: null, rows: [] })}\n`;
	return data.groups.map((g) => `**${groupHeading(data.group as string, g.key, fmt, true)}**\n\n${table(g)}\n`).join("\n");
}

/** The table as CSV (RFC 4180); grouped tables get a first column holding the group value. */
export function toCsv(data: TableData, fmt: CellFormat): string {
	const lines: string[] = [];
	const groupColumn = data.group !== null;
	lines.push([...(groupColumn ? [data.group as string] : []), ...data.columns.map((c) => c.label)].map(csvField).join(","));
	for (const group of data.groups) {
		const groupValue = group.key === null ? "" : scalarDisplay(group.key, fmt);
		for (const row of group.rows) {
			lines.push([...(groupColumn ? [groupValue] : []), ...row.cells.map((c) => cellText(c, fmt))].map(csvField).join(","));
		}
	}
	return lines.join("\r\n") + "\r\n";
}

function csvField(text: string): string {
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type JsonValue = string | number | boolean | null | JsonValue[];

/** A cell as JSON: numbers stay numbers, links are wikilinks, lists are arrays, empty is null. */
export function cellJson(cell: Cell, fmt: CellFormat): JsonValue {
	const one = (s: ScalarCell): JsonValue => (s.kind === "number" ? s.value : s.kind === "boolean" ? s.value : s.kind === "link" ? formatWikilink(s.target, s.display) : scalarDisplay(s, fmt));
	if (cell.kind === "empty") return null;
	if (cell.kind === "list") return cell.items.map(one);
	return one(cell);
}

/** The table as JSON: its columns, and each row's path and cells keyed by column label. */
export function toJson(data: TableData, fmt: CellFormat): string {
	const rowJson = (group: RowGroup): Array<{ path: string; cells: Record<string, JsonValue> }> =>
		group.rows.map((r) => ({ path: r.path, cells: Object.fromEntries(data.columns.map((c, i) => [c.label, cellJson(r.cells[i], fmt)])) }));
	const columns = data.columns.map((c) => ({ label: c.label, key: c.key }));
	const body =
		data.group === null
			? { columns, rows: rowJson(data.groups[0] ?? { key: null, rows: [] }) }
			: { columns, group: data.group, groups: data.groups.map((g) => ({ value: g.key === null ? null : cellJson(g.key, fmt), rows: rowJson(g) })) };
	return JSON.stringify(body, null, 2) + "\n";
}

/** Columns whose every non-empty cell is a number, for right alignment. */
export function numericColumns(data: TableData): boolean[] {
	return data.columns.map((_, i) => {
		let any = false;
		for (const group of data.groups) {
			for (const row of group.rows) {
				for (const s of scalarsOf(row.cells[i])) {
					if (s.kind !== "number") return false;
					any = true;
				}
			}
		}
		return any;
	});
}
