import type { Link, Nodes, PhrasingContent } from "./markdown-tree";
import { lineOf, linkText, textOf } from "./markdown-tree";
import type { SurveyWarning } from "./model";
import { identifyPaperUrl } from "./paper-id";
import { PaperRegistry, Trust, type PaperHandle } from "./paper-registry";
import { parseCitation } from "./prose-facts";
import { isGenericLinkText } from "./vocabulary";
import type { EntryMention } from "./paper-entry";
import { bibtexIds, type BibtexEntry } from "./bibtex-entries";

/** A paper link found in the text, with what its link text says. */
export interface PaperLink {
	paper: PaperHandle;
	node: Link;
	/** True when the link text is a citation ("(Yin et al. 2026)") rather than a title. */
	isCitation: boolean;
	line: number;
}

/** State shared by the readers of each section while one document is parsed. */
export class ParseContext {
	readonly registry = new PaperRegistry();
	readonly warnings: SurveyWarning[] = [];

	constructor(
		/** Lines before the parsed Markdown (the frontmatter), added to every node's line. */
		readonly lineOffset: number,
	) {}

	line(node: Nodes): number {
		return lineOf(node, this.lineOffset);
	}

	warn(line: number, message: string): void {
		this.warnings.push({ line, message });
	}

	/**
	 * Records a link if it points to a paper: its text gives the title, or, for
	 * a citation, the first author's surname and the year. Null for other links.
	 */
	paperLink(node: Link, fallbackLine: number): PaperLink | null {
		const id = identifyPaperUrl(node.url);
		if (!id) return null;
		const line = node.position ? this.line(node) : fallbackLine;
		const text = linkText(node);
		const citation = parseCitation(text);
		const looksLikeUrl = /^(?:https?:\/\/|www\.|arxiv\.org|doi\.org|\d{4}\.\d{4,5})/i.test(text) || text === "";
		const genericText = isGenericLinkText(text);
		const title = citation || looksLikeUrl || genericText ? undefined : text;
		const paper = this.registry.mention({ id, title, titleTrust: Trust.Prose, line });
		if (citation) {
			if (citation.author) paper.setAuthors([citation.author], Trust.Citation);
			if (citation.year) paper.setYear(citation.year, Trust.Citation, "citation");
		}
		return { paper, node, isCitation: citation !== null, line };
	}

	/**
	 * Files a paper entry recognised in a list or paragraph line: its facts
	 * count as prose, below a comparison table's cells.
	 */
	entryPaper(entry: EntryMention, line: number): PaperHandle {
		const paper = this.registry.mention({
			id: entry.id ?? null,
			title: entry.title,
			titleTrust: Trust.Prose,
			line,
			...(entry.url && !entry.id ? { url: entry.url } : {}),
			...(entry.sure || entry.url ? {} : { unsure: true }),
		});
		if (entry.authors.length > 0) paper.setAuthors(entry.authors, Trust.Prose);
		if (entry.year) paper.setYear(entry.year, Trust.Prose, "text");
		if (entry.venue) paper.setVenue(entry.venue, Trust.Prose);
		return paper;
	}

	/**
	 * Files a BibTeX entry. Its authors, identifiers, year and venue are a
	 * record the authors or a publisher wrote, so they beat the survey's
	 * wording; a preprint's year and "arXiv" as venue give way to a venue the
	 * survey names. Its title counts as prose: generators often flatten a
	 * title's case, and the survey's own spelling of it reads better.
	 */
	bibtexPaper(entry: BibtexEntry, line: number): PaperHandle {
		const [id, ...also] = bibtexIds(entry);
		const paper = this.registry.mention({
			id: id ?? null,
			...(also.length > 0 ? { also } : {}),
			...(entry.title ? { title: entry.title, titleTrust: Trust.Prose } : {}),
			line,
			...(entry.url && !id ? { url: entry.url } : {}),
		});
		paper.setAuthors(entry.authors, Trust.Record);
		const preprint = entry.venue === undefined || entry.venue === "arXiv";
		if (entry.year) paper.setYear(entry.year, preprint ? Trust.Prose : Trust.Record, "text");
		if (entry.venue) paper.setVenue(entry.venue, preprint ? Trust.Citation : Trust.Record);
		return paper;
	}

	/** Paper identifiers written as text, registered as citations of their papers. */
	private textIdentifiers(text: string, line: number): PaperLink[] {
		const out: PaperLink[] = [];
		for (const m of text.matchAll(TEXT_ID)) {
			const url = m[1] ? `https://arxiv.org/abs/${m[1]}` : `https://doi.org/${(m[2] ?? "").replace(/[.。]+$/, "")}`;
			const id = identifyPaperUrl(url);
			if (!id) continue;
			const paper = this.registry.mention({ id, line });
			const node: Link = { type: "link", url, children: [{ type: "text", value: m[0] }] };
			out.push({ paper, node, isCitation: true, line });
		}
		return out;
	}

	/**
	 * Every paper link in a list of nodes, in order; plain-text identifiers
	 * ("arXiv:2401.01234", "doi:10.1145/…") count as citations of their paper.
	 */
	paperLinksIn(nodes: Nodes[], fallbackLine: number): PaperLink[] {
		const out: PaperLink[] = [];
		const stack: Nodes[] = [...nodes].reverse();
		while (stack.length > 0) {
			const n = stack.pop() as Nodes;
			if (n.type === "link") {
				const link = this.paperLink(n, fallbackLine);
				if (link) out.push(link);
				continue;
			}
			if (n.type === "text" && /arxiv|doi/i.test(n.value)) {
				out.push(...this.textIdentifiers(n.value, n.position ? this.line(n) : fallbackLine));
				continue;
			}
			if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
		}
		return out;
	}
}

const TEXT_ID = /\barxiv\s*[:：]?\s*(\d{4}\.\d{4,5})(?:v\d+)?\b|\bdoi\s*[:：]\s*(10\.\d{4,9}\/[^\s,;，；)）\]]+)/gi;

/** The text of inline nodes with paper citations removed (for table cells and prose). */
export function textWithoutCitations(nodes: PhrasingContent[]): string {
	const kept = nodes.filter((n) => !(n.type === "link" && identifyPaperUrl(n.url) && parseCitation(textOf(n)) !== null));
	return textOf(kept)
		.replace(/\s+([。，；：,.;:])/g, "$1")
		.replace(/\s+/g, " ")
		.trim();
}

/** The bold phrases of a run of nodes. */
export function strongPhrases(nodes: Nodes[]): string[] {
	const out: string[] = [];
	const stack: Nodes[] = [...nodes].reverse();
	while (stack.length > 0) {
		const n = stack.pop() as Nodes;
		if (n.type === "strong") {
			const t = textOf(n).trim();
			if (t) out.push(t);
			continue;
		}
		if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
	}
	return out;
}
