/** Facts about a paper read from the survey's prose. */
export interface VenueFact {
	venue?: string;
	year?: number;
}

export interface CitationFact {
	/** First author's surname as cited ("Yin"). */
	author?: string;
	year?: number;
}

const CITATION = /^[([（【]?\s*([\p{L}][\p{L}'’.\- ]{0,40}?)\s*(?:et\s+al\.?|等人?|and\s+colleagues|&\s*[\p{L}'’.\- ]+|and\s+[\p{L}'’.\- ]+)?\s*[,，]?\s*(\d{4})?[a-z]?\s*[)\]）】]?$/u;

/**
 * Reads link text that is a citation rather than a title: "(Yin et al. 2026)",
 * "Yue et al., 2026", "(Lee & Park 2025)", "[12]". Returns null for a title.
 */
export function parseCitation(text: string): CitationFact | null {
	const t = text.trim();
	if (/^[[(（]?\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*[\])）]?$/.test(t)) return {};
	if (!/et\s+al|等|\d{4}/.test(t) || t.length > 60) return null;
	const m = CITATION.exec(t);
	if (!m) return null;
	const author = m[1].trim().replace(/[,，]$/, "");
	const joined = /et\s+al|等|&| and /.test(t);
	// "Attention Is All You Need 2017" and "[Huge paper 1000]" are titles with a number, not citations.
	if (!joined && author.split(/\s+/).length > 2) return null;
	if (m[2] && !/^(?:19|20)\d{2}$/.test(m[2])) return null;
	if (!joined && !/^[([（【]|[,，]\s*\d{4}/.test(t)) return null;
	if (author && !author.split(/\s+/).every((w) => /^[\p{Lu}\p{Script=Han}]/u.test(w) || /^(?:van|von|de|der|da|di|del|la|le)$/.test(w))) return null;
	return { ...(author ? { author } : {}), ...(m[2] ? { year: Number(m[2]) } : {}) };
}

/** A parenthesised author–year citation inside running text: "(Tian et al., 2020)", "(Liu and Zhang, 2017)", "（王等，2021）". */
const INLINE_CITATION = /[（(]\s*([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?|[\p{Script=Han}]{1,4}?)\s*(?:et\s+al\.?|等人?|(?:and|&)\s+[\p{Lu}][\p{L}'’-]*)?\s*[,，]?\s*((?:19|20)\d{2})[a-z]?\s*[)）]/gu;

/** Every author–year citation written inside a text, in order. */
export function citationsIn(text: string): Array<Required<CitationFact>> {
	return [...text.matchAll(INLINE_CITATION)].map((m) => ({ author: m[1].trim(), year: Number(m[2]) }));
}

/**
 * The authors named before a paper link: "Yusuf Dalva 等人的", "Jane Doe et al.",
 * "Jane Doe and John Roe's", "Li Wei、Zhang San". Empty when the prefix is not a byline.
 */
export function authorsFromPrefix(prefix: string): string[] {
	const t = prefix.replace(/[*_]/g, "").trim();
	const m = /^(?:by\s+)?(.{1,80}?)\s*(?:等人的|等人在|等人提出的|等人|等的|的|et\s+al\.?(?:'s|’s)?(?:\s+(?:in|introduce|propose|present))?|'s|’s)?\s*[,，:：]?$/i.exec(t);
	if (!m) return [];
	const names = m[1].split(/\s*(?:,|，|、|;|\band\b|&|与|和)\s*/).map((n) => n.trim()).filter((n) => n !== "");
	if (names.length === 0 || !names.every(looksLikeName)) return [];
	return names;
}

export function looksLikeName(s: string): boolean {
	if (s.length > 40) return false;
	// Latin names: 1–5 capitalised words (particles allowed); CJK names: 2–4 characters.
	if (/^[\p{Script=Han}]{2,4}$/u.test(s)) return true;
	const words = s.split(/\s+/);
	if (words.length > 5) return false;
	return words.every((w) => /^(?:[\p{Lu}][\p{L}'’.-]*|van|von|der|de|da|di|del|la|le|bin|al|el)$/u.test(w)) && /\p{Lu}/u.test(s);
}

/** Surname of a full name ("Thanh-Dat Truong" → "Truong"). */
export function surnameOf(name: string): string {
	const words = name.trim().split(/\s+/);
	return words[words.length - 1] ?? name;
}

const CLAUSE_END = "。；;，,\\n）)";
const VENUE_BODY = `(?:《([^》]{1,80})》|([^${CLAUSE_END}]{1,80}?))`;

/** Chinese and English phrasings of "published at / accepted to", most specific first. */
const VENUE_PATTERNS: RegExp[] = [
	new RegExp(`(?:于|在)\\s*(\\d{4})\\s*年(?:\\s*\\d{1,2}\\s*月)?\\s*(?:发表于|发表在|发布于|刊登于|收录于|被)\\s*${VENUE_BODY}\\s*(?:会议|期刊|上|接收|录用)?\\s*(?=[${CLAUSE_END}]|$)`, "u"),
	new RegExp(`(\\d{4})\\s*年(?:\\s*\\d{1,2}\\s*月)?\\s*(?:发表于|发表在|发布于|收录于)\\s*${VENUE_BODY}\\s*(?:会议|期刊|上)?\\s*(?=[${CLAUSE_END}]|$)`, "u"),
	new RegExp(`(?:发表于|发表在|刊登于|收录于|见于|入选)\\s*()${VENUE_BODY}\\s*(?:会议|期刊|上)?\\s*(?=[${CLAUSE_END}]|$)`, "u"),
	new RegExp(`(?:已)?被\\s*()${VENUE_BODY}\\s*(?:正式)?(?:接收|录用|接受|收录|录取)`, "u"),
	new RegExp(`将(?:于|在)\\s*()${VENUE_BODY}\\s*(?:上)?(?:进行|作|做)?(?:口头报告|口头展示|报告|展示|发表|亮相)`, "u"),
	new RegExp(`(?:入选|中稿)\\s*()${VENUE_BODY}\\s*(?=[${CLAUSE_END}]|$)`, "u"),
	/(?:published|appeared|appears|presented|to appear|will appear|will be presented)\s+(?:at|in)\s+()(?:the\s+)?([^.;,\n()]{1,80}?)\s*(?=\s(?:as|with|where|which|for|and)\s|[.;,\n()]|$)/i,
	/accepted\s+(?:to|at|by|in|for\s+(?:publication\s+(?:in|at)|presentation\s+at))\s+()(?:the\s+)?([^.;,\n()]{1,80}?)\s*(?=\s(?:as|with|where|which|for|and)\s|[.;,\n()]|$)/i,
];

/** Reads "published at / accepted to / 发表于 / 被…接收" phrases: the venue and the year they state. */
export function venueFromText(text: string): VenueFact {
	let preprint: VenueFact | null = null;
	for (const re of VENUE_PATTERNS) {
		const m = re.exec(text);
		if (!m) continue;
		const statedYear = m[1] ? Number(m[1]) : undefined;
		const fact = cleanVenue(m[2] ?? m[3] ?? "");
		if (!fact.venue) continue;
		const year = statedYear ?? fact.year;
		const found = { venue: fact.venue, ...(year !== undefined ? { year } : {}) };
		// A preprint server is the venue only when no other is stated.
		if (fact.venue !== "arXiv") return found;
		preprint ??= found;
	}
	const arxiv = /(?:published|posted|available|appeared)\s+(?:in|on)\s+arxiv(?:\s*[,(]\s*(?:[A-Za-z]+\.?\s+)?(\d{4}))?/i.exec(text);
	if (arxiv) return { venue: "arXiv", ...(arxiv[1] ? { year: Number(arxiv[1]) } : (preprint?.year !== undefined ? { year: preprint.year } : {})) };
	return preprint ?? {};
}

/**
 * "NeurIPS'25" → NeurIPS 2025; "IEEE Access 2025" → IEEE Access 2025;
 * "the AAAI Conference" → AAAI; drops 会议/期刊 and a leading "the".
 */
export function cleanVenue(raw: string): VenueFact {
	let v = raw
		.replace(/[《》“”"]/g, "")
		.replace(/^\s*(?:the|proceedings of(?: the)?)\s+/i, "")
		.replace(/\s*(?:会议|期刊|大会|上|conference|journal|main track|main conference)\s*$/i, "")
		.trim();
	let year: number | undefined;
	const y = /(?:\s+|['’])(\d{4}|\d{2})$/.exec(v);
	if (y && (y[1].length === 4 || /['’]/.test(y[0]))) {
		year = y[1].length === 2 ? 2000 + Number(y[1]) : Number(y[1]);
		v = v.slice(0, y.index).trim();
	}
	v = v.replace(/\s*(?:会议|期刊|conference)\s*$/i, "").trim();
	if (v === "" || v.length > 80 || /^(?:arxiv)$/i.test(v) === false && !/[\p{L}]/u.test(v)) return {};
	if (/^arxiv$/i.test(v)) v = "arXiv";
	return { venue: v, ...(year !== undefined && year >= 1950 && year <= 2100 ? { year } : {}) };
}
