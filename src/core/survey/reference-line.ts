/**
 * Recognises one line of text written as a bibliographic reference, the way
 * reading lists, syllabi and raw survey notes cite papers without a link:
 *
 * - quoted title (MLA, Chicago, IEEE): `Surname, Given, et al. "Title." Venue. 2019.`,
 *   `K. M. Chandy and L. Lamport, “Title,” ACM TOCS, vol. 3, 1985.`
 * - author and year first (APA): `Surname, A., & Other, B. (2020). Title. Venue, 12(3).`
 * - author first, title unquoted (books, reports): `Surname, Given. Title. Publisher, 1963.`
 * - title first, venue and date last (DBLP, plain notes): `Title. Venue 18(6): 1-10 (2024)`,
 *   `Title, ACM Computing Surveys 2023.01`, `Title. Journal. 18 August 2024`, `标题. 期刊, 2024年`.
 *
 * Returns null for anything else, prose sentences included.
 */
export interface ReferenceFact {
	title: string;
	/** Authors as written, first author first; empty when the line names none. */
	authors: string[];
	year?: number;
	venue?: string;
	style: "quoted" | "apa" | "author-first" | "title-first";
}

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
/** The date that closes a title-first reference: "2024", "(2024)", "2023.01", "2025 01", "18 August 2024", "June 2024", "2024年". */
const DATE_TAIL = new RegExp(
	`[,.]?\\s*\\(?(?:(?:\\d{1,2}\\s+)?(?:${MONTHS})[a-z]*\\.?,?\\s+)?((?:19|20)\\d{2})(?:\\s*年)?(?:[.\\s/-]\\d{1,2})?\\)?\\s*[.。]?\\s*$`,
	"iu",
);
/** Volume, issue and pages: "18(6): 160:1-160:32", "13: 52195-52245", "vol. 3, no. 1, pp. 63–75", "65.6", ": 386". */
const VOLUME_PAGES = /(?:,?\s*(?:vol\.?|no\.?|pp\.?|p\.)\s*[\d–-]+)+|\s+\d+(?:\.\d+)?\s*(?:\(\d+\))?\s*:\s*[\d:–-]+|\s+\d+\s*\(\d+\)|\s+\d+\.\d+$|\s*:\s*\d+(?:[–-]\d+)?$/giu;

/** Words of running prose that never appear in a venue name or a title's head. */
const PROSE_WORDS = /\b(?:is|are|was|were|we|our|us|has|have|had|been|will|would|results?|published|shows?|showed|found|see)\b/i;

function lastYear(text: string): number | undefined {
	let year: number | undefined;
	for (const m of text.matchAll(YEAR)) year = Number(m[1]);
	return year;
}

/** Words of a title, counting each CJK character as half a word. */
function titleWeight(title: string): number {
	const latin = title.replace(/[\p{Script=Han}]/gu, " ").split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
	const han = (title.match(/\p{Script=Han}/gu) ?? []).length;
	return latin + han / 2;
}

