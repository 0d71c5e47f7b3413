import type { RootContent } from "./markdown-tree";
import { splitLines, textOf } from "./markdown-tree";
import type { ReviewSection } from "./model";
import type { ParseContext, PaperLink } from "./parse-context";
import type { PaperHandle } from "./paper-registry";
import { Trust } from "./paper-registry";
import { stripNumbering } from "./sections";

/** One paper's in-depth review while it is being read. */
export class ReviewReader {
	private sections: ReviewSection[] = [];
	private links: PaperLink[] = [];
	private headingPaper: PaperHandle | null = null;

	constructor(
		private readonly ctx: ParseContext,
		/** The review's heading text: the paper's title, numbered. */
		private readonly heading: string,
		private readonly line: number,
		headingLinks: PaperLink[],
	) {
		const titled = headingLinks.find((l) => !l.isCitation) ?? headingLinks[0];
		if (titled) this.headingPaper = titled.paper;
	}

	/** Reads a block of the review: labelled lines ("**背景与痛点**：…", "**Method:** …") become sections. */
	add(block: RootContent): void {
		const blockLine = this.ctx.line(block);
		this.links.push(...this.ctx.paperLinksIn([block], blockLine));
		if (block.type === "list") {
			// "- **背景**：…" items read like labelled lines.
			for (const item of block.children) for (const child of item.children) this.addBlock(child);
			return;
		}
		this.addBlock(block);
	}

	private addBlock(block: RootContent): void {
		const blockLine = this.ctx.line(block);
		if (block.type !== "paragraph") {
			const text = textOf(block).trim();
			if (text) this.append(text);
			return;
		}
		for (const line of splitLines(block.children, blockLine)) {
			const [first, ...rest] = line.nodes;
			const label = first?.type === "strong" ? textOf(first).trim() : null;
			const restText = textOf(rest).trim();
			const labelled = label && /[：:]$/.test(label) ? { name: label, text: restText } : label && /^[：:]/.test(restText) ? { name: label, text: restText.replace(/^[：:]\s*/, "") } : null;
			if (labelled && labelled.name.length <= 40) {
				this.sections.push({ heading: labelled.name.replace(/[：:]\s*$/, "").trim(), text: labelled.text });
			} else {
				this.append(textOf(line.nodes).trim());
			}
		}
	}

	private append(text: string): void {
		if (text === "") return;
		const last = this.sections[this.sections.length - 1];
		if (last) last.text = `${last.text}\n${text}`;
		else this.sections.push({ heading: "Overview", text });
	}

	/** Attaches the review to its paper: by heading link, heading title, or the paper the review cites. */
	finish(): void {
		const title = stripNumbering(this.heading).replace(/^[*_]+|[*_]+$/g, "").trim();
		let paper = this.headingPaper;
		if (!paper && title) {
			const byTitle = this.ctx.registry.findByTitle(title);
			if (byTitle) paper = this.ctx.registry.handleOf(byTitle);
		}
		if (!paper) {
			const cited = [...new Set(this.links.map((l) => l.paper.draft))];
			if (cited.length === 1) paper = this.ctx.registry.handleOf(cited[0]);
		}
		if (!paper) {
			if (!title) return;
			paper = this.ctx.registry.mention({ title, titleTrust: Trust.Prose, line: this.line });
			this.ctx.warn(this.line, `review "${title}" names a paper that is not linked anywhere; kept without an identifier`);
		}
		if (title) paper.setTitle(title, Trust.Prose);
		paper.addMention(this.line);
		paper.addReview(this.sections);
	}
}
