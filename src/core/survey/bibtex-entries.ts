import { identifyPaperUrl, parseArxivId, type PaperId } from "./paper-id";
import { cleanVenue } from "./prose-facts";
import { latexToText } from "./latex-text";

/**
 * Reads BibTeX the way surveys carry it: a "cite this" block, one entry
 * under each paper of an awesome list, a references appendix. Pure: text in,
 * facts out. It reads what a tolerant BibTeX reader reads (nested braces,
 * quoted values, `#` concatenation, `@string` macros, `@comment` and
 * `@preamble` skipped) and gives up on one entry at a time: an entry that
 * does not parse is reported and the next one is read.
 */

/** What one BibTeX entry says about its paper. */
export interface BibtexEntry {
	/** The entry type, lower case: "article", "inproceedings", "misc" … */
	type: string;
	/** The citation key; empty when the entry has none. */
	citekey: string;
	title?: string;
	/** "First Last", in the entry's order; "and others" is left out. */
	authors: string[];
	year?: number;
	venue?: string;
	/** arXiv identifier without version. */
	arxiv?: string;
	/** DOI, lower case, without a resolver prefix. */
	doi?: string;
	url?: string;
	/** 0-based line of the entry's "@" in the text read. */
	line: number;
}

/** An entry that could not be read, and why. */
export interface BibtexProblem {
	line: number;
	type: string;
	message: string;
}

export interface BibtexReading {
	entries: BibtexEntry[];
	problems: BibtexProblem[];
}

/**
 * Entry types of BibTeX and biblatex. A block that is not tagged as BibTeX
 * counts only these, so `@dataclass(…)` in untagged code is no entry.
 */
export const BIBTEX_TYPES: ReadonlySet<string> = new Set([
	"article", "inproceedings", "conference", "proceedings", "book", "inbook", "incollection", "booklet", "manual",
	"mastersthesis", "phdthesis", "thesis", "techreport", "report", "misc", "unpublished", "online", "electronic",
	"www", "webpage", "software", "dataset", "patent", "preprint", "collection", "periodical", "standard",
]);

/** Types that name something other than a paper; they count only with an identifier. */
const NON_PAPER_TYPES: ReadonlySet<string> = new Set(["software", "dataset", "online", "electronic", "www", "webpage", "manual", "patent", "standard"]);

