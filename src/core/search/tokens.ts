// Search tokens, for fuse.js's token search and for the candidate stage alike.

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

/**
 * Calls `visit(source, start, end)` for each search token of lower-cased
 * text, without making a string of it. Words are runs of letters, marks,
 * digits and underscores (fuse.js's own default token); text in Chinese,
 * Japanese or Korean, written without spaces, becomes its overlapping
 * character pairs ("逆向图形" → 逆向, 向图, 图形), so a phrase is found inside
 * a longer one without a word segmenter, and a lone character stays itself.
 */
export function forEachToken(text: string, visit: (source: string, start: number, end: number) => void): void {
	let runStart = -1;
	let runClass = SEPARATOR;
	let hasPairs = false;
	const flush = (end: number): void => {
		if (runStart < 0) return;
		if (runClass === WORD) visit(text, runStart, end);
		else if (!hasPairs) {
			if (end - runStart === 1) visit(text, runStart, end);
			else for (let i = runStart; i + 2 <= end; i++) visit(text, i, i + 2);
		} else {
			// Characters outside the Basic Multilingual Plane take two code units: pair them by code point.
			const chars = Array.from(text.slice(runStart, end));
			if (chars.length === 1) visit(chars[0], 0, chars[0].length);
			else for (let i = 0; i + 1 < chars.length; i++) visit(chars[i] + chars[i + 1], 0, chars[i].length + chars[i + 1].length);
		}
		runStart = -1;
	};
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		let width = 1;
		let cls: number;
		if (code < 0x80) cls = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 ? WORD : SEPARATOR;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const pair = text.slice(i, i + 2);
			cls = astral.get(pair) ?? classOf(pair);
			astral.set(pair, cls);
			width = 2;
		} else cls = classOfCode(code);
		if (cls !== runClass) {
			flush(i);
			if (cls !== SEPARATOR) {
				runStart = i;
				hasPairs = false;
			}
			runClass = cls;
		}
		if (width === 2) hasPairs = true;
		i += width;
	}
	flush(text.length);
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
