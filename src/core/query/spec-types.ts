// The shapes of a parsed paper-table block, apart from the code that reads them,
// so the key readers and the block reader can share them without importing each other.
import type { Operand, WhereExpr } from "./where-parser";

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
