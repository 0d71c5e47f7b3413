import type { PaperRecord } from "../papers/paper-record";
import type { RecordChange } from "../papers/record-change";
import { cellsEqual, EMPTY, type Cell } from "./cell";
import { compareCellsForSort, compareSortKeys, sortKey, tableCollator, type SortKey } from "./compare";
import { fieldReader, type FieldReader } from "./fields";
import { groupRows, type RowGroup } from "./grouping";
import type { Row } from "./row";
import { SourceFilter, type LinkGraph } from "./source-filter";
import { defaultSources, type ColumnSpec, type SortSpec, type TableSpec } from "./spec";
import { compileWhere, operandReader, type RecordPredicate } from "./where-eval";

export type { Row } from "./row";

class TableRow implements Row {
	private built: Cell[] | null = null;

	constructor(
		readonly path: string,
		public record: PaperRecord,
		readonly sortKeys: SortKey[],
		readonly groupKey: Cell,
		private readonly readers: readonly FieldReader[],
	) {}

	get cells(): Cell[] {
		this.built ??= this.readers.map((read) => read(this.record));
		return this.built;
	}
}

/** The paper records a table reads: the plugin's catalog, or the notes the CLI read. */
export interface RecordSource {
	get(path: string): PaperRecord | undefined;
	all(): Iterable<PaperRecord>;
}

export interface QueryEnv {
	records: RecordSource;
	links: LinkGraph;
	/** The note the block sits in: links resolve from it, and an empty block shows its papers. */
	sourcePath: string;
	/** That note's `type` property. */
	noteType?: unknown;
	collator?: Intl.Collator;
}

const DEFAULT_SORT: SortSpec[] = [{ key: "title", descending: false }];

/**
 * A table's rows, kept in the block's order and current one change at a
 * time. A full query runs once (`load`); after that each record change costs
 * a source test, the `where` test and, only when the paper is or becomes a
 * row, building its cells and a binary search to move it. A change that
 * cannot affect the table returns no dirty paths and costs nothing more.
 */
export class TableModel {
	readonly columns: readonly ColumnSpec[];
	/** Counts of what the model did, so callers can check that an unaffected change cost nothing. */
	readonly stats = { loads: 0, applied: 0, ignored: 0 };
	private readonly filter: SourceFilter;
	private readonly where: RecordPredicate | null;
	private readonly columnReaders: FieldReader[];
	private readonly sortReaders: FieldReader[];
	private readonly sortSpecs: SortSpec[];
	private readonly groupReader: FieldReader | null;
	private readonly collator: Intl.Collator;
	private sorted: Row[] = [];
	private byPath = new Map<string, Row>();

	constructor(
		readonly spec: TableSpec,
		private readonly env: QueryEnv,
	) {
		this.collator = env.collator ?? tableCollator();
		this.columns = spec.columns;
		this.filter = new SourceFilter(spec.from ?? defaultSources(env.noteType, env.sourcePath), env.links, env.sourcePath);
		this.where = spec.where ? compileWhere(spec.where, this.collator) : null;
		this.columnReaders = spec.columns.map(columnReader);
		// A computed column's name can be sorted and grouped by, like a property.
		const readerFor = (key: string): FieldReader => {
			const computed = spec.columns.find((c) => c.expr !== undefined && c.key === key);
			return computed ? columnReader(computed) : fieldReader(key);
		};
		this.sortSpecs = spec.sort.length > 0 ? spec.sort : DEFAULT_SORT;
		this.sortReaders = this.sortSpecs.map((s) => readerFor(s.key));
		this.groupReader = spec.group ? readerFor(spec.group) : null;
	}

	/** Runs the whole query over every record. */
	load(): void {
		this.stats.loads++;
		this.filter.load();
		const rows: Row[] = [];
		for (const record of this.env.records.all()) {
			if (this.admits(record)) rows.push(this.buildRow(record));
		}
		rows.sort(this.compareRows);
		this.sorted = rows;
		this.byPath = new Map(rows.map((r) => [r.path, r]));
	}

	/** All matching rows in the block's order, before `limit`. */
	get rows(): readonly Row[] {
		return this.sorted;
	}

	get matchCount(): number {
		return this.sorted.length;
	}

	/** The rows the table shows: the block's order, cut at `limit`. */
	visibleRows(): readonly Row[] {
		const limit = this.spec.limit;
		return limit !== null && limit < this.sorted.length ? this.sorted.slice(0, limit) : this.sorted;
	}

	get visibleCount(): number {
		return this.spec.limit === null ? this.sorted.length : Math.min(this.spec.limit, this.sorted.length);
	}

