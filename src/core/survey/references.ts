import { splitLines, textOf, type PhrasingContent, type RootContent } from "./markdown-tree";
import { recogniseEntry, recogniseReferenceBlock } from "./paper-entry";
import type { ParseContext } from "./parse-context";
import type { Draft } from "./paper-registry";
import { normaliseTitle } from "./paper-id";

/** One entry of a reference list that identifies exactly one paper. */
export interface Reference {
	draft: Draft;
	text: string;
}

export function readReferences(blocks: RootContent[], ctx: ParseContext): Reference[] {
	const out: Reference[] = [];
	const visit = (node: RootContent): void => {
		if (node.type === "list") {
			for (const item of node.children) {
				const first = item.children[0];
				if (first?.type === "paragraph") readReferenceEntry(first.children, ctx.line(first), ctx);
				const drafts = [...new Set(ctx.paperLinksIn(item.children, ctx.line(item)).map((l) => l.paper.draft))];
				if (drafts.length === 1) out.push({ draft: drafts[0], text: textOf(item) });
			}
		} else if (node.type === "paragraph") {
			for (const line of splitLines(node.children, ctx.line(node))) {
				const drafts = [...new Set(ctx.paperLinksIn(line.nodes, line.line + ctx.lineOffset).map((l) => l.paper.draft))];
				if (drafts.length === 1) out.push({ draft: drafts[0], text: textOf(line.nodes) });
			}
		} else {
			ctx.paperLinksIn([node], ctx.line(node));
		}
	};
	for (const block of blocks) visit(block);
	return out;
}

/** A reference list's entry written as a multi-line reference or a reference line becomes its paper. */
function readReferenceEntry(nodes: PhrasingContent[], line: number, ctx: ParseContext): void {
	const lines = splitLines(nodes, line);
	const hardBreaks = nodes.filter((n) => n.type === "break").length;
	const entry = (hardBreaks >= 2 ? recogniseReferenceBlock(lines.map((l) => l.nodes)) : null) ?? (lines.length === 1 ? recogniseEntry(nodes) : null);
	if (entry) ctx.entryPaper(entry, line);
}

/**
 * "Qin, Y. et al. CrowdSim-Real. arXiv:2411.09930." ties a paper known only by
 * its title (a table row without a link) to its identifier: a reference that
 * names exactly one such paper merges the two.
 */
export function matchReferences(references: Reference[], ctx: ParseContext): void {
	for (const ref of references) {
		const haystack = ` ${normaliseTitle(ref.text)} `;
		const named = ctx.registry.allDrafts().filter((d) => !d.id && d !== ref.draft && d.title && [d.title.value, d.title.value.split(/[:：]/)[0]].some((t) => normaliseTitle(t).length >= 4 && haystack.includes(` ${normaliseTitle(t)} `)));
		if (named.length === 1) ctx.registry.merge(ref.draft, named[0]);
	}
}
