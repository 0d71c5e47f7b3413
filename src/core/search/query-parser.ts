/** A word or a quoted phrase of the free text, lower-cased. */
export interface QueryTerm {
	/** The word or phrase, without quotes or the leading minus of an exclusion. */
	text: string;
	/** A quoted phrase: it must occur exactly as written (case aside). */
	phrase: boolean;
	/** Written with a leading minus (`-video`, `-"world model"`): a paper holding it is left out. */
	exclude: boolean;
}

/** The fields a filter can name, with the spellings the query accepts for each. */
export type FilterField = "venue" | "author" | "dir" | "trend" | "survey" | "tag";

export type YearComparison = "=" | ">=" | "<=" | ">" | "<";

export type QueryFilter =
	| { field: "year"; op: YearComparison; value: number }
	| { field: "year"; op: "range"; from: number; to: number }
	/** A year still being typed (`year:20`): the year starts with these digits. */
	| { field: "year"; op: "prefix"; value: string }
	/** Case-insensitive containment in any of the field's values. */
	| { field: FilterField; value: string };

export interface ParsedQuery {
	/** The free-text words and phrases, excluded ones too, in order. */
	terms: QueryTerm[];
	/** The free text as fuse.js scores it: the terms not excluded, joined by single spaces. */
	text: string;
	filters: QueryFilter[];
}

const FILTER_KEYS: Readonly<Record<string, FilterField | "year">> = {
	year: "year",
	venue: "venue",
	author: "author",
	authors: "author",
	dir: "dir",
	direction: "dir",
	directions: "dir",
	trend: "trend",
	trends: "trend",
	survey: "survey",
	surveys: "survey",
	tag: "tag",
	tags: "tag",
};

const OPEN_QUOTES = "\"“「『";
/** What starts an exclusion: the ASCII hyphen, or the full-width one a Chinese keyboard types. */
const MINUS = "-－";
/** An exclusion needs a letter or digit after its minus, so a lone `-` or `--` stays a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CLOSE_QUOTE: Readonly<Record<string, string>> = { '"': '"', "“": "”", "「": "」", "『": "』" };

/**
 * Parses a search query: `key:value` filters (year, venue, author, dir,
 * trend, survey, tag; a value may be quoted), quoted phrases, and words. A
 * `key:` whose key is not a filter stays free text, and a filter still
 * without a value constrains nothing, so a query being typed never empties
 * the list by surprise. A word or phrase written with a leading minus
 * (`-video`, `-"world model"`, `－视频`) is an exclusion: it is kept in
 * `terms` but not in `text`, since nothing should score for holding it. A
 * minus inside a word (`self-supervised`, `GPT-4`) is part of the word.
 * Chinese colons and quotes are accepted.
 */
export function parseQuery(query: string): ParsedQuery {
	const terms: QueryTerm[] = [];
	const filters: QueryFilter[] = [];
	let i = 0;
	const n = query.length;
	while (i < n) {
		if (/\s/.test(query[i])) {
			i++;
			continue;
		}
		if (OPEN_QUOTES.includes(query[i])) {
			const { value, end } = readQuoted(query, i);
			i = end;
			pushPhrase(terms, value, false);
			continue;
		}
		if (MINUS.includes(query[i]) && i + 1 < n) {
			if (OPEN_QUOTES.includes(query[i + 1])) {
				const { value, end } = readQuoted(query, i + 1);
				i = end;
				pushPhrase(terms, value, true);
				continue;
			}
			let end = i + 1;
			while (end < n && !/\s/.test(query[end])) end++;
			const word = query.slice(i + 1, end);
			if (WORD_CHAR.test(word)) {
				terms.push({ text: word.toLowerCase(), phrase: false, exclude: true });
				i = end;
				continue;
			}
		}
		let j = i;
		while (j < n && !/\s/.test(query[j]) && query[j] !== ":" && query[j] !== "：") j++;
		const key = FILTER_KEYS[query.slice(i, j).toLowerCase()];
		if (key !== undefined && j < n && (query[j] === ":" || query[j] === "：")) {
			let value: string;
			if (j + 1 < n && OPEN_QUOTES.includes(query[j + 1])) {
				const quoted = readQuoted(query, j + 1);
				value = quoted.value;
				i = quoted.end;
			} else {
				let k = j + 1;
				while (k < n && !/\s/.test(query[k])) k++;
				value = query.slice(j + 1, k);
				i = k;
			}
			const filter = toFilter(key, value.trim());
			if (filter) filters.push(filter);
			continue;
		}
		while (j < n && !/\s/.test(query[j])) j++;
		terms.push({ text: query.slice(i, j).toLowerCase(), phrase: false, exclude: false });
		i = j;
	}
	const text = terms
		.filter((t) => !t.exclude)
		.map((t) => t.text)
		.join(" ");
	return { terms, text, filters };
}

function pushPhrase(terms: QueryTerm[], value: string, exclude: boolean): void {
	const text = value.trim().toLowerCase().replace(/\s+/g, " ");
	if (text !== "") terms.push({ text, phrase: true, exclude });
}

function readQuoted(query: string, start: number): { value: string; end: number } {
	const close = CLOSE_QUOTE[query[start]] ?? '"';
	const end = query.indexOf(close, start + 1);
	// An unclosed quote runs to the end: the phrase is still being typed.
	return end < 0 ? { value: query.slice(start + 1), end: query.length } : { value: query.slice(start + 1, end), end: end + 1 };
}

function toFilter(key: FilterField | "year", value: string): QueryFilter | null {
	if (value === "") return null;
	if (key !== "year") return { field: key, value: value.toLowerCase().replace(key === "tag" ? /^#/ : /^$/, "") };
	const range = /^(\d{4})\s*(?:\.\.|–|-)\s*(\d{4})$/.exec(value);
	if (range) {
		const [a, b] = [Number(range[1]), Number(range[2])];
		return { field: "year", op: "range", from: Math.min(a, b), to: Math.max(a, b) };
	}
	const cmp = /^(>=|<=|>|<|=)?\s*(\d{4})$/.exec(value);
	if (cmp) return { field: "year", op: (cmp[1] ?? "=") as YearComparison, value: Number(cmp[2]) };
	return { field: "year", op: "prefix", value };
}

/** Whether a query has anything in it: a term or a filter. */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
	return parsed.terms.length === 0 && parsed.filters.length === 0;
}
