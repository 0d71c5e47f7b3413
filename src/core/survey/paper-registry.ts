import type { Paper, ReviewSection, YearSource } from "./model";
import { normaliseTitle, titleKey, yearFromArxiv, type PaperId } from "./paper-id";
import { mergeAuthors, samePerson } from "./author-names";
import { surnameOf } from "./prose-facts";
import { TitleIndex } from "./title-index";

/**
 * How much a source is trusted for a field: a bibliographic record (BibTeX,
 * written by the authors or a publisher) beats a table cell, a table cell
 * beats prose, prose beats a citation.
 */
export const enum Trust {
	Inferred = 0,
	Citation = 1,
	Prose = 2,
	Table = 3,
	Record = 4,
}

/** A paper while the document is being read: each field remembers how it was learned. */
export interface Draft {
	keys: Set<string>;
	id?: PaperId;
	title?: { value: string; trust: Trust };
	authors?: { value: string[]; trust: Trust };
	year?: { value: number; trust: Trust; source: YearSource };
	venue?: { value: string; trust: Trust };
	citations?: number;
	score?: number;
	method?: string;
	innovation?: string;
	extra: Record<string, string | number>;
	summary?: string;
	highlights: string[];
	review: ReviewSection[];
	mentions: Set<number>;
	firstLine: number;
	/** The paper's link when it carries no identifier (a publisher page, a note beside the survey). */
	url?: string;
	/** True while every mention came from wording alone: no identifier, link or table row. */
	unsure?: boolean;
}

/** The facts one mention of a paper contributes. */
export interface Mention {
	id?: PaperId | null;
	title?: string;
	titleTrust?: Trust;
	line: number;
	/** A link without an identifier: mentions with the same link are one paper. */
	url?: string;
	/** The mention rests on wording alone. */
	unsure?: boolean;
	/** A paper known to differ from the one its link or title first named (a table row with a wrong, shared link). */
	distinct?: boolean;
	/** More identifiers of the same paper (a BibTeX entry's DOI beside its arXiv id): each finds it, and all are kept. */
	also?: PaperId[];
}

/**
 * Collects every mention of every paper and merges them: one paper however
 * many times and however it is linked (arXiv abs/pdf, any version, DOI, a
 * table row without a link matched by title, a review heading).
 */
export class PaperRegistry {
	private drafts: Draft[] = [];
	private byKey = new Map<string, Draft>();
	private byTitle = new Map<string, Draft>();
	/** Drafts by the short name before their title's colon ("TopoMetric"). */
	private byShortName = new Map<string, Draft>();
	private byUrl = new Map<string, Draft>();
	private titles = new TitleIndex();
	private redirects = new Map<Draft, Draft>();

	get size(): number {
		return this.drafts.length;
	}

	/** Records a mention and returns the paper it belongs to (created if new). */
	mention(m: Mention): PaperHandle {
		const ids = [...(m.id ? [m.id] : []), ...(m.also ?? [])];
		const byIds = unique(ids.map((id) => this.byKey.get(id.key)).filter((d): d is Draft => d !== undefined));
		let draft: Draft | undefined = byIds[0];
		// Identifiers that one record names together are one paper, however many papers they named so far.
		for (const other of byIds.slice(1)) this.absorb(byIds[0], other);
		if (!draft && !m.id && m.url) draft = this.byUrl.get(m.url);
		const titleDraft = m.title && !m.distinct ? this.findByTitle(m.title) : undefined;
		if (!draft && titleDraft && (!m.id || !titleDraft.id || this.sameTitleOtherIds(titleDraft, m.title ?? "", ids))) draft = titleDraft;
		if (draft && titleDraft && draft !== titleDraft && !titleDraft.id && m.id) this.absorb(draft, titleDraft);
		if (!draft) {
			draft = { keys: new Set(), extra: {}, highlights: [], review: [], mentions: new Set(), firstLine: m.line, ...(m.unsure ? { unsure: true } : {}) };
			this.drafts.push(draft);
		} else if (!m.unsure) {
			delete draft.unsure;
		}
		if (m.url && !m.id) {
			draft.url ??= m.url;
			if (!this.byUrl.has(m.url)) this.byUrl.set(m.url, draft);
		}
		for (const id of ids) this.addId(draft, id);
		if (m.title) this.setTitle(draft, m.title, m.titleTrust ?? Trust.Prose);
		draft.mentions.add(m.line);
		draft.firstLine = Math.min(draft.firstLine, m.line);
		return new PaperHandle(draft, this);
	}

