import matter from "gray-matter";

/** A frontmatter value after normalisation: what YAML can hold, with dates as ISO strings. */
export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };
export type FrontmatterData = Record<string, FrontmatterValue>;

/** Where the frontmatter block sits in a note's text. */
export interface FrontmatterBlock {
	/** The YAML between the fences, without them. */
	yaml: string;
	/** Offset of the first character after the closing fence's line. */
	end: number;
	/** Number of lines the block takes, fences included. */
	lineCount: number;
	/** The opening and closing fence lines, exactly as written. */
	open: string;
	close: string;
}

export class FrontmatterError extends Error {
	constructor(
		message: string,
		/** 1-based line in the note, where the YAML parser gave one. */
		readonly line?: number,
	) {
		super(message);
		this.name = "FrontmatterError";
	}
}

/**
 * Most values one note's frontmatter may expand to. YAML aliases let a few
 * lines name the same list over and over (`&a [*b, *b, …]`), which grows
 * exponentially once copied; real notes hold a few hundred values.
 */
export const MAX_FRONTMATTER_VALUES = 100_000;
/** Longest frontmatter block read, in characters: far above any real note's properties. */
export const MAX_FRONTMATTER_CHARS = 1_000_000;

const OPEN_FENCE = /^---[ \t]*\r?\n/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Finds the frontmatter block at the very start of a note. Returns null when
 * the note has none, and also when the opening fence is never closed: such a
 * note is treated as all body, so nothing in it is taken for properties.
 */
export function findFrontmatter(text: string): FrontmatterBlock | null {
	const open = OPEN_FENCE.exec(text);
	if (!open) return null;
	const rest = text.slice(open[0].length);
	const close = CLOSE_FENCE.exec(rest);
	if (!close) return null;
	const yaml = rest.slice(0, close.index);
	const end = open[0].length + close.index + close[0].length;
	return { yaml, end, lineCount: countLines(text.slice(0, end)), open: open[0], close: close[0] };
}

function countLines(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
	return s.endsWith("\n") ? n : n + 1;
}

/**
 * Parses YAML frontmatter with gray-matter (whose js-yaml engine turns
 * `2025-12-30` into a Date) and normalises the result so every reader sees the
 * same types Obsidian's metadata cache shows: dates as ISO strings, no
 * undefined. Throws FrontmatterError on invalid YAML or a non-mapping.
 */
export function parseFrontmatterYaml(yaml: string): FrontmatterData {
	if (yaml.length > MAX_FRONTMATTER_CHARS) {
		throw new FrontmatterError(`frontmatter is ${yaml.length.toLocaleString("en-US")} characters long, more than the ${MAX_FRONTMATTER_CHARS.toLocaleString("en-US")} read`);
	}
	let data: unknown;
	try {
		// An options object keeps gray-matter from caching every parsed string.
		data = matter(`---\n${yaml}\n---\n`, {}).data;
	} catch (err) {
		const mark = (err as { mark?: { line?: number } }).mark;
		const reason = err instanceof Error ? err.message.split("\n")[0].replace(/:$/, "") : String(err);
		throw new FrontmatterError(`invalid YAML in frontmatter: ${reason}`, mark?.line !== undefined ? mark.line + 1 : undefined);
	}
	return normaliseFrontmatter(data);
}

/**
 * Copies parsed frontmatter into plain values (see parseFrontmatterYaml),
 * refusing with FrontmatterError a mapping that expands to more than
 * MAX_FRONTMATTER_VALUES values, as an alias bomb does. For properties
 * parsed elsewhere too, such as Obsidian's metadata cache.
 */
export function normaliseFrontmatter(data: unknown): FrontmatterData {
	if (data === null || typeof data !== "object" || Array.isArray(data)) {
		throw new FrontmatterError("frontmatter is not a mapping of keys to values", 2);
	}
	return normaliseMapping(data as Record<string, unknown>, { left: MAX_FRONTMATTER_VALUES });
}

/** Parses a whole note's frontmatter; a note without one has no properties. */
export function parseNoteFrontmatter(text: string): FrontmatterData {
	const block = findFrontmatter(text);
	if (!block || block.yaml.trim() === "") return {};
	return parseFrontmatterYaml(block.yaml);
}

/** How many more values a normalisation may copy; shared by every level of one mapping. */
interface Budget {
	left: number;
}

function normaliseMapping(obj: Record<string, unknown>, budget: Budget): FrontmatterData {
	const out: FrontmatterData = {};
	for (const [k, v] of Object.entries(obj)) {
		const value = normaliseValue(v, budget);
		if (value !== undefined) out[k] = value;
	}
	return out;
}

/**
 * A parsed YAML value as a property value: dates as the ISO text Obsidian
 * shows (a date alone when it has no time of day), non-finite numbers as
 * text, nothing undefined, and at most MAX_FRONTMATTER_VALUES values. The
 * one conversion for notes and table blocks.
 */
export function normaliseValue(v: unknown, budget: Budget = { left: MAX_FRONTMATTER_VALUES }): FrontmatterValue | undefined {
	if (--budget.left < 0) {
		throw new FrontmatterError(`frontmatter expands to more than ${MAX_FRONTMATTER_VALUES.toLocaleString("en-US")} values (YAML aliases repeating lists within lists?); not read`);
	}
	if (v === null) return null;
	if (v instanceof Date) return formatDate(v);
	switch (typeof v) {
		case "string":
		case "boolean":
			return v;
		case "number":
			return Number.isFinite(v) ? v : String(v);
		case "object":
			if (Array.isArray(v)) return v.map((x) => normaliseValue(x, budget) ?? null);
			return normaliseMapping(v as Record<string, unknown>, budget);
		default:
			return undefined;
	}
}

/** A YAML date without a time of day stays a plain date, as the user wrote it. */
function formatDate(d: Date): string {
	if (Number.isNaN(d.getTime())) return "";
	const isMidnightUtc = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
	if (isMidnightUtc) return d.toISOString().slice(0, 10);
	return d.toISOString();
}
