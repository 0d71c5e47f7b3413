import { EMPTY, scalarsOf, type Cell } from "./cell";
import type { FieldReader } from "./fields";
import type { ArithOp } from "./where-lexer";

/** The number a cell holds: a number, or the first number of a list; null otherwise. */
export function numberOf(cell: Cell): number | null {
	for (const s of scalarsOf(cell)) if (s.kind === "number") return s.value;
	return null;
}

/**
 * A reader computing `left op right` for each paper. A side with no
 * number, or a division by zero, gives an empty cell, as a missing
 * property does, so `where` treats it as missing and a column shows nothing.
 */
export function arithmeticReader(op: ArithOp, left: FieldReader, right: FieldReader): FieldReader {
	return (record) => {
		const a = numberOf(left(record));
		const b = numberOf(right(record));
		if (a === null || b === null || (op === "/" && b === 0)) return EMPTY;
		const raw = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
		// Twelve significant digits hide binary noise (0.1 + 0.2) without losing any real precision.
		const value = Number(raw.toPrecision(12));
		return Number.isFinite(value) ? { kind: "number", value, text: String(value) } : EMPTY;
	};
}
