import { parseDate, scalarText, type Cell, type ScalarCell } from "./cell";

let sharedCollator: Intl.Collator | null = null;

/**
 * The one collator every table shares. Creating a collator costs far more
 * than using one, and `localeCompare` creates one per call. "zh" orders Han
 * characters by pinyin (ahead of Latin letters), where the root order would
 * scatter them by code point; Latin text keeps its usual order. Numeric
 * collation puts "Net9" before "Net10"; case is ignored, accents are not.
 */
export function tableCollator(): Intl.Collator {
	sharedCollator ??= new Intl.Collator("zh", { numeric: true, sensitivity: "accent" });
	return sharedCollator;
}

/** Kinds in the order a mixed column sorts them; empty cells always come last. */
function rank(cell: ScalarCell): number {
	switch (cell.kind) {
		case "number":
			return 0;
		case "date":
			return 1;
		case "text":
		case "link":
			return 2;
		case "boolean":
			return 3;
	}
}

/** Orders two scalars for sorting: by kind first, then within the kind. */
export function compareScalarsForSort(a: ScalarCell, b: ScalarCell, collator: Intl.Collator): number {
	const ra = rank(a);
	const rb = rank(b);
	if (ra !== rb) return ra - rb;
	if (a.kind === "number" && b.kind === "number") return a.value - b.value;
	if (a.kind === "date" && b.kind === "date") return a.time - b.time;
	if (a.kind === "boolean" && b.kind === "boolean") return Number(a.value) - Number(b.value);
	return collator.compare(scalarText(a), scalarText(b));
}

/**
 * Orders two cells for a table sort. Empty cells sort last whatever the
 * direction, so a descending sort by score still ends with the unscored
 * papers; a list sorts by its first item.
 */
export function compareCellsForSort(a: Cell, b: Cell, descending: boolean, collator: Intl.Collator): number {
	const sa = firstScalar(a);
	const sb = firstScalar(b);
	if (sa === undefined || sb === undefined) return sa === sb ? 0 : sa === undefined ? 1 : -1;
	const c = compareScalarsForSort(sa, sb, collator);
	return descending ? -c : c;
}

/**
 * A cell reduced to what sorting compares, computed once per row so that
 * the comparisons of a 10,000-row sort touch only a number or a string.
 */
export interface SortKey {
	/** Kind order: numbers, dates, text and links, booleans; EMPTY_RANK for no value. */
	rank: number;
	num: number;
	text: string;
}

const EMPTY_RANK = 4;

export function sortKey(cell: Cell): SortKey {
	const s = firstScalar(cell);
	if (s === undefined) return { rank: EMPTY_RANK, num: 0, text: "" };
	switch (s.kind) {
		case "number":
			return { rank: 0, num: s.value, text: "" };
		case "date":
			return { rank: 1, num: s.time, text: "" };
		case "boolean":
			return { rank: 3, num: Number(s.value), text: "" };
		default:
			return { rank: 2, num: 0, text: scalarText(s) };
	}
}

/** The order compareCellsForSort gives, on precomputed keys: empty last in both directions. */
export function compareSortKeys(a: SortKey, b: SortKey, descending: boolean, collator: Intl.Collator): number {
	if (a.rank === EMPTY_RANK || b.rank === EMPTY_RANK) return a.rank === b.rank ? 0 : a.rank === EMPTY_RANK ? 1 : -1;
	const c = a.rank !== b.rank ? a.rank - b.rank : a.rank === 2 ? collator.compare(a.text, b.text) : a.num - b.num;
	return descending ? -c : c;
}

/** A cell's first scalar, without allocating: this runs inside every sort comparison. */
function firstScalar(cell: Cell): ScalarCell | undefined {
	if (cell.kind === "empty") return undefined;
	if (cell.kind === "list") return cell.items[0];
	return cell;
}

/**
 * Orders two scalars for a `where` comparison, by their kind: numbers
 * numerically, dates in time (a text that reads as a date counts), text and
 * links alphabetically. Null when the kinds cannot be ordered against each
 * other (a number and a word), which makes every ordering comparison false.
 */
export function compareForWhere(a: ScalarCell, b: ScalarCell, collator: Intl.Collator): number | null {
	if (a.kind === "number" && b.kind === "number") return a.value - b.value;
	if (a.kind === "date" || b.kind === "date") {
		const ta = timeOf(a);
		const tb = timeOf(b);
		return ta === null || tb === null ? null : ta - tb;
	}
	if (a.kind === "boolean" || b.kind === "boolean") return a.kind === "boolean" && b.kind === "boolean" ? Number(a.value) - Number(b.value) : null;
	if (a.kind === "number" || b.kind === "number") return null;
	return collator.compare(whereText(a), whereText(b));
}

/** Equality for `=`: links equal a text naming their target or their display text. */
export function equalsForWhere(a: ScalarCell, b: ScalarCell, collator: Intl.Collator): boolean {
	if (a.kind === "link" && b.kind === "link") return sameTarget(a.target, b.target);
	if (a.kind === "link" || b.kind === "link") {
		const link = (a.kind === "link" ? a : b) as Extract<ScalarCell, { kind: "link" }>;
		const other = a.kind === "link" ? b : a;
		if (other.kind !== "text") return false;
		return sameTarget(link.target, other.value) || (link.display !== undefined && collator.compare(link.display, other.value) === 0);
	}
	return compareForWhere(a, b, collator) === 0;
}

/** `contains`: a list holds an equal item; a single value holds the other's text, ignoring case. */
export function containsForWhere(container: Cell, needle: ScalarCell, collator: Intl.Collator): boolean {
	if (container.kind === "list") return container.items.some((item) => equalsForWhere(item, needle, collator));
	if (container.kind === "empty") return false;
	const wanted = scalarText(needle).toLowerCase();
	if (container.kind === "link") {
		// The note's name, not its folders: `title contains "papers"` must not match every note in Papers/.
		const name = container.target.slice(container.target.lastIndexOf("/") + 1);
		return name.toLowerCase().includes(wanted) || (container.display?.toLowerCase().includes(wanted) ?? false);
	}
	return scalarText(container).toLowerCase().includes(wanted);
}

function whereText(cell: ScalarCell): string {
	return cell.kind === "link" ? cell.target : scalarText(cell);
}

function timeOf(cell: ScalarCell): number | null {
	if (cell.kind === "date") return cell.time;
	if (cell.kind === "text") {
		const d = parseDate(cell.value);
		return d?.kind === "date" ? d.time : null;
	}
	return null;
}

/** Link targets name notes, which Obsidian matches without regard to case or a ".md" ending. */
function sameTarget(a: string, b: string): boolean {
	return normaliseTarget(a) === normaliseTarget(b);
}

export function normaliseTarget(target: string): string {
	return target.trim().replace(/\.md$/i, "").toLowerCase();
}