function looksLikeTitle(title: string): boolean {
	const t = title.trim();
	if (t.length < 8 || t.length > 300) return false;
	if (!/^[\p{L}\p{N}"“'‘(（[]/u.test(t)) return false;
	return titleWeight(t) >= 3;
}

/** The venue of a reference's tail: no volume, pages, publisher city or date. */
function venueOf(tail: string): string | undefined {
	const v = tail
		.replace(DATE_TAIL, "")
		.replace(VOLUME_PAGES, "")
		.replace(/\b(?:Proceedings of (?:the )?|In:?\s+)/i, "")
		.replace(/^[\s.,;:]+|[\s.,;:]+$/g, "")
		.trim();
	if (v === "" || v.length > 120 || !/\p{L}/u.test(v)) return undefined;
	return v;
}

/** Splits an author list: "Farhat, Omar, Khuzaima Daudjee, and Leonardo Querzoni" (MLA) or "K. M. Chandy and L. Lamport". */
export function splitAuthors(raw: string): string[] {
	const t = raw.replace(/\s+/g, " ").replace(/[,.]?\s*(?:et al\.?|等人?)\s*[,.]?$/i, "").trim();
	if (t === "") return [];
	const parts = t.split(/\s*(?:,\s*(?:and|&)\s+|\s+and\s+|\s*&\s*|;\s*|,\s*)\s*/).filter((p) => p !== "");
	// MLA names the first author "Surname, Given" (one word before the comma) and the others "Given Surname".
	if (parts.length >= 2 && /^[\p{Lu}][\p{L}'’-]+$/u.test(parts[0]) && /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)*$/u.test(parts[1]) && /,/.test(t.slice(0, parts[0].length + 2))) {
		return [`${parts[1]} ${parts[0]}`, ...parts.slice(2)];
	}
	return parts;
}

/** Names and the words that join them: "Farhat, Omar, and L. Querzoni", "Begoli, Edmon, et al.", not "Stanford is back with". */
function isAuthorList(who: string): boolean {
	const words = who.replace(/[.,;]+$/, "").split(/[\s,]+/).filter((w) => w !== "");
	if (words.length === 0 || words.length > 40) return false;
	return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*\.?$/u.test(w) || /^(?:and|&|et|al\.?|de|van|von|der|den|da|di|del|la|le|du|bin|y)$/i.test(w) || /^[\p{Script=Han}]{2,4}(?:等)?$/u.test(w));
}

function quoted(line: string): ReferenceFact | null {
	const m = /^(.{2,300}?)[.,]?\s*["“]([^"”]{8,300}?)[,.]?["”]\s*(.*)$/su.exec(line);
	if (!m) return null;
	const [, who, rawTitle, rest] = m;
	if (!isAuthorList(who)) return null;
	const title = rawTitle.replace(/[,.]$/, "").trim();
	if (!looksLikeTitle(title)) return null;
	const year = lastYear(rest);
	if (year === undefined) return null;
	const venue = venueOf(rest.split(/\.\s+(?=\p{Lu}|\d)/u)[0] ?? rest);
	return { title, authors: splitAuthors(who), ...(year !== undefined ? { year } : {}), ...(venue ? { venue } : {}), style: "quoted" };
}

function apa(line: string): ReferenceFact | null {
	const m = /^([\p{Lu}][^()]{1,300}?)\s*\(((?:19|20)\d{2})[a-z]?\)\.?\s+(.+?[.?!])\s*(.*)$/su.exec(line);
	if (!m) return null;
	const [, who, year, rawTitle, rest] = m;
	if (!/[,&]|\p{Lu}\./u.test(who)) return null;
	const title = rawTitle.replace(/\.$/, "").trim();
	if (!looksLikeTitle(title)) return null;
	const venue = venueOf(rest);
	// APA writes each author "Surname, I. I." and joins them with "," and "&".
	const named = [...who.matchAll(/([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?),\s*((?:[\p{Lu}]\.\s*-?)+)/gu)].map((a) => `${a[2].trim()} ${a[1]}`);
	return { title, authors: named.length > 0 ? named : splitAuthors(who), year: Number(year), ...(venue ? { venue } : {}), style: "apa" };
}

function authorFirst(line: string): ReferenceFact | null {
	// "Novikoff, Albert B. On convergence proofs for perceptrons. Publisher, 1963."
	const m = /^([\p{Lu}][\p{L}'’-]+, [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*\.?)*(?:, et al)?)\.\s+([^.]{8,300}?)\.\s+(.+)$/su.exec(line);
	if (!m) return null;
	const [, rawWho, title, rest] = m;
	if (!looksLikeTitle(title)) return null;
	const year = lastYear(rest);
	if (year === undefined) return null;
	// The period that ended the names also ended an initial ("Brandt, Ingrid K.").
	const who = /\s\p{Lu}$/u.test(rawWho) ? `${rawWho}.` : rawWho;
	const venue = venueOf(rest);
	return { title: title.trim(), authors: splitAuthors(who), year, ...(venue ? { venue } : {}), style: "author-first" };
}

function titleFirst(line: string): ReferenceFact | null {
	const date = DATE_TAIL.exec(line);
	if (!date) return null;
	const body = line.slice(0, date.index);
	// The title ends at the first ". " (or "," before a venue-like word); what follows is the venue.
	const cut = /^(.+?[^\s.A-Z])\.\s+(\S.*)$/su.exec(body) ?? /^(.+?),\s+((?:[\p{Lu}][\p{L}.]*|\d+(?:st|nd|rd|th))(?:\s.*)?)$/su.exec(body);
	if (!cut) return null;
	const [, rawTitle, tail] = cut;
	const title = rawTitle.trim();
	if (!looksLikeTitle(title) || tail.length > 160) return null;
	const venue = venueOf(tail);
	if (!venue) return null;
	// A venue is a name, not a clause: short, with no sentence inside it.
	if (titleWeight(venue) > 14 || /[。！？!?]/u.test(venue) || PROSE_WORDS.test(venue) || PROSE_WORDS.test(title.split(/[:：]/)[0])) return null;
	return { title, authors: [], year: Number(date[1]), venue, style: "title-first" };
}

/** Reads one line as a reference; null when it is not written as one. */
export function recogniseReferenceLine(text: string): ReferenceFact | null {
	const line = text.replace(/\s+/g, " ").trim();
	if (line.length < 12 || line.length > 600) return null;
	return quoted(line) ?? apa(line) ?? authorFirst(line) ?? titleFirst(line);
}
