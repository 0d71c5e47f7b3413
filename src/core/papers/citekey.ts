import { familyName } from "./person-name";

/**
 * Citation keys in the style Better BibTeX gives by default
 * (`[auth:lower][year][veryshorttitle:lower]`): the first author's family
 * name, the year and the first significant word of the title, folded to
 * ASCII letters and digits, as in `smith2024diffusion`. A key is unique in
 * the vault: a second paper with the same key gets `a`, a third `b`, and so on.
 *
 * Chinese, Japanese and Korean names have no spelling in Latin letters that
 * can be derived without a dictionary (a pinyin table is far larger than the
 * rest of the plugin, which also runs on phones), so a name written only in
 * those scripts contributes nothing and the key starts with the year, as
 * Better BibTeX does when a part of its formula is empty. A paper with no
 * usable part at all is keyed `paper` plus its year.
 */

/** What a key is made from. */
export interface CitekeyFields {
	authors: readonly string[];
	year?: number;
	title: string;
}

/** Title words Better BibTeX skips when it picks the first significant one. */
const FUNCTION_WORDS = new Set([
	"a", "ab", "aboard", "about", "above", "across", "after", "against", "al", "along", "amid", "among", "an", "and", "anti", "around", "as", "at",
	"before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "d", "da", "das", "de", "del", "dell", "dello",
	"dei", "degli", "della", "dem", "den", "der", "des", "despite", "die", "do", "down", "du", "during", "ein", "eine", "einem", "einen", "einer",
	"eines", "el", "en", "et", "except", "for", "from", "gli", "i", "il", "in", "inside", "into", "is", "l", "la", "las", "le", "les", "like", "lo",
	"los", "near", "nor", "of", "off", "on", "onto", "or", "over", "past", "per", "plus", "round", "save", "since", "so", "some", "sur", "than",
	"the", "through", "to", "toward", "towards", "un", "una", "unas", "under", "underneath", "une", "unlike", "uno", "unos", "until", "up", "upon",
	"versus", "via", "von", "while", "with", "within", "without", "yet", "zu", "zum",
]);

/** Letters NFKD does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
	ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D", þ: "th", Þ: "TH", ı: "i", ħ: "h", Ħ: "H",
};

/** Text folded to lower-case ASCII letters and digits; everything else is dropped. */
export function asciiFold(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.replace(/[ßæÆœŒøØłŁđĐðÐþÞıħĦ]/g, (c) => SPECIAL_LETTERS[c] ?? "")
		.toLowerCase()
		.replace(/[^a-z0-9]/g, "");
}

/** The first word of a title that is not a function word and has Latin letters or digits, folded. */
export function firstSignificantWord(title: string): string {
	for (const word of title.split(/[\s\-–—_:;,.!?/\\()[\]{}"'“”‘’«»]+/u)) {
		const folded = asciiFold(word);
		if (folded !== "" && !FUNCTION_WORDS.has(folded)) return folded;
	}
	return "";
}

/** The key a paper would get if no other paper had it. */
export function citekeyBase(fields: CitekeyFields): string {
	const name = asciiFold(familyName(fields.authors[0] ?? ""));
	const year = fields.year !== undefined && Number.isInteger(fields.year) ? String(fields.year) : "";
	const word = firstSignificantWord(fields.title);
	const key = `${name}${year}${word}`;
	return name === "" && word === "" ? `paper${year}` : key;
}

/** `base`, or `base` with the first free suffix of a, b, …, z, aa, ab, …; `taken` holds lower-case keys. */
export function uniqueCitekey(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base.toLowerCase())) return base;
	for (let n = 0; ; n++) {
		const key = base + suffix(n);
		if (!taken.has(key.toLowerCase())) return key;
	}
}

/** 0 → a, 25 → z, 26 → aa: the letters Better BibTeX appends. */
function suffix(n: number): string {
	let s = "";
	let i = n;
	do {
		s = String.fromCharCode(97 + (i % 26)) + s;
		i = Math.floor(i / 26) - 1;
	} while (i >= 0);
	return s;
}

/** One paper asking for a key: its note, and what the key is made of. */
export interface CitekeyRequest {
	path: string;
	fields: CitekeyFields;
}

/**
 * Keys for papers: a note that has a key keeps it, whatever it is (the
 * user's edit wins, and a re-import never changes it); the others get fresh
 * keys that no note of the vault and no earlier request holds, in the order
 * given. `existing` maps note paths to the keys their properties hold.
 */
export function assignCitekeys(requests: readonly CitekeyRequest[], existing: ReadonlyMap<string, string>): Map<string, string> {
	const taken = new Set([...existing.values()].map((k) => k.toLowerCase()));
	const keys = new Map<string, string>();
	for (const { path, fields } of requests) {
		if (keys.has(path)) continue;
		const kept = existing.get(path);
		if (kept !== undefined) {
			keys.set(path, kept);
			continue;
		}
		const key = uniqueCitekey(citekeyBase(fields), taken);
		taken.add(key.toLowerCase());
		keys.set(path, key);
	}
	return keys;
}
