import type { PaperRecord } from "../papers/paper-record";
import type { Cell } from "./cell";
import type { SortKey } from "./compare";

/** One paper in a table: its cells, and the values it is sorted and grouped by. */
export interface Row {
	readonly path: string;
	record: PaperRecord;
	/** One per column, built on first read: a 10,000-row table renders a page, not every cell. */
	readonly cells: Cell[];
	/** One per sort key. */
	readonly sortKeys: SortKey[];
	readonly groupKey: Cell;
}
