import type { PhrasingContent } from "./markdown-tree";
import { linkText, splitLines, textOf, walk } from "./markdown-tree";
import { classifyLink, type LinkKind } from "./link-kind";
import type { PaperId } from "./paper-id";
import { looksLikeName, parseCitation } from "./prose-facts";
import { recogniseReferenceLine } from "./reference-line";
import { isGenericLinkText } from "./vocabulary";

/**
 * One line of a list or paragraph that names a paper, as reading lists and
 * awesome lists write them:
 * - `[Title](link)` followed by anything (venue, code links, notes);
 * - `**ABBR**: Title. VENUE-2020 [[pdf]](link) [[code]](link)`: the title in the text, the link generic;
 * - `[[VENUE](link)] Title [[code]](link)`: the link text is the venue;
 * - a reference without a link (`Surname, G. "Title." Venue, 2019.`, `Title. Venue 2024`).
 */
export interface EntryMention {
	title: string;
	/** The entry's paper link, or its best scholarly link. */
	url?: string;
	id?: PaperId;
	authors: string[];
	year?: number;
	venue?: string;
	shape: "title-link" | "labelled" | "venue-link" | "reference";
	/** False when nothing but the wording says this is a paper (no identifier, no scholarly link). */
	sure: boolean;
}

interface FoundLink {
	text: string;
	url: string;
	kind: LinkKind;
	id?: PaperId;
}

