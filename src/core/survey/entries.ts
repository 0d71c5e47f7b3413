import type { PhrasingContent, RootContent } from "./markdown-tree";
import { splitLines } from "./markdown-tree";
import type { ParseContext } from "./parse-context";

/**
 * A line of a section, flattened from paragraphs, list items and headings, so
 * that nested and flat list layouts read the same. (Surveys often indent
 * sub-items by two spaces under "1. **Name**", which Markdown reads as a
 * separate list rather than a nested one.)
 */
export interface Entry {
	kind: "heading" | "line";
	nodes: PhrasingContent[];
	line: number;
	/** List nesting depth; 0 outside lists. */
	depth: number;
	/** True for the first line of a list item. */
	itemStart: boolean;
	ordered: boolean;
}

export function flattenEntries(blocks: RootContent[], ctx: ParseContext): Entry[] {
	const out: Entry[] = [];
	const visit = (node: RootContent, depth: number, ordered: boolean, itemStart: boolean): void => {
		switch (node.type) {
			case "heading":
				out.push({ kind: "heading", nodes: node.children, line: ctx.line(node), depth, itemStart: false, ordered: false });
				break;
			case "paragraph":
				splitLines(node.children, ctx.line(node)).forEach((l, i) => {
					out.push({ kind: "line", nodes: l.nodes, line: l.line + ctx.lineOffset, depth, itemStart: itemStart && i === 0, ordered });
				});
				break;
			case "list":
				for (const item of node.children) {
					item.children.forEach((child, i) => visit(child, depth + 1, node.ordered === true, i === 0));
				}
				break;
			case "blockquote":
				for (const child of node.children) visit(child, depth, ordered, false);
				break;
			default:
				break;
		}
	};
	for (const block of blocks) visit(block, 0, false, false);
	return out;
}
