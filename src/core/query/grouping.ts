import { scalarsOf, type ScalarCell } from "./cell";
import { compareScalarsForSort, normaliseTarget } from "./compare";
import type { Row } from "./row";

/** The rows sharing one value of the `group` key; `key` is null for the rows without one. */
export interface RowGroup {
	key: ScalarCell | null;
	rows: Row[];
}

/**
 * Splits rows (already in the block's order, which each group keeps) by
 * their group value. A paper with a list value joins the group of each
 * item; groups are ordered by value, the one without a value last.
 */
export function groupRows(rows: readonly Row[], grouped: boolean, collator: Intl.Collator): RowGroup[] {
	if (!grouped) return [{ key: null, rows: [...rows] }];
	const groups = new Map<string, RowGroup>();
	const none: RowGroup = { key: null, rows: [] };
	for (const row of rows) {
		const values = scalarsOf(row.groupKey);
		if (values.length === 0) {
			none.rows.push(row);
			continue;
		}
		const seen = new Set<string>();
		for (const value of values) {
			const id = groupId(value);
			if (seen.has(id)) continue;
			seen.add(id);
			let group = groups.get(id);
			if (!group) {
				group = { key: value, rows: [] };
				groups.set(id, group);
			}
			group.rows.push(row);
		}
	}
	const ordered = [...groups.values()].sort((a, b) => compareScalarsForSort(a.key as ScalarCell, b.key as ScalarCell, collator));
	if (none.rows.length > 0) ordered.push(none);
	return ordered;
}

/** Values that name the same group: links by target, text ignoring case, numbers by value. */
function groupId(value: ScalarCell): string {
	switch (value.kind) {
		case "link":
			return `link:${normaliseTarget(value.target)}`;
		case "text":
			return `text:${value.value.toLowerCase()}`;
		case "number":
			return `number:${value.value}`;
		case "date":
			return `date:${value.time}`;
		case "boolean":
			return `boolean:${value.value}`;
	}
}