	/** The paper with this identity key, if mentioned. */
	byId(key: string): PaperHandle | undefined {
		const d = this.byKey.get(key);
		return d ? new PaperHandle(d, this) : undefined;
	}

	/** Finds a paper by title: exact normalised match, else a long shared prefix, else close bigram similarity. */
	findByTitle(title: string): Draft | undefined {
		const norm = normaliseTitle(title);
		if (norm === "") return undefined;
		const exact = this.byTitle.get(norm);
		if (exact) return exact;
		let best: { draft: Draft; score: number } | undefined;
		for (const t of this.titles.candidates(norm)) {
			const d = this.byTitle.get(t);
			if (!d) continue;
			const shorter = Math.min(t.length, norm.length);
			const score = shorter >= 16 && (t.startsWith(norm) || norm.startsWith(t)) ? 0.95 : dice(t, norm);
			if (score >= 0.85 && (!best || score > best.score)) best = { draft: d, score };
		}
		// A link whose text is just the short name: "[TopoMetric](…)" for "TopoMetric: Hybrid Memory…".
		return best?.draft ?? this.byShortName.get(norm);
	}

	/** Merges a paper known only by title into the paper a link identifies. */
	merge(into: Draft, from: Draft): void {
		const a = this.resolve(into);
		const b = this.resolve(from);
		if (a !== b) this.absorb(a, b);
	}

	handleOf(draft: Draft): PaperHandle {
		return new PaperHandle(draft, this);
	}

	/** Registers a title for matching later mentions. */
	indexTitle(draft: Draft, title: string): void {
		const norm = normaliseTitle(title);
		if (norm !== "" && !this.byTitle.has(norm)) {
			this.byTitle.set(norm, draft);
			this.titles.add(norm);
		}
		const short = /^(.{3,40}?)\s*[:：]/.exec(title)?.[1];
		const shortNorm = short ? normaliseTitle(short) : "";
		if (shortNorm.length >= 3 && !this.byShortName.has(shortNorm)) this.byShortName.set(shortNorm, draft);
	}

	private index(draft: Draft, key: string): void {
		draft.keys.add(key);
		this.byKey.set(key, draft);
	}

	/**
	 * Gives a paper one more identifier: the first becomes its identity, a
	 * later one of another kind (a DOI beside the arXiv id) is kept beside it.
	 */
	private addId(draft: Draft, id: PaperId): void {
		if (draft.keys.has(id.key)) return;
		draft.id = draft.id ? withIdentifiers(draft.id, id) : id;
		if (!this.byKey.has(id.key)) this.index(draft, id.key);
	}

	/**
	 * A paper with identifiers is one with a mention of other identifiers only
	 * when the titles are the same once normalised and no identifier of one
	 * kind differs (an arXiv id and a DOI name one paper; two arXiv ids two).
	 */
	private sameTitleOtherIds(draft: Draft, title: string, ids: PaperId[]): boolean {
		if (this.byTitle.get(normaliseTitle(title)) !== draft) return false;
		const kinds = new Map([...draft.keys].map((k) => [keyKind(k), k]));
		return ids.every((id) => (kinds.get(keyKind(id.key)) ?? id.key) === id.key);
	}

	setTitle(draft: Draft, title: string, trust: Trust): void {
		const clean = title.replace(/\s+/g, " ").trim();
		if (clean === "") return;
		this.indexTitle(draft, clean);
		if (!draft.title || trust > draft.title.trust) draft.title = { value: clean, trust };
	}

