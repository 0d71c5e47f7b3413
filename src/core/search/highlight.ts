import type { FieldMatch } from "./fuse-scorer";
import { SEARCH_FIELDS } from "./search-fields";

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: Array<[number, number]> = [];
	for (const [s, e] of sorted) {
		const last = out[out.length - 1];
		if (last && s <= last[1]) last[1] = Math.max(last[1], e);
		else out.push([s, e]);
	}
	return out;
}

/** A piece of text, matched or not. */
export interface TextSegment {
	text: string;
	match: boolean;
}

/** The ranges worth showing: merged, and without stray one-letter fuzzy matches when longer ones exist. */
export function displayRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
	const merged = mergeRanges(ranges);
	return merged.some(([s, e]) => e - s > 1) ? merged.filter(([s, e]) => e - s > 1) : merged;
}

/** Cuts text into matched and unmatched segments, for rendering highlights. */
export function segments(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextSegment[] {
	const out: TextSegment[] = [];
	let at = 0;
	for (const [s, e] of displayRanges(ranges)) {
		const start = Math.max(at, Math.min(s, text.length));
		const end = Math.min(e, text.length);
		if (end <= start) continue;
		if (start > at) out.push({ text: text.slice(at, start), match: false });
		out.push({ text: text.slice(start, end), match: true });
		at = end;
	}
	if (at < text.length) out.push({ text: text.slice(at), match: false });
	return out;
}

/**
 * A window of a long value around its first match, with the ranges moved
 * into it: `before` characters of context, at most `length` in all,
 * ellipses where text was cut.
 */
export function snippet(text: string, ranges: ReadonlyArray<readonly [number, number]>, before = 30, length = 120): { text: string; ranges: Array<[number, number]> } {
	const shown = displayRanges(ranges);
	if (text.length <= length) return { text, ranges: shown };
	let start = Math.max(0, (shown[0]?.[0] ?? 0) - before);
	// Start at a word boundary when one is near.
	const space = text.lastIndexOf(" ", start);
	if (start > 0 && space >= 0 && start - space < 12) start = space + 1;
	const end = Math.min(text.length, start + length);
	const lead = start > 0 ? "…" : "";
	const cut = text.slice(start, end) + (end < text.length ? "…" : "");
	const moved = shown
		.map(([s, e]): [number, number] => [s - start + lead.length, Math.min(e, end) - start + lead.length])
		.filter(([s, e]) => s >= lead.length && e > s);
	return { text: lead + cut, ranges: moved };
}

/**
 * The match worth showing besides the title: the weightiest other field
 * whose highlighted words the title does not already show (an author for
 * "truong diffusion", a method for a query about how a paper works).
 */
export function otherMatch(matches: readonly FieldMatch[], title: string): FieldMatch | null {
	const titleMatch = matches.find((m) => m.field === "title");
	const inTitle = new Set((titleMatch ? displayRanges(titleMatch.ranges) : []).map(([s, e]) => title.slice(s, e).toLowerCase()));
	const others = matches.filter((m) => m.field !== "title").sort((a, b) => SEARCH_FIELDS.indexOf(a.field) - SEARCH_FIELDS.indexOf(b.field));
	for (const m of others) {
		const words = displayRanges(m.ranges).map(([s, e]) => m.value.slice(s, e).toLowerCase());
		if (words.some((w) => w.length > 1 && !inTitle.has(w))) return m;
	}
	return null;
}