const PAPER_KINDS: ReadonlySet<LinkKind> = new Set(["paper", "scholarly", "note"]);
/** The year that closes a venue tag: "ACL-2020", "ICLR Workshop Poster-2013", "(EMNLP 2025)", "NeurIPS'24", "AAAI 2021 (Oral)". */
const YEAR_TAIL = /(?:(?:[-'’\s]|^)((?:19|20)\d{2})|['’](\d{2}))\s*(?:[（(][A-Za-z ]+[)）])?\s*[)\]）]?\s*[.,;]?\s*$/u;
/** A task-list box ("[ ] ", "[x] ") that Obsidian renders as a checkbox. */
const CHECKBOX = /^\[[ xX]\]\s+/;
/** An Obsidian wikilink naming a note: "[[Title]]", "[[Title|shown]]", "[[Title(ABBR)]]". */
const WIKILINK = /^\[\[([^\]|#^]{6,300}?)(?:[|#^][^\]]*)?\]\]/;

function linksOf(nodes: PhrasingContent[]): FoundLink[] {
	const out: FoundLink[] = [];
	for (const root of nodes) {
		for (const n of walk(root)) {
			if (n.type !== "link") continue;
			const fact = classifyLink(n.url);
			out.push({ text: linkText(n), url: asWritten(n.url), kind: fact.kind, ...(fact.id ? { id: fact.id } : {}) });
		}
	}
	return out;
}

/** The address as the survey wrote it (Markdown percent-encodes non-ASCII paths). */
function asWritten(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

const isGeneric = isGenericLinkText;

/** Link text that reads as a paper title: several words, not a citation, an address or a label. */
export function isTitleText(text: string, minWords = 3): boolean {
	const t = text.trim();
	if (t.length < 6 || t.length > 300 || isGeneric(t) || parseCitation(t) !== null) return false;
	// An address, or the debris of Markdown that did not parse ("[Text](http…").
	if (/^(?:https?:\/\/|www\.)/i.test(t) || /\]\(|https?:\/\//.test(t)) return false;
	const words = t.replace(/[\p{Script=Han}]/gu, " x ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	return words.length >= minWords || (/[:：]/.test(t) && words.length >= 2);
}

/** Running prose rather than a title: several sentences, a sentence end inside, or far too long for a title. */
export function isSentence(text: string): boolean {
	const t = text.trim();
	const words = t.split(/\s+/).length + (t.match(/\p{Script=Han}/gu) ?? []).length / 2;
	return words > 30 || /[.!?]\s+\p{Lu}/u.test(t.replace(/\b(?:[A-Z]|vs|et al|Inc|Jr|Dr|Mr|Mrs|Ms|St|No|Vol|pp)\.\s/g, " ")) || /[。！？]./u.test(t);
}

/** A link to a note named after its text ("[Hyper-Connections](2024/Hyper-Connections.md)"): a note per paper. */
function namesItsNote(link: FoundLink): boolean {
	if (link.kind !== "note" || isGeneric(link.text) || link.text.length < 4) return false;
	const file = (link.url.split("/").pop() ?? "").replace(/\.(?:md|markdown|txt)$/i, "");
	const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
	return squash(file) !== "" && squash(file) === squash(link.text);
}

/** A short venue name used as link text: "arXiv", "ICLR", "NeurIPS 2024", "ACM MM". */
function isVenueText(text: string): boolean {
	return /^(?:arxiv|corr|[A-Z][A-Za-z]{1,9}(?:\s?[A-Z][A-Za-z]{0,9})?(?:\s?'?\d{2,4})?)$/i.test(text.trim()) && !isTitleText(text);
}

/** The entry's text with links to code, data and PDFs dropped, and bracket debris removed. */
function plainText(nodes: PhrasingContent[], drop: (link: FoundLink) => boolean): string {
	let out = "";
	const stack: PhrasingContent[] = [...nodes].reverse();
	while (stack.length > 0) {
		const n = stack.pop() as PhrasingContent;
		if (n.type === "link") {
			const fact = classifyLink(n.url);
			const text = textOf(n).replace(/\s+/g, " ").trim();
			if (!drop({ text, url: n.url, kind: fact.kind })) out += text;
			out += " ";
			continue;
		}
		if (n.type === "image" || n.type === "html") continue;
		if ("children" in n) {
			for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
			continue;
		}
		out += textOf(n);
	}
	return out
		.replace(/\[\s*\]|\(\s*\)|【\s*】/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** Splits "Title. ACL-2020", "Title, Arxiv 2022", "Title (EMNLP 2024)" into the title, its venue and year. */
function splitVenueTag(text: string): { title: string; venue?: string; year?: number } {
	const m = YEAR_TAIL.exec(text);
	if (!m) return { title: text };
	const head = text.slice(0, m.index).replace(/[\s([（]+$/u, "");
	// The venue runs back from the year to the nearest ". ", ", " or "(".
	// Awesome lists set the venue off with a dash or a bar instead ("[Title](…) - ICLR 2025").
	const cuts = [". ", "? ", "! ", ", ", "(", "（", " - ", " – ", " — ", " | "].map((sep) => {
		const i = head.lastIndexOf(sep);
		return i < 0 ? 0 : i + sep.length;
	});
	const at = Math.max(...cuts);
	const venue = at > 0 ? head.slice(at).trim() : "";
	const title = (at > 0 ? head.slice(0, at) : head).replace(/[\s.,;:(（]+$/u, "");
	if (!isTitleText(title, 2)) return { title: text };
	const year = m[1] ? Number(m[1]) : 2000 + Number(m[2]);
	const venueOk = venue !== "" && /^[\p{Lu}]/u.test(venue) && venue.split(/\s+/).length <= 5;
	if (venue !== "" && !venueOk) return { title: text };
	return { title, ...(venueOk ? { venue } : {}), year };
}

/** Drops a leading bold label ("**MuTual**: ") or numbering from an entry's text; returns the label too. */
function splitLabel(nodes: PhrasingContent[], text: string): { label?: string; rest: string } {
	const first = nodes.find((n) => !(n.type === "text" && n.value.trim() === ""));
	if (first?.type === "strong") {
		const label = textOf(first).trim();
		const at = text.indexOf(label);
		if (at >= 0 && label.length <= 40) {
			const rest = text.slice(at + label.length).replace(/^\s*[:：\-–—]\s*/, "");
			if (rest !== text.slice(at + label.length)) return { label, rest: rest.trim() };
		}
	}
	return { rest: text.replace(/^(?:\d{1,3}[.)、]|[-*+])\s+/, "").replace(CHECKBOX, "") };
}

function mention(base: Omit<EntryMention, "authors" | "sure"> & { authors?: string[] }, link: FoundLink | undefined): EntryMention {
	return {
		...base,
		authors: base.authors ?? [],
		...(link ? { url: link.url, ...(link.id ? { id: link.id } : {}) } : {}),
		sure: link !== undefined && (link.kind === "paper" || link.kind === "scholarly"),
	};
}

/** Recognises a paper entry in one line of inline content; null when the line names no paper. */
export function recogniseEntry(nodes: PhrasingContent[]): EntryMention | null {
	const links = linksOf(nodes);
	const paperLinks = links.filter((l) => PAPER_KINDS.has(l.kind));
	const titleLink = paperLinks.find((l) => isTitleText(l.text) || namesItsNote(l));
	if (titleLink) {
		const after = plainText(nodes, () => true);
		const tag = splitVenueTag(`${titleLink.text} ${after}`.trim());
		// The title is the link's text: a venue must come after it, not from a cut inside it.
		const venue = tag.venue !== undefined && after.includes(tag.venue) ? tag.venue : undefined;
		return mention({ title: titleLink.text, shape: "title-link", ...(venue ? { venue } : {}), ...(tag.year ? { year: tag.year } : {}) }, titleLink);
	}
	const venueLink = paperLinks.find((l) => isVenueText(l.text));
	const idLink = paperLinks.find((l) => l.kind === "paper") ?? paperLinks.find((l) => l.kind === "scholarly");
	const text = plainText(nodes, (l) => isGeneric(l.text) || l === venueLink || l.kind === "other-site" || (venueLink !== undefined && l.url === venueLink.url));
	const { label, rest } = splitLabel(nodes, text);
	if (idLink) {
		const tag = splitVenueTag(rest);
		// Beside an identifier a two-word title is enough ("UNIVERSAL TRANSFORMERS").
		if (isTitleText(tag.title, 2) && !isSentence(tag.title)) {
			const venue = tag.venue ?? (venueLink ? venueLink.text : undefined);
			return mention({ title: tag.title.replace(/[.。]$/, ""), shape: venueLink ? "venue-link" : "labelled", ...(venue ? { venue } : {}), ...(tag.year ? { year: tag.year } : {}) }, venueLink ?? idLink);
		}
	}
	if (links.some((l) => l.kind === "paper")) return null;
	const wiki = WIKILINK.exec(rest);
	if (wiki) {
		// The note's name is the title; a trailing "(ABBR)" is its short name.
		const title = wiki[1].replace(/\s*[（(][\w\s-]{2,20}[)）]$/u, "").trim();
		if (isTitleText(title)) return mention({ title, shape: "reference" }, undefined);
	}
	const ref = recogniseReferenceLine(label && !/\s/.test(label) ? rest : text);
	if (!ref) return null;
	return mention({ title: ref.title, shape: "reference", authors: ref.authors, ...(ref.year ? { year: ref.year } : {}), ...(ref.venue ? { venue: ref.venue } : {}) }, idLink);
}

/** "NIPS (1989)", "Preprint (2018)", "MICCAI 2019", "ICML (2010) / arXiv (2009)": a venue and its year on a line of their own. */
const VENUE_YEAR_LINE = /^([\p{L}][\p{L}\d&.\- ]{0,60}?)\s*[(（]?\s*((?:19|20)\d{2})\s*[)）]?(?:\s*[/|,;].*)?$/u;

/**
 * A reference written over several lines, as literature reviews list them:
 * the title (often bold) on the first line, then the authors, the venue and
 * year, and the address, each on a line of its own ("<br />" or line breaks).
 */
export function recogniseReferenceBlock(lines: PhrasingContent[][]): EntryMention | null {
	const texts = lines.map((l) => plainText(l, () => false)).filter((t) => t !== "");
	if (texts.length < 3) return null;
	const first = lines.find((l) => plainText(l, () => false) !== "") ?? [];
	const title = texts[0].replace(/[.。]$/, "");
	const bold = first.every((n) => n.type === "strong" || n.type === "html" || (n.type === "text" && n.value.trim() === ""));
	if (!isTitleText(title, 2) || isSentence(title) || (!bold && first.some((n) => n.type === "link"))) return null;
	let venue: string | undefined;
	let year: number | undefined;
	let authors: string[] = [];
	for (const t of texts.slice(1)) {
		const vy = VENUE_YEAR_LINE.exec(t);
		if (vy && year === undefined) {
			venue = vy[1].trim() || undefined;
			year = Number(vy[2]);
			continue;
		}
		const names = t.split(/\s*(?:,|，|、|;|\band\b|&)\s*/).map((n) => n.trim()).filter((n) => n !== "");
		if (authors.length === 0 && names.length > 0 && names.every((n) => looksLikeName(n.replace(/\.$/, "")))) authors = names;
	}
	if (year === undefined && authors.length === 0) return null;
	const links = lines.flatMap(linksOf).filter((l) => PAPER_KINDS.has(l.kind));
	const link = links.find((l) => l.kind === "paper") ?? links[0];
	return mention({ title, shape: "reference", authors, ...(venue && !/^preprint$/i.test(venue) ? { venue } : {}), ...(year ? { year } : {}) }, link);
}

/**
 * The paper entries of one paragraph or list item: a multi-line reference
 * when its lines are set apart by hard breaks (soft wraps of running prose
 * never are), else the entries its lines hold one by one. `line` is null for
 * an entry that spans the whole paragraph.
 */
export function recogniseParagraph(nodes: PhrasingContent[], startLine: number): Array<{ entry: EntryMention; line: number | null }> {
	const lines = splitLines(nodes, startLine);
	const hardBreaks = nodes.filter((n) => n.type === "break").length;
	const block = hardBreaks >= 2 ? recogniseReferenceBlock(lines.map((l) => l.nodes)) : null;
	if (block) return [{ entry: block, line: null }];
	const out: Array<{ entry: EntryMention; line: number | null }> = [];
	for (const l of lines) {
		const entry = recogniseEntry(l.nodes);
		if (entry) out.push({ entry, line: l.line });
	}
	return out;
}
