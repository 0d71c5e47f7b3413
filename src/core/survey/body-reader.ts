import { readComparisonTable } from "./comparison-table";
import type { Nodes, PhrasingContent, RootContent } from "./markdown-tree";
import { splitLines, textOf } from "./markdown-tree";
import type { ParseContext, PaperLink } from "./parse-context";
import { strongPhrases } from "./parse-context";
import { Trust, type Draft, type PaperHandle } from "./paper-registry";
import { isTitleText, recogniseEntry, recogniseReferenceBlock } from "./paper-entry";
import { recogniseReferenceLine } from "./reference-line";
import { DATE_LINE, PAPER_PART_HEADING } from "./vocabulary";
import { authorsFromPrefix, cleanVenue, venueFromText } from "./prose-facts";
import { stripNumbering } from "./sections";
import { groupName } from "./grouping";
import type { Topic } from "./topic-directions";

/** Labels of a paper card's fields ("作者：…", "Venue: …"), Chinese and English. */
const FIELD_LABELS: ReadonlyArray<{ field: CardField; words: RegExp }> = [
	{ field: "authors", words: /^(?:作者|作者们|authors?|by)$/i },
	{ field: "link", words: /^(?:链接|论文链接|原文|地址|link|links|paper|pdf|arxiv|url|code and paper)$/i },
	{ field: "venue", words: /^(?:发表|发表于|会议|期刊|来源|出处|venue|published(?: in| at)?|conference|journal|source)$/i },
	{ field: "year", words: /^(?:年份|时间|发表时间|year|date)$/i },
	{ field: "summary", words: /^(?:摘要|简介|概述|总结|要点|核心贡献|主要贡献|贡献|亮点|tl;?dr|summary|abstract|contributions?|key (?:idea|contribution|findings?)|highlights?|takeaways?)$/i },
];

type CardField = "authors" | "link" | "venue" | "year" | "summary";

/** A heading that names one paper, and what its following lines say about it. */
interface Card {
	title: string;
	line: number;
	depth: number;
	paper: PaperHandle | null;
	/** Text seen before the paper's link, added to its summary once the link is found. */
	pending: string[];
	authors: string[];
	venue?: string;
	year?: number;
}

/**
 * Reads body sections — everything outside the named sections — where papers
 * come as paragraphs that open with their link ("Jane Doe et al. [Title](…)
 * propose…"), as list items, or as cards: a heading with the title followed
 * by labelled lines ("作者：…", "Link: [arXiv](…)", "Summary: …").
 */
export class BodyReader {
	private card: Card | null = null;
	/** The year of the date heading or date line the papers are listed under. */
	private listedYear: number | undefined;
	/** Headings with the papers introduced under them: topic groups of a digest. */
	readonly topics: Topic[] = [];

	constructor(private readonly ctx: ParseContext) {}

	readAll(blocks: RootContent[]): void {
		for (const block of blocks) this.read(block);
		this.closeCard();
	}

	private read(block: RootContent): void {
		switch (block.type) {
			case "heading":
				// "### 论文总结" under a paper's heading is a part of that paper's write-up.
				if (this.card && block.depth > this.card.depth && PAPER_PART_HEADING.test(stripNumbering(textOf(block)))) return;
				this.listedYear = dateYear(textOf(block)) ?? (block.depth <= 2 ? undefined : this.listedYear);
				this.openCard(block.children, this.ctx.line(block), block.depth);
				return;
			case "table":
			{
				const rows = readComparisonTable(block, this.ctx);
				if (rows) for (const draft of rows) this.addDraftToTopic(draft);
				else this.ctx.paperLinksIn([block], this.ctx.line(block));
				return;
			}
			case "paragraph": {
				const year = dateYear(textOf(block));
				if (year !== undefined) this.listedYear = year;
				else this.readLines(block.children, this.ctx.line(block), []);
				return;
			}
			case "list": {
				const unnamed: PhrasingContent[][] = [];
				let named = 0;
				for (const item of block.children) {
					const [first, ...rest] = item.children;
					if (first?.type !== "paragraph") {
						for (const child of item.children) this.read(child);
					} else if (this.readLines(first.children, this.ctx.line(first), rest)) {
						named++;
					} else {
						unnamed.push(first.children);
					}
				}
				// In a list of papers, an item that is only a title is a paper too ("- DPI: The Data Processing Interface").
				if (named >= 2 && named >= unnamed.length) {
					for (const nodes of unnamed) {
						const title = bareTitle(nodes);
						if (title) this.addPaperToTopic(this.ctx.entryPaper({ title, authors: [], shape: "reference", sure: false }, this.ctx.line(block)));
					}
				}
				return;
			}
			case "blockquote":
				for (const child of block.children) this.read(child);
				return;
			default:
				this.ctx.paperLinksIn([block], this.ctx.line(block));
		}
	}