const ENTRY_START = /@([A-Za-z][\w-]*)[ \t\r\n]*([{(])/g;
/** An entry starting a line: where reading resumes after a broken entry, and where no entry's text runs past. */
const LINE_START_ENTRY = /^[ \t]*@[A-Za-z][\w-]*[ \t]*[{(]/gm;

type Fields = Map<string, string>;
type Step<T> = { ok: true; value: T; end: number } | { ok: false; message: string };

/** Reads every entry of a BibTeX text. Never throws. */
export function readBibtexEntries(text: string): BibtexReading {
	const entries: BibtexEntry[] = [];
	const problems: BibtexProblem[] = [];
	const macros = new Map<string, string>();
	const boundaries = [...text.matchAll(LINE_START_ENTRY)].map((m) => m.index + m[0].indexOf("@"));
	const lines = lineCounter(text);
	let pos = 0;
	let next = 0;
	for (;;) {
		ENTRY_START.lastIndex = pos;
		const m = ENTRY_START.exec(text);
		if (!m) break;
		const at = m.index;
		// "name@host.org" is an address, not an entry.
		if (at > 0 && /[\p{L}\p{N}\\]/u.test(text[at - 1])) {
			pos = at + 1;
			continue;
		}
		while (next < boundaries.length && boundaries[next] <= at) next++;
		const limit = boundaries[next] ?? text.length;
		const type = m[1].toLowerCase();
		const close = m[2] === "{" ? "}" : ")";
		const start = at + m[0].length;
		const step = type === "comment" || type === "preamble" ? skipGroup(text, start, limit, close) : readEntryBody(text, start, limit, close, type === "string" ? "none" : "key", macros);
		if (!step.ok) {
			problems.push({ line: lines(at), type, message: step.message });
			pos = limit > at ? limit : at + 1;
			continue;
		}
		pos = step.end;
		if (type === "string") for (const [k, v] of step.value.fields) macros.set(k, v);
		else if (type !== "comment" && type !== "preamble") {
			const entry = entryOf(type, step.value.key, step.value.fields, lines(at));
			if (entry) entries.push(entry);
		}
	}
	return { entries, problems };
}

/** True when some line of the text starts a BibTeX entry of a known type. */
export function looksLikeBibtex(text: string): boolean {
	for (const m of text.matchAll(/^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gm)) if (BIBTEX_TYPES.has(m[1].toLowerCase())) return true;
	return false;
}

/** The identifiers an entry names, arXiv first: each one key of the same paper. */
export function bibtexIds(entry: BibtexEntry): PaperId[] {
	const urls = [entry.arxiv && `https://arxiv.org/abs/${entry.arxiv}`, entry.doi && `https://doi.org/${entry.doi}`, entry.url];
	const out: PaperId[] = [];
	for (const url of urls) {
		const id = url ? identifyPaperUrl(url) : null;
		if (id && !out.some((o) => o.key === id.key)) out.push(id);
	}
	return out;
}

/** 0-based line of an offset; offsets must come in increasing order, so counting stays linear. */
function lineCounter(text: string): (offset: number) => number {
	let at = 0;
	let line = 0;
	return (offset) => {
		for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
		return line;
	};
}

function skipSpace(text: string, pos: number, limit: number): number {
	let p = pos;
	while (p < limit && /\s/.test(text[p])) p++;
	return p;
}

/** Skips a `@comment{…}` or `@preamble{…}` group. */
function skipGroup(text: string, start: number, limit: number, close: string): Step<{ key: string; fields: Fields }> {
	const end = groupEnd(text, start, limit, close);
	return end < 0 ? { ok: false, message: "its braces are not closed" } : { ok: true, value: { key: "", fields: new Map() }, end };
}

/** The offset after the closing delimiter of a group, or the closing quote of a quoted value, whose opener precedes `start`, or -1: a delimiter inside braces does not close it. */
function groupEnd(text: string, start: number, limit: number, close: string): number {
	let depth = 0;
	for (let p = start; p < limit; p++) {
		const c = text[p];
		if (c === "\\") p++;
		else if (c === "{") depth++;
		else if (c === "}" && depth > 0) depth--;
		else if (c === close && depth === 0) return p + 1;
	}
	return -1;
}

/** The key and `name = value` fields of an entry, up to its closing delimiter. */
function readEntryBody(text: string, start: number, limit: number, close: string, key: "key" | "none", macros: Map<string, string>): Step<{ key: string; fields: Fields }> {
	let pos = skipSpace(text, start, limit);
	let citekey = "";
	if (key === "key") {
		const k = /[^,=\s{}()"]*/y;
		k.lastIndex = pos;
		const found = k.exec(text)?.[0] ?? "";
		const after = skipSpace(text, pos + found.length, limit);
		// An entry may lack its key ("@article{title = …"): then the first word is a field name.
		if (text[after] !== "=") {
			citekey = found;
			pos = after;
		}
	}
	const fields: Fields = new Map();
	for (;;) {
		pos = skipSpace(text, pos, limit);
		if (pos >= limit) return { ok: false, message: `it is not closed by '${close}'` };
		const c = text[pos];
		if (c === close) return { ok: true, value: { key: citekey, fields }, end: pos + 1 };
		if (c === ",") {
			pos++;
			continue;
		}
		const name = /[^\s=,{}()"#]+/y;
		name.lastIndex = pos;
		const field = name.exec(text)?.[0];
		if (!field) return { ok: false, message: `unexpected '${c}' where a field name belongs` };
		pos = skipSpace(text, pos + field.length, limit);
		if (text[pos] !== "=") return { ok: false, message: `field "${field}" has no '='` };
		const value = readValue(text, pos + 1, limit, macros);
		if (!value.ok) return value;
		fields.set(field.toLowerCase(), value.value);
		pos = value.end;
	}
}

/** A field value: braced, quoted, a number or a macro, joined by `#`. Braces inside are kept for the name splitter. */
function readValue(text: string, start: number, limit: number, macros: Map<string, string>): Step<string> {
	let pos = start;
	let out = "";
	for (;;) {
		pos = skipSpace(text, pos, limit);
		const part = readPart(text, pos, limit, macros);
		if (!part.ok) return part;
		out += part.value;
		pos = skipSpace(text, part.end, limit);
		if (text[pos] !== "#") return { ok: true, value: out, end: pos };
		pos++;
	}
}

function readPart(text: string, pos: number, limit: number, macros: Map<string, string>): Step<string> {
	const c = text[pos];
	if (c === "{") {
		const end = groupEnd(text, pos + 1, limit, "}");
		return end < 0 ? { ok: false, message: "a brace is not closed" } : { ok: true, value: text.slice(pos + 1, end - 1), end };
	}
	if (c === '"') {
		const end = groupEnd(text, pos + 1, limit, '"');
		return end < 0 ? { ok: false, message: "a quoted value is not closed" } : { ok: true, value: text.slice(pos + 1, end - 1), end };
	}
	const word = /[^\s,#{}()"=]+/y;
	word.lastIndex = pos;
	const w = pos < limit ? word.exec(text)?.[0] : undefined;
	if (!w) return { ok: false, message: pos < limit ? `unexpected '${c}' where a value belongs` : "a value is missing" };
	// An undefined macro (a month name, a journal abbreviation defined elsewhere) reads as nothing.
	return { ok: true, value: /^\d+$/.test(w) ? w : (macros.get(w.toLowerCase()) ?? ""), end: pos + w.length };
}


/** The facts of a parsed entry; null when it names no paper. */
function entryOf(type: string, citekey: string, fields: Fields, line: number): BibtexEntry | null {
	const title = clean(fields.get("title"));
	const arxiv = arxivOf(fields);
	const doi = doiOf(fields.get("doi"));
	// A link written where the venue belongs ("journal = {https://openreview.net/…}") is the paper's address.
	const url = urlOf(fields.get("url")) ?? urlOf(venueField(fields));
	if (!title && !arxiv && !doi) return null;
	if (NON_PAPER_TYPES.has(type) && !arxiv && !doi) return null;
	const year = yearOf(fields.get("year") ?? fields.get("date"));
	const venue = venueOf(fields);
	return {
		type,
		citekey,
		...(title ? { title } : {}),
		authors: splitNames(fields.get("author") ?? ""),
		...(year !== undefined ? { year } : {}),
		...(venue ? { venue } : {}),
		...(arxiv ? { arxiv } : {}),
		...(doi ? { doi } : {}),
		...(url ? { url } : {}),
		line,
	};
}

function clean(raw: string | undefined): string | undefined {
	const t = raw === undefined ? "" : latexToText(raw);
	return t === "" ? undefined : t;
}

function yearOf(raw: string | undefined): number | undefined {
	const m = raw ? /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(raw) : null;
	return m ? Number(m[1]) : undefined;
}

const ARXIV_IN_TEXT = /arxiv[\s:./]*(?:abs\/)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?|\babs\/(\d{4}\.\d{4,5})/i;

/** The arXiv id: `eprint` with an arXiv prefix (or in arXiv's own form), else one written in the venue or a note. */
function arxivOf(fields: Fields): string | undefined {
	const prefix = (fields.get("archiveprefix") ?? fields.get("eprinttype") ?? "").trim().toLowerCase();
	const eprint = fields.get("eprint")?.trim().replace(/^arxiv\s*:\s*/i, "");
	if (eprint && (prefix === "arxiv" || (prefix === "" && /^\d{4}\.\d{4,5}(?:v\d+)?$/.test(eprint)))) {
		const id = parseArxivId(eprint);
		if (id) return id;
	}
	for (const name of ["journal", "journaltitle", "volume", "note", "howpublished", "url"]) {
		const m = ARXIV_IN_TEXT.exec(fields.get(name) ?? "");
		const id = m ? parseArxivId(m[1] ?? m[2]) : null;
		if (id) return id;
	}
	return undefined;
}

function doiOf(raw: string | undefined): string | undefined {
	const m = raw ? /10\.\d{4,9}\/\S+/.exec(raw.replace(/\\([_%&#])/g, "$1")) : null;
	return m ? m[0].replace(/[.,;]+$/, "").toLowerCase() : undefined;
}

function urlOf(raw: string | undefined): string | undefined {
	const m = raw ? /https?:\/\/\S+/.exec(raw.replace(/\\([_%&#~])/g, "$1").replace(/^\\url\{|[{}]/g, "")) : null;
	return m ? m[0] : undefined;
}

function venueField(fields: Fields): string | undefined {
	return fields.get("journal") ?? fields.get("journaltitle") ?? fields.get("booktitle");
}

/** The venue: journal or book title, "arXiv" for a preprint, cleaned as the prose venues are. */
function venueOf(fields: Fields): string | undefined {
	const written = clean(venueField(fields));
	if (written && /^https?:\/\//i.test(written)) return undefined;
	if (!written) return /^arxiv$/i.test((fields.get("archiveprefix") ?? fields.get("eprinttype") ?? fields.get("publisher") ?? "").trim()) ? "arXiv" : undefined;
	// "arXiv preprint arXiv:2301.01234", "ArXiv", "CoRR abs/2301.01234": a preprint server.
	if (/^(?:arxiv|corr)\b/i.test(written)) return "arXiv";
	return cleanVenue(written).venue;
}

/** Splits at separators outside braces: `{Barnes and Noble}` is one name. */
function splitTopLevel(raw: string, separator: RegExp): string[] {
	const out: string[] = [];
	let depth = 0;
	let from = 0;
	for (let p = 0; p < raw.length; p++) {
		const c = raw[p];
		if (c === "\\") p++;
		else if (c === "{") depth++;
		else if (c === "}") depth = Math.max(0, depth - 1);
		else if (depth === 0) {
			separator.lastIndex = p;
			const m = separator.exec(raw);
			if (m && m[0].length > 0) {
				out.push(raw.slice(from, p));
				from = p + m[0].length;
				p = from - 1;
			}
		}
	}
	out.push(raw.slice(from));
	return out;
}

/** "Qin, Haotong and Zhang, M. and others" → ["Haotong Qin", "M. Zhang"]. */
export function splitNames(raw: string): string[] {
	return splitTopLevel(raw, /\s+and\s+/iy)
		.map((name) => name.trim())
		.filter((name) => name !== "" && !/^others$/i.test(name))
		.map(personName)
		.filter((name) => name !== "");
}

/** BibTeX's three name forms as "First von Last Jr": "First von Last", "von Last, First", "von Last, Jr, First". */
function personName(name: string): string {
	// "Yuhang Li*", "Mei Tanaka†": marks of equal contribution or affiliation are not part of the name.
	const parts = splitTopLevel(name, /,/y).map((p) => latexToText(p).replace(/[*†‡§¶]+/g, "").trim());
	const [last, second, third] = parts;
	const ordered = parts.length === 1 ? [last] : parts.length === 2 ? [second, last] : [third, last, second];
	return ordered.filter((p) => p !== undefined && p !== "").join(" ");
}