	/** A row's position in the block's order, by binary search; -1 when the paper is not a row. */
	indexOf(path: string): number {
		const row = this.byPath.get(path);
		if (!row) return -1;
		let lo = 0;
		let hi = this.sorted.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const c = this.compareRows(this.sorted[mid], row);
			if (c === 0) return mid;
			if (c < 0) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	row(path: string): Row | undefined {
		return this.byPath.get(path);
	}

	/** The visible rows split by the `group` key, or one group of all of them. */
	groups(rows: readonly Row[] = this.visibleRows()): RowGroup[] {
		return groupRows(rows, this.spec.group !== null, this.collator);
	}

	get isGrouped(): boolean {
		return this.spec.group !== null;
	}

	/** Note targets in `from` that name no note. */
	missingNotes(): string[] {
		return this.filter.missingNotes();
	}

	/** Notes whose own links decide which papers are rows. */
	watchedNotes(): string[] {
		return this.filter.watchedNotes();
	}

	/**
	 * Applies one change. Returns the paths whose rows were added, removed,
	 * moved or changed; an empty list means the table is unaffected.
	 */
	apply(change: RecordChange): string[] {
		const dirty: string[] = [];
		switch (change.kind) {
			case "upsert":
				if (change.previous === null) dirty.push(...this.relinkPaths());
				this.filter.noteRecord(change.record.path);
				this.update(change.record.path, change.record, dirty);
				break;
			case "delete":
				this.filter.forget(change.previous.path);
				this.update(change.previous.path, null, dirty);
				break;
			case "rename":
				this.filter.forget(change.oldPath);
				this.update(change.oldPath, null, dirty);
				dirty.push(...this.relinkPaths());
				this.filter.noteRecord(change.record.path);
				this.update(change.record.path, change.record, dirty);
				break;
		}
		if (dirty.length === 0) this.stats.ignored++;
		else this.stats.applied++;
		return dirty;
	}

	/** After a watched note changed: re-reads its links and updates the papers that came or went. */
	relink(): string[] {
		return this.relinkPaths();
	}

	private relinkPaths(): string[] {
		if (!this.filter.hasNotes) return [];
		const dirty: string[] = [];
		for (const path of this.filter.relink()) this.update(path, this.env.records.get(path) ?? null, dirty);
		return dirty;
	}

	/** Brings one path's row in line with its record (null: no such paper); records dirty paths. */
	private update(path: string, record: PaperRecord | null, dirty: string[]): void {
		const old = this.byPath.get(path);
		const admitted = record !== null && this.admits(record);
		if (!old && !admitted) return;
		if (old && !admitted) {
			this.remove(old);
			dirty.push(path);
			return;
		}
		const row = this.buildRow(record as PaperRecord);
		if (old) {
			if (rowsEqual(old, row)) {
				old.record = row.record;
				return;
			}
			this.remove(old);
		}
		this.insert(row);
		dirty.push(path);
	}

	private admits(record: PaperRecord): boolean {
		return this.filter.includes(record) && (this.where === null || this.where(record));
	}

	private buildRow(record: PaperRecord): Row {
		const sortKeys = this.sortReaders.map((read) => sortKey(read(record)));
		return new TableRow(record.path, record, sortKeys, this.groupReader ? this.groupReader(record) : EMPTY, this.columnReaders);
	}

	private insert(row: Row): void {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compareRows(this.sorted[mid], row) < 0) lo = mid + 1;
			else hi = mid;
		}
		this.sorted.splice(lo, 0, row);
		this.byPath.set(row.path, row);
	}

	private remove(row: Row): void {
		const i = this.indexOf(row.path);
		if (i >= 0) this.sorted.splice(i, 1);
		this.byPath.delete(row.path);
	}

	/** The block's order: its sort keys, empty values last, then the path so that the order is total. */
	private readonly compareRows = (a: Row, b: Row): number => {
		for (let i = 0; i < this.sortSpecs.length; i++) {
			const c = compareSortKeys(a.sortKeys[i], b.sortKeys[i], this.sortSpecs[i].descending, this.collator);
			if (c !== 0) return c;
		}
		return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
	};
}

/** What a column shows: its property, or its computed value. */
function columnReader(column: ColumnSpec): FieldReader {
	return column.expr ? operandReader(column.expr, null) : fieldReader(column.key);
}

function rowsEqual(a: Row, b: Row): boolean {
	return a.sortKeys.every((k, i) => sameSortKey(k, b.sortKeys[i])) && cellsEqual(a.groupKey, b.groupKey) && cellListsEqual(a.cells, b.cells);
}

function sameSortKey(a: SortKey, b: SortKey): boolean {
	return a.rank === b.rank && a.num === b.num && a.text === b.text;
}

function cellListsEqual(a: Cell[], b: Cell[]): boolean {
	return a.length === b.length && a.every((c, i) => cellsEqual(c, b[i]));
}

/**
 * Rows ordered by one column, for a click on its header: a stable sort, so
 * ties keep the block's order; empty cells last in both directions.
 */
export function sortRowsByColumn(rows: readonly Row[], column: number, descending: boolean, collator: Intl.Collator = tableCollator()): Row[] {
	return [...rows].sort((a, b) => compareCellsForSort(a.cells[column], b.cells[column], descending, collator));
}
