import { numberOf } from "./arithmetic";
import { isEmpty, type Cell } from "./cell";
import type { Row } from "./table-model";
import type { ColumnSpec, SummaryFunction, SummarySpec } from "./spec";

/** One summary cell's text and what it is, for the row under a table. */
export interface SummaryCell {
	fn: SummaryFunction;
	text: string;
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/**
 * A column's summary over some cells: sum, average and median of the
 * numbers (two decimals), min, max and range ("2023–2026") of them, or the
 * count of cells with a value. Cells without a number are left out; with
 * no numbers at all the summary is empty.
 */
export function summarize(fn: SummaryFunction, cells: readonly Cell[]): string {
	if (fn === "count") return String(cells.filter((c) => !isEmpty(c)).length);
	const numbers = cells.map(numberOf).filter((n): n is number => n !== null);
	if (numbers.length === 0) return "";
	const sorted = [...numbers].sort((a, b) => a - b);
	switch (fn) {
		case "sum":
			return round(numbers.reduce((a, b) => a + b, 0), 2);
		case "average":
			return round(numbers.reduce((a, b) => a + b, 0) / numbers.length, 2);
		case "median": {
			const mid = sorted.length >> 1;
			return round(sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 2);
		}
		case "min":
			return String(sorted[0]);
		case "max":
			return String(sorted[sorted.length - 1]);
		case "range":
			return sorted[0] === sorted[sorted.length - 1] ? String(sorted[0]) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
	}
}

/** The summary row of a table over these rows: one entry per column, null where the block asks none. */
export function summaryRow(summaries: readonly SummarySpec[], columns: readonly ColumnSpec[], rows: readonly Row[]): Array<SummaryCell | null> {
	return columns.map((column, i) => {
		const spec = summaries.find((s) => s.key === column.key);
		return spec ? { fn: spec.fn, text: summarize(spec.fn, rows.map((r) => r.cells[i])) } : null;
	});
}