	/** Merges a title-only draft into a linked one when a later link reveals they are the same paper. */
	private absorb(into: Draft, from: Draft): void {
		this.redirects.set(from, into);
		// Both identifiers now name one paper: later links with either find it.
		for (const k of from.keys) {
			this.byKey.set(k, into);
			into.keys.add(k);
		}
		if (from.id) into.id = into.id ? withIdentifiers(into.id, from.id) : from.id;
		for (const [k, d] of this.byTitle) if (d === from) this.byTitle.set(k, into);
		for (const [k, d] of this.byShortName) if (d === from) this.byShortName.set(k, into);
		for (const [k, d] of this.byUrl) if (d === from) this.byUrl.set(k, into);
		into.url ??= from.url;
		if (!from.unsure) delete into.unsure;
		this.drafts = this.drafts.filter((d) => d !== from);
		if (from.title && (!into.title || from.title.trust > into.title.trust)) into.title = from.title;
		if (from.authors) into.authors = mergedAuthors(into.authors, from.authors);
		if (from.year && (!into.year || from.year.trust > into.year.trust)) into.year = from.year;
		if (from.venue && (!into.venue || from.venue.trust > into.venue.trust)) into.venue = from.venue;
		into.citations ??= from.citations;
		into.score ??= from.score;
		into.method ??= from.method;
		into.innovation ??= from.innovation;
		into.extra = { ...from.extra, ...into.extra };
		into.summary ??= from.summary;
		into.highlights = unique([...into.highlights, ...from.highlights]);
		if (into.review.length === 0) into.review = from.review;
		for (const l of from.mentions) into.mentions.add(l);
		into.firstLine = Math.min(into.firstLine, from.firstLine);
	}

	/** The finished papers, in order of first mention, with fallbacks applied. */
	finish(): { papers: Paper[]; untitled: Array<{ key: string; line: number }>; keyFor: (draft: Draft) => string } {
		const untitled: Array<{ key: string; line: number }> = [];
		const papers = [...this.drafts]
			.sort((a, b) => a.firstLine - b.firstLine)
			.map((d) => {
				const arxiv = d.id?.arxiv;
				let year = d.year;
				if (!year && arxiv) {
					const y = yearFromArxiv(arxiv);
					if (y) year = { value: y, trust: Trust.Inferred, source: "arxiv" };
				}
				let title = d.title?.value;
				if (!title) {
					const who = d.authors?.value[0];
					title = who ? `${surnameOf(who)} et al.${year ? ` ${year.value}` : ""}` : (d.id?.key ?? "Untitled paper");
					untitled.push({ key: d.id?.key ?? title, line: d.firstLine });
				}
				const key = d.id?.key ?? titleKey(title);
				const paper: Paper = {
					key,
					title,
					authors: d.authors?.value ?? [],
					extra: d.extra,
					highlights: d.highlights,
					review: d.review,
					mentions: [...d.mentions].sort((a, b) => a - b),
				};
				if (d.id) paper.url = d.id.url;
				else if (d.url) paper.url = d.url;
				if (d.unsure && !d.id && !d.url) paper.confidence = "low";
				if (arxiv) paper.arxiv = arxiv;
				if (d.id?.doi) paper.doi = d.id.doi;
				if (year) {
					paper.year = year.value;
					paper.yearSource = year.source;
				}
				if (d.venue) paper.venue = d.venue.value;
				if (d.citations !== undefined) paper.citations = d.citations;
				if (d.score !== undefined) paper.score = d.score;
				if (d.method) paper.method = d.method;
				if (d.innovation) paper.innovation = d.innovation;
				if (d.summary) paper.summary = d.summary;
				return paper;
			});
		const finalKeys = new Map<Draft, string>();
		[...this.drafts].sort((a, b) => a.firstLine - b.firstLine).forEach((d, i) => finalKeys.set(d, papers[i].key));
		return { papers, untitled, keyFor: (draft) => finalKeys.get(this.resolve(draft)) ?? this.keyOf(draft) };
	}

	/** The draft a (possibly merged-away) draft now lives in. */
	resolve(draft: Draft): Draft {
		let d = draft;
		for (let next = this.redirects.get(d); next; next = this.redirects.get(d)) d = next;
		return d;
	}

	/** The key a draft carries now; final once the document is read. */
	keyOf(draft: Draft): string {
		const d = this.resolve(draft);
		return d.id?.key ?? titleKey(d.title?.value ?? "");
	}

	allDrafts(): readonly Draft[] {
		return this.drafts;
	}
}

/** Write access to one paper's fields, respecting the trust of what is already known. */
export class PaperHandle {
	private readonly original: Draft;

	constructor(
		draft: Draft,
		private readonly registry: PaperRegistry,
	) {
		this.original = draft;
	}

	/** The paper's draft, following any merge since this handle was made. */
	get draft(): Draft {
		return this.registry.resolve(this.original);
	}

