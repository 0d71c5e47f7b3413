// Search tokens, for fuse.js's token search and for the candidate stage alike.

import { FNV_OFFSET, FNV_PRIME, fnv1a } from "../text/fnv-hash";

const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

// Character classes, one 256-character block of the Basic Multilingual Plane
// at a time, filled on first use from the regular expressions above: the
// tokenizer then tests a character with one array read, and indexing a
// library tokenizes every field of every paper.
const blocks: Array<Uint8Array | undefined> = [];
const astral = new Map<string, number>();

function classOf(char: string): number {
	return CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

function classOfCode(code: number): number {
	const block = code >> 8;
	let table = blocks[block];
	if (!table) {
		table = new Uint8Array(256);
		for (let i = 0; i < 256; i++) {
			const c = (block << 8) | i;
			// Lone surrogates are handled by the caller, as pairs.
			table[i] = c >= 0xd800 && c <= 0xdfff ? SEPARATOR : classOf(String.fromCharCode(c));
		}
		blocks[block] = table;
	}
	return table[code & 0xff];
}

/** Receives a token as a range of `source`, with its FNV-1a hash (see `hashRange`). */
export type TokenVisitor = (source: string, start: number, end: number, hash: number) => void;

/** The class of the character at `i`, and how many code units it takes. */
function classAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	if (code < 0x80) return isAsciiWord(code) ? WORD : SEPARATOR;
	if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
		const pair = text.slice(i, i + 2);
		let cls = astral.get(pair);
		if (cls === undefined) astral.set(pair, (cls = classOf(pair)));
		return cls | ASTRAL;
	}
	return classOfCode(code);
}

/** Set on a class for a character taking two code units. */
const ASTRAL = 4;

/**
 * Calls `visit` for each search token of lower-cased text, without making a
 * string of it, and with its hash computed on the way. Words are runs of
 * letters, marks, digits and underscores (fuse.js's own default token);
 * text in Chinese, Japanese or Korean, written without spaces, becomes its
 * overlapping character pairs ("逆向图形" → 逆向, 向图, 图形), so a phrase is
 * found inside a longer one without a word segmenter, and a lone character
 * stays itself. `onBreak` hears every line feed and U+0001 (a haystack's
 * separators); tokens are read from `from` up to `end`.
 */
export function forEachToken(text: string, visit: TokenVisitor, onBreak?: (code: number) => void, end = text.length, from = 0): void {
	const n = end;
	let i = from;
	while (i < n) {
		const code = text.charCodeAt(i);
		let cls = code < 0x80 ? (isAsciiWord(code) ? WORD : SEPARATOR) : classAt(text, i);
		if ((cls & 3) === SEPARATOR) {
			// Line feeds and U+0001 separate the values of a haystack: the caller counts per value.
			if (onBreak && (code === 10 || code === 1)) onBreak(code);
			i += cls & ASTRAL ? 2 : 1;
			continue;
		}
		const start = i;
		if ((cls & 3) === WORD) {
			let h = FNV_OFFSET;
			while (i < n) {
				const c = text.charCodeAt(i);
				// Plain ASCII letters and digits, by far the most common, skip the class lookup.
				if (c < 0x80) {
					if (!isAsciiWord(c)) break;
					h = Math.imul(h ^ c, FNV_PRIME);
					i++;
					continue;
				}
				cls = classAt(text, i);
				if ((cls & 3) !== WORD) break;
				h = Math.imul(h ^ c, FNV_PRIME);
				if (cls & ASTRAL) h = Math.imul(h ^ text.charCodeAt(++i), FNV_PRIME);
				i++;
			}
			visit(text, start, i, h | 0);
			continue;
		}
		let wide = false;
		while (i < n && (cls & 3) === CJK) {
			if (cls & ASTRAL) {
				wide = true;
				i++;
			}
			i++;
			if (i < n) cls = classAt(text, i);
		}
		if (!wide) {
			if (i - start === 1) visit(text, start, i, hashRange(text, start, i));
			else for (let j = start; j + 2 <= i; j++) visit(text, j, j + 2, hashRange(text, j, j + 2));
		} else {
			// Characters outside the Basic Multilingual Plane take two code units: pair them by code point.
			const chars = Array.from(text.slice(start, i));
			const emit = (token: string): void => visit(token, 0, token.length, hashRange(token, 0, token.length));
			if (chars.length === 1) emit(chars[0]);
			else for (let j = 0; j + 1 < chars.length; j++) emit(chars[j] + chars[j + 1]);
		}
	}
}

function isAsciiWord(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** FNV-1a over the code units of `source.slice(start, end)`, as a signed 32-bit integer. */
export function hashRange(source: string, start: number, end: number): number {
	return fnv1a(source, start, end) | 0;
}

/** The search tokens of lower-cased text (see `forEachToken`). */
export function searchTokens(text: string): string[] {
	const out: string[] = [];
	forEachToken(text, (source, start, end) => out.push(start === 0 && end === source.length ? source : source.slice(start, end)));
	return out;
}

/** Whether a token can hold a typo worth correcting: a word or a number, not Chinese, Japanese or Korean (whose pairs fuse.js matches exactly). */
export function isCorrectable(token: string): boolean {
	for (let i = 0; i < token.length; i++) {
		const code = token.charCodeAt(i);
		if (code >= 0x80 && code < 0xd800 && classOfCode(code) === CJK) return false;
	}
	return true;
}