	private openCard(nodes: PhrasingContent[], line: number, depth: number): void {
		this.closeCard();
		// "# Title. Venue. June 2024": a reference written as a heading is a paper of the topic above.
		const reference = nodes.some((n) => n.type === "link") ? null : recogniseReferenceLine(textOf(nodes));
		if (reference) {
			const paper = this.ctx.entryPaper({ ...reference, shape: "reference", sure: false }, line);
			this.addPaperToTopic(paper);
			return;
		}
		const name = groupName(textOf(nodes).replace(/\s*[（(]\s*\d+\s*(?:篇|papers?|项)?\s*[)）]\s*$/i, ""));
		if (name) this.topics.push({ name, line, overview: [], papers: [], depth });
		const links = this.ctx.paperLinksIn(nodes, line);
		const titled = links.find((l) => !l.isCitation);
		const title = stripNumbering(textOf(nodes.filter((n) => n.type !== "link" || n === titled?.node))).trim();
		this.card = { title, line, depth, paper: null, pending: [], authors: [] };
		if (titled) this.attach(titled);
	}

	/** A paragraph, or a list item's first paragraph with the blocks nested under it. */
	/** Reads a paragraph or list item; true when it named a paper of its own. */
	private readLines(nodes: PhrasingContent[], line: number, more: RootContent[]): boolean {
		if (this.readField(nodes, line, more)) return false;
		const lead = readPaperParagraph(nodes, line, this.ctx, more);
		if (lead) {
			if (this.card && !this.card.paper) this.attach(lead);
			this.addToTopic(lead);
			return true;
		}
		if (this.readEntries(nodes, line, more)) return true;
		const text = [textOf(nodes), ...more.map((b) => textOf(b))].join("\n").replace(/[ \t]+/g, " ").trim();
		const links = this.ctx.paperLinksIn([...nodes, ...more], line);
		if (this.card) {
			if (!this.card.paper && links.length > 0) this.attach(links.find((l) => !l.isCitation) ?? links[0]);
			if (text) this.addCardText(text, strongPhrases([...nodes, ...more]));
		}
		// A paper linked from an item under a heading is one of that heading's papers.
		for (const l of links) if (!l.isCitation) this.addToTopic(l);
		// "* MISC" with the papers nested under it: the nested entries are papers of this topic.
		this.readNestedEntries(more);
		return false;
	}

	private readNestedEntries(blocks: RootContent[]): void {
		for (const block of blocks) {
			if (block.type !== "list") continue;
			for (const item of block.children) {
				const [first, ...rest] = item.children;
				if (first?.type !== "paragraph") continue;
				for (const l of splitLines(first.children, this.ctx.line(first))) {
					const entry = recogniseEntry(l.nodes);
					if (!entry) continue;
					const paper = this.ctx.entryPaper(entry, l.line + this.ctx.lineOffset);
					if (this.listedYear !== undefined) paper.setYear(this.listedYear, Trust.Citation, "text");
					this.addPaperToTopic(paper);
				}
				this.readNestedEntries(rest);
			}
		}
	}

