/**
 * BibTeX values are LaTeX: accents as `{\"u}`, escapes as `\&`, case kept by
 * braces (`{GPT}`), `~` for a tie. This turns such a value into the text a
 * reader sees, so titles and names match the same paper written in Markdown.
 */

/** Accent commands and the combining mark each one puts on its letter. */
const ACCENTS: Readonly<Record<string, string>> = {
	'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
	u: "\u0306", v: "\u030C", H: "\u030B", c: "\u0327", k: "\u0328", r: "\u030A", d: "\u0323", b: "\u0331",
};

/** Letters LaTeX writes as commands. */
const LETTERS: Readonly<Record<string, string>> = {
	ss: "ß", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", aa: "å", AA: "Å", o: "ø", O: "Ø", l: "ł", L: "Ł", i: "i", j: "j",
};

/** Characters escaped with a backslash, held apart while braces are stripped. */
const ESCAPED = "&%$#_{}";
const HOLD = 0xe000;

const SYMBOL_ACCENT = /\\(["'`^~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))/g;
const LETTER_ACCENT = /\\([uvHckrdb])(?![A-Za-z])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|([A-Za-z]))/g;
const LETTER_COMMAND = /\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])(?:\{\})?\s?/g;

function base(letter: string): string {
	return letter.startsWith("\\") ? (LETTERS[letter.slice(1)] ?? letter.slice(1)) : letter;
}

/** The plain text of a LaTeX value: accents composed, escapes undone, commands and braces dropped. */
export function latexToText(value: string): string {
	return value
		.replace(/\\([&%$#_{}])/g, (_, c: string) => String.fromCharCode(HOLD + ESCAPED.indexOf(c)))
		.replace(SYMBOL_ACCENT, (_, accent: string, braced?: string, bare?: string) => base(braced ?? bare ?? "") + ACCENTS[accent])
		.replace(LETTER_ACCENT, (_, accent: string, braced?: string, bare?: string) => base(braced ?? bare ?? "") + ACCENTS[accent])
		.replace(LETTER_COMMAND, (_, name: string) => LETTERS[name])
		.replace(/\\\\|\\\s|\\(?:newline|par)(?![A-Za-z])/g, " ")
		// Commands with an argument keep the argument ("\emph{X}", "\textsc{Bert}"); others are dropped.
		.replace(/\\[A-Za-z]+\*?\s*(?=\{)/g, "")
		.replace(/\\[A-Za-z]+\*?\s?/g, "")
		.replace(/\\./g, "")
		.replace(/---/g, "—")
		.replace(/--/g, "–")
		.replace(/``|''/g, '"')
		.replace(/[{}$]/g, "")
		.replace(/~/g, " ")
		.replace(/[\ue000-\ue006]/g, (c) => ESCAPED[c.charCodeAt(0) - HOLD])
		.normalize("NFC")
		.replace(/\s+/g, " ")
		.trim();
}
