import type { PaperRecord } from "../papers/paper-record";
import { isEmpty, scalarsOf, type Cell, type ScalarCell } from "./cell";
import { arithmeticReader } from "./arithmetic";
import { compareForWhere, containsForWhere, equalsForWhere } from "./compare";
import { fieldReader, isTagKey, type FieldReader } from "./fields";
import type { ComparisonOp } from "./where-lexer";
import type { Operand, WhereExpr } from "./where-parser";

export type RecordPredicate = (record: PaperRecord) => boolean;

/**
 * Compiles a parsed expression into a predicate once, so each record costs
 * only the reads and comparisons it needs. A comparison with a list holds
 * when any item satisfies it; `a != b` is `not (a = b)`, so papers without
 * the property pass it; any comparison with a missing value is false.
 */
export function compileWhere(expr: WhereExpr, collator: Intl.Collator): RecordPredicate {
	switch (expr.type) {
		case "and": {
			const l = compileWhere(expr.left, collator);
			const r = compileWhere(expr.right, collator);
			return (rec) => l(rec) && r(rec);
		}
		case "or": {
			const l = compileWhere(expr.left, collator);
			const r = compileWhere(expr.right, collator);
			return (rec) => l(rec) || r(rec);
		}
		case "not": {
			const inner = compileWhere(expr.expr, collator);
			return (rec) => !inner(rec);
		}
		case "exists": {
			const read = operandReader(expr.operand, null);
			return (rec) => !isEmpty(read(rec));
		}
		case "truthy": {
			const read = operandReader(expr.operand, null);
			return (rec) => scalarsOf(read(rec)).some((s) => !(s.kind === "boolean" && !s.value) && !(s.kind === "number" && s.value === 0));
		}
		case "contains": {
			const left = operandReader(expr.left, null);
			const right = operandReader(expr.right, fieldKey(expr.left));
			return (rec) => {
				const container = left(rec);
				return scalarsOf(right(rec)).some((needle) => containsForWhere(container, needle, collator));
			};
		}
		case "compare": {
			const left = operandReader(expr.left, fieldKey(expr.right));
			const right = operandReader(expr.right, fieldKey(expr.left));
			const test = comparator(expr.op, collator);
			const anyPair = (rec: PaperRecord): boolean => {
				const bs = scalarsOf(right(rec));
				return scalarsOf(left(rec)).some((a) => bs.some((b) => test(a, b)));
			};
			if (expr.op === "!=") return (rec) => !anyPair(rec);
			return anyPair;
		}
	}
}

function comparator(op: ComparisonOp, collator: Intl.Collator): (a: ScalarCell, b: ScalarCell) => boolean {
	switch (op) {
		case "=":
		case "!=":
			return (a, b) => equalsForWhere(a, b, collator);
		case "<":
			return (a, b) => ordered(a, b, collator, (c) => c < 0);
		case "<=":
			return (a, b) => ordered(a, b, collator, (c) => c <= 0);
		case ">":
			return (a, b) => ordered(a, b, collator, (c) => c > 0);
		case ">=":
			return (a, b) => ordered(a, b, collator, (c) => c >= 0);
	}
}

function ordered(a: ScalarCell, b: ScalarCell, collator: Intl.Collator, holds: (c: number) => boolean): boolean {
	const c = compareForWhere(a, b, collator);
	return c !== null && holds(c);
}

function fieldKey(operand: Operand): string | null {
	return operand.type === "field" ? operand.key : null;
}

/**
 * Reads an operand. A literal compared with `tags` drops a leading "#", since
 * tags are stored without it and people write them with it.
 */
export function operandReader(operand: Operand, otherKey: string | null): FieldReader {
	if (operand.type === "field") return fieldReader(operand.key);
	if (operand.type === "arith") return arithmeticReader(operand.op, operandReader(operand.left, null), operandReader(operand.right, null));
	let value: Cell = operand.value;
	if (otherKey !== null && isTagKey(otherKey) && operand.value.kind === "text" && operand.value.value.startsWith("#")) {
		value = { kind: "text", value: operand.value.value.slice(1) };
	}
	return () => value;
}