	/** A labelled line of a card: "作者：A, B", "Link: [arXiv](…)", "Venue: ICML 2025", "TL;DR: …". */
	private readField(nodes: PhrasingContent[], line: number, more: RootContent[]): boolean {
		if (!this.card) return false;
		const lines = splitLines(nodes, line);
		let matched = false;
		for (const l of lines) {
			const text = textOf(l.nodes).replace(/\s+/g, " ").trim();
			const m = /^\**([^：:*]{1,24}?)\**\s*[：:]\s*\**\s*(.*)$/su.exec(text);
			const field = m ? FIELD_LABELS.find((f) => f.words.test(m[1].trim()))?.field : undefined;
			if (!m || !field) {
				if (matched) this.addCardText(text, []);
				continue;
			}
			matched = true;
			const value = m[2].trim();
			const links = this.ctx.paperLinksIn(l.nodes, l.line);
			if (links.length > 0 && !this.card.paper) this.attach(links.find((x) => !x.isCitation) ?? links[0]);
			switch (field) {
				case "authors":
					this.card.authors = value.split(/\s*(?:,|，|、|;|；|\band\b)\s*/).map((a) => a.replace(/\s*(?:et al\.?|等人?)$/i, "").trim()).filter((a) => a !== "" && !/^(?:et al\.?|等)$/i.test(a));
					break;
				case "venue": {
					const fact = cleanVenue(value);
					if (fact.venue) this.card.venue = fact.venue;
					if (fact.year) this.card.year = fact.year;
					break;
				}
				case "year": {
					const y = /(\d{4})/.exec(value);
					if (y) this.card.year = Number(y[1]);
					break;
				}
				case "summary":
					this.addCardText(value, strongPhrases(l.nodes));
					break;
				default:
					break;
			}
		}
		if (matched) for (const block of more) this.read(block);
		this.applyCardFacts();
		return matched;
	}

	/**
	 * Lines written as paper entries (a titled link, a labelled title with a
	 * [pdf] link, a reference without a link): each line names one paper, and
	 * the blocks nested under a one-line entry are its notes.
	 */
	private readEntries(nodes: PhrasingContent[], line: number, more: RootContent[]): boolean {
		const lines = splitLines(nodes, line);
		const found: PaperHandle[] = [];
		// Hard line breaks set a reference's lines apart; soft wraps of running prose do not.
		const hardBreaks = nodes.filter((n) => n.type === "break").length;
		const block = hardBreaks >= 2 ? recogniseReferenceBlock(lines.map((l) => l.nodes)) : null;
		if (block) {
			const paper = this.ctx.entryPaper(block, line);
			this.addPaperToTopic(paper);
			return true;
		}
		for (const l of lines) {
			const entry = recogniseEntry(l.nodes);
			if (!entry) continue;
			const paper = this.ctx.entryPaper(entry, l.line + this.ctx.lineOffset);
			if (this.listedYear !== undefined) paper.setYear(this.listedYear, Trust.Citation, "text");
			found.push(paper);
			this.addPaperToTopic(paper);
		}
		if (found.length === 0) return false;
		if (found.length === 1 && more.length > 0) {
			const notes = new BodyReader(this.ctx);
			notes.readAll(more);
			const text = more.map((b) => textOf(b)).join("\n").replace(/[ \t]+/g, " ").trim();
			if (text) found[0].setSummary(text, strongPhrases(more));
			const date = /(?:^|\D)((?:19|20)\d{2})[-/.年](?:0?[1-9]|1[0-2])(?:\D|$)/.exec(text);
			if (date) found[0].setYear(Number(date[1]), Trust.Citation, "text");
			for (const t of notes.topics) for (const p of t.papers) this.addDraftToTopic(p);
		} else {
			for (const block of more) this.read(block);
		}
		return true;
	}

	private addToTopic(link: PaperLink): void {
		this.addPaperToTopic(link.paper);
	}

	private addPaperToTopic(paper: PaperHandle): void {
		this.addDraftToTopic(paper.draft);
	}

	private addDraftToTopic(draft: Draft): void {
		const topic = this.topics[this.topics.length - 1];
		if (topic && !topic.papers.includes(draft)) topic.papers.push(draft);
	}

	private attach(link: PaperLink): void {
		const card = this.card;
		if (!card) return;
		card.paper = link.paper;
		this.addToTopic(link);
		if (card.title && !link.paper.title) link.paper.setTitle(card.title, Trust.Prose);
		link.paper.addMention(card.line);
		if (card.pending.length > 0) link.paper.setSummary(card.pending.join("\n"), []);
		card.pending = [];
		this.applyCardFacts();
	}

	private addCardText(text: string, highlights: string[]): void {
		const card = this.card;
		if (!card || text === "") return;
		if (card.paper) card.paper.setSummary(text, highlights);
		else card.pending.push(text);
	}

	private applyCardFacts(): void {
		const card = this.card;
		if (!card?.paper) return;
		if (card.authors.length > 0) card.paper.setAuthors(card.authors, Trust.Prose);
		if (card.venue) card.paper.setVenue(card.venue, Trust.Prose);
		if (card.year) card.paper.setYear(card.year, Trust.Prose, "text");
	}

