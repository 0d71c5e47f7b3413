/** Longest file name, in UTF-8 bytes, including ".md" and room for a " (12)" collision suffix. */
export const MAX_NAME_BYTES = 200;
const SUFFIX_ROOM = 6;

/** Windows reserves these device names by the part before the first dot: `con.txt` is as reserved as `con`. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*(?:\..*)?)$/i;

/**
 * A note name from a title that is safe on Windows, macOS, Linux, Android and
 * iOS and inside wikilinks: no \ / : * ? " < > | # ^ [ ], no control
 * characters, no leading dot, no trailing dot or space, no reserved Windows
 * name, at most MAX_NAME_BYTES with the extension. Chinese stays Chinese.
 */
export function safeNoteName(title: string, fallback = "Untitled"): string {
	let name = title
		.normalize("NFC")
		// eslint-disable-next-line no-control-regex -- matching control characters is the purpose here
		.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, "")
		.replace(/\s*:\s*/g, " - ")
		.replace(/[\\/*?"<>|#^[\]]+/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^[.\s]+/, "")
		.replace(/[.\s]+$/, "");
	name = truncateBytes(name, MAX_NAME_BYTES - ".md".length - SUFFIX_ROOM).replace(/[.\s]+$/, "");
	if (name === "" || /^[-\s.]*$/.test(name)) name = fallback;
	name = name.replace(RESERVED, "$1_$2");
	return name;
}

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character or its combining marks. */
export function truncateBytes(s: string, max: number): string {
	if (utf8Bytes(s) <= max) return s;
	let out = "";
	let bytes = 0;
	for (const grapheme of graphemes(s)) {
		const b = utf8Bytes(grapheme);
		if (bytes + b > max) break;
		out += grapheme;
		bytes += b;
	}
	return out;
}

function graphemes(s: string): string[] {
	const Segmenter = (Intl as { Segmenter?: new (locale?: string, options?: { granularity: "grapheme" }) => { segment(input: string): Iterable<{ segment: string }> } }).Segmenter;
	if (Segmenter) return [...new Segmenter(undefined, { granularity: "grapheme" }).segment(s)].map((x) => x.segment);
	// Without Intl.Segmenter: code points, keeping combining marks with their base.
	return s.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

export function utf8Bytes(s: string): number {
	let n = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0) ?? 0;
		n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	}
	return n;
}

/** The part of a title before its colon: "Canvas-to-Image: Compositional…" → "Canvas-to-Image". */
export function shortTitle(title: string): string | undefined {
	const m = /^(.{2,60}?)\s*[:：]\s+\S/.exec(title) ?? /^(.{2,60}?)\s*：\S/.exec(title);
	return m ? m[1].trim() : undefined;
}

export interface NameFields {
	title: string;
	year?: number;
	firstAuthor?: string;
	arxiv?: string;
}

/** Fills a file-name template such as "{{year}} {{shortTitle}}"; unknown or empty placeholders vanish. */
export function renderNameTemplate(template: string, fields: NameFields): string {
	const values: Record<string, string> = {
		title: fields.title,
		shortTitle: shortTitle(fields.title) ?? fields.title,
		year: fields.year !== undefined ? String(fields.year) : "",
		firstAuthor: fields.firstAuthor ?? "",
		author: fields.firstAuthor ?? "",
		arxiv: fields.arxiv ?? "",
	};
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "").replace(/\s+/g, " ").trim();
}

/** The key two names collide under on case-insensitive, normalising file systems. */
export function collisionKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

/**
 * Picks a free path for a new note: `folder/name.md`, else `name (2).md`, … —
 * the same inputs always give the same path.
 */
export function uniquePath(folder: string, name: string, taken: ReadonlySet<string>): string {
	for (let i = 1; ; i++) {
		const candidate = `${folder ? `${folder}/` : ""}${i === 1 ? name : `${name} (${i})`}.md`;
		if (!taken.has(collisionKey(candidate))) return candidate;
	}
}

/** The placeholders a file-name template may use, in the order the help lists them. */
export const NAME_PLACEHOLDERS: readonly string[] = ["title", "shortTitle", "year", "firstAuthor", "author", "arxiv"];

/** The placeholders of a template that `renderNameTemplate` does not know, as written. */
export function unknownPlaceholders(template: string): string[] {
	return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((key) => !NAME_PLACEHOLDERS.includes(key));
}