	get title(): string | undefined {
		return this.draft.title?.value;
	}

	setAuthors(authors: string[], trust: Trust): void {
		if (authors.length === 0) return;
		this.draft.authors = mergedAuthors(this.draft.authors, { value: authors, trust });
	}

	setYear(year: number, trust: Trust, source: YearSource): void {
		if (!Number.isInteger(year) || year < 1900 || year > 2100) return;
		if (!this.draft.year || trust > this.draft.year.trust) this.draft.year = { value: year, trust, source };
	}

	setVenue(venue: string, trust: Trust): void {
		const known = this.draft.venue;
		if (!known || trust > known.trust || (known.value === "arXiv" && venue !== "arXiv" && trust >= known.trust)) this.draft.venue = { value: venue, trust };
	}

	setTable(fields: { citations?: number; score?: number; method?: string; innovation?: string; extra: Record<string, string | number> }): void {
		const d = this.draft;
		if (fields.citations !== undefined) d.citations = fields.citations;
		if (fields.score !== undefined) d.score = fields.score;
		if (fields.method) d.method = fields.method;
		if (fields.innovation) d.innovation = fields.innovation;
		d.extra = { ...d.extra, ...fields.extra };
	}

	setSummary(text: string, highlights: string[]): void {
		const d = this.draft;
		if (text.trim() === "") return;
		if (!d.summary) d.summary = text;
		else if (!d.summary.includes(text)) d.summary = `${d.summary}\n\n${text}`;
		d.highlights = unique([...d.highlights, ...highlights]);
	}

	/** Sets the title from a heading or table when nothing better is known. */
	setTitle(title: string, trust: Trust): void {
		this.registry.setTitle(this.draft, title, trust);
	}

	addReview(sections: ReviewSection[]): void {
		for (const s of sections) {
			const existing = this.draft.review.find((r) => r.heading === s.heading);
			if (existing) existing.text = `${existing.text}\n\n${s.text}`;
			else this.draft.review.push({ ...s });
		}
	}

	addMention(line: number): void {
		this.draft.mentions.add(line);
	}

	get key(): string {
		return this.registry.keyOf(this.draft);
	}
}

/** The kind of an identity key: `arxiv` for an arXiv id, else its prefix (`doi`, `openreview`, `acl` …). */
function keyKind(key: string): string {
	const colon = key.indexOf(":");
	return colon > 0 ? key.slice(0, colon) : "arxiv";
}

/** An identity that also carries the arXiv id or DOI another identity of the same paper gives. */
function withIdentifiers(known: PaperId, more: PaperId): PaperId {
	const arxiv = known.arxiv ?? more.arxiv;
	const doi = known.doi ?? more.doi;
	return { ...known, ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) };
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}

/** Sørensen–Dice similarity of two strings over character bigrams. */
export function dice(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length < 2 || b.length < 2) return 0;
	const grams = new Map<string, number>();
	for (let i = 0; i < a.length - 1; i++) {
		const g = a.slice(i, i + 2);
		grams.set(g, (grams.get(g) ?? 0) + 1);
	}
	let shared = 0;
	for (let i = 0; i < b.length - 1; i++) {
		const g = b.slice(i, i + 2);
		const n = grams.get(g) ?? 0;
		if (n > 0) {
			shared++;
			grams.set(g, n - 1);
		}
	}
	return (2 * shared) / (a.length - 1 + b.length - 1);
}

/**
 * Two author lists of one paper as one: the better-trusted list (the later
 * one when equal) says who the authors are, and either may name them more
 * fully ("Guo" in a citation, "Xiaoming Guo" in the byline). At equal
 * trust, a later list that names only known people changes no one.
 */
function mergedAuthors(known: { value: string[]; trust: Trust } | undefined, found: { value: string[]; trust: Trust }): { value: string[]; trust: Trust } {
	if (!known) return { value: mergeAuthors(found.value), trust: found.trust };
	// A list naming only people already known (a citation's surname) says no more than the known one.
	const adds = found.value.some((f) => !known.value.some((k) => samePerson(k, f)));
	const [lead, other] = found.trust > known.trust || (found.trust === known.trust && adds) ? [found, known] : [known, found];
	return { value: mergeAuthors(lead.value, other.value), trust: lead.trust };
}