	private closeCard(): void {
		this.card = null;
	}
}

/**
 * A list item that is only a paper title: title-like, no link, no sentence
 * punctuation, most words capitalised or a "Name: subtitle" shape.
 */
function bareTitle(nodes: PhrasingContent[]): string | null {
	if (nodes.some((n) => n.type === "link")) return null;
	const text = textOf(nodes).replace(/^\[[ xX]\]\s+/, "").replace(/\s+/g, " ").trim();
	if (!isTitleText(text) || text.length > 200 || /[。！？!?；;]$|[.。]\s|,$/.test(text) || /\p{Script=Han}/u.test(text)) return null;
	const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
	const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
	return /^[^:]{2,40}:\s\S/.test(text) || (words.length > 0 && capitalised / words.length >= 0.6) ? text : null;
}

/** The year of a heading or line that is only a date. */
function dateYear(text: string): number | undefined {
	const m = DATE_LINE.exec(text.replace(/[#*_\s]+$/g, "").trim());
	return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * A paragraph about one paper: it opens with the paper's link, perhaps after
 * a byline ("Yusuf Dalva 等人的 [Title](…) 提出…", "Jane Doe et al. [Title](…)
 * propose…") or a bold title followed by a generic link ("**Title** ([arXiv](…))").
 * Its text becomes the paper's summary; a byline gives the authors;
 * "published at / 发表于" phrases give venue and year. Returns the lead link.
 */
export function readPaperParagraph(nodes: PhrasingContent[], line: number, ctx: ParseContext, more: RootContent[] = []): PaperLink | null {
	const links = ctx.paperLinksIn(nodes, line);
	const lead = links.find((l) => !l.isCitation);
	if (!lead) return null;
	const index = nodes.findIndex((n) => n === lead.node || containsNode(n, lead.node));
	const before = nodes.slice(0, index);
	const prefix = textOf(before).trim();
	const byline = authorsFromPrefix(prefix);
	const boldTitle = !lead.paper.title ? leadingBold(before) : null;
	if (prefix !== "" && byline.length === 0 && !boldTitle && !/^[\d.)）、\s*#-]*$/.test(prefix)) return null;
	const paper = lead.paper;
	if (boldTitle) paper.setTitle(boldTitle, Trust.Prose);
	if (byline.length > 0) paper.setAuthors(byline, Trust.Prose);
	const after = textOf(nodes.slice(index + 1));
	const trailingByline = /^\s*(?:[（(]|by\s+|[,，]\s*)([^()（）]+?)(?:\s+et\s+al\.?|\s*等人?)?\s*[,，]?\s*(?:(\d{4}))?\s*[)）:：]/i.exec(after);
	if (byline.length === 0 && trailingByline) {
		const names = authorsFromPrefix(trailingByline[1]);
		if (names.length > 0) paper.setAuthors(names, Trust.Prose);
	}
	ctx.paperLinksIn(more, line);
	const text = [textOf(nodes), ...more.map((b) => textOf(b))].map((t) => t.replace(/[ \t]+/g, " ").trim()).filter((t) => t !== "").join("\n");
	paper.setSummary(text, strongPhrases([...nodes, ...more]));
	const fact = venueFromText(after + (more.length > 0 ? `\n${textOf(more)}` : ""));
	if (fact.venue) paper.setVenue(fact.venue, Trust.Prose);
	if (fact.year) paper.setYear(fact.year, Trust.Prose, "text");
	return lead;
}

/** "**Title** (" or "*Title* —" before a link whose own text is not a title. */
function leadingBold(nodes: PhrasingContent[]): string | null {
	const first = nodes.find((n) => !(n.type === "text" && n.value.trim() === ""));
	if (!first || (first.type !== "strong" && first.type !== "emphasis")) return null;
	const rest = textOf(nodes.slice(nodes.indexOf(first) + 1)).trim();
	if (!/^[([（:：—–-]*$/.test(rest)) return null;
	const title = stripNumbering(textOf(first)).trim();
	return title.length >= 3 ? title : null;
}

function containsNode(haystack: Nodes, needle: Nodes): boolean {
	if (!("children" in haystack)) return false;
	const stack: Nodes[] = [...haystack.children];
	while (stack.length > 0) {
		const n = stack.pop() as Nodes;
		if (n === needle) return true;
		if ("children" in n) stack.push(...(n.children as Nodes[]));
	}
	return false;
}
