import MarkdownIt, { type Token } from "markdown-it";
import { htmlTag, htmlToBlocks } from "./html-blocks";
import { NestingLimitError } from "./nesting-limit";

export { NestingLimitError };
import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";

export type { Link, Nodes, Parent, PhrasingContent, Root, RootContent };

/**
 * markdown-it: CommonMark with GFM tables and strikethrough, bare links
 * (linkify, explicit http(s) only), and a nesting limit that keeps deep input
 * safe. Parses several MB per second, where the micromark-based parsers
 * manage a few hundred KB.
 */
/**
 * Nesting markdown-it reads before it stops: 1,000 nested lists (two levels
 * each) still parse; far deeper input overflows the stack and is refused
 * with a clear error.
 */
export const MAX_NESTING = 2200;

const md = new MarkdownIt({ html: true, linkify: true });
// maxNesting is a real markdown-it option that its type definitions leave out.
md.set({ maxNesting: MAX_NESTING } as Parameters<MarkdownIt["set"]>[0]);
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

/** Parses Markdown into an mdast-shaped tree whose nodes carry the line they start on. */
export function parseMarkdown(text: string): Root {
	const tokens = md.parse(text, {});
	const stoppedAt = unreadLine(tokens);
	if (stoppedAt !== null) throw new NestingLimitError(stoppedAt, "lists or quotes", `more than ${MAX_NESTING} levels; a list level counts two`);
	return toTree(tokens);
}


/**
 * The line where markdown-it reached its nesting limit, or null. At the limit
 * it stops reading and keeps no text from there to the end of the document.
 */
function unreadLine(tokens: Token[]): number | null {
	let line = 1;
	for (const t of tokens) {
		if (t.map) line = t.map[0] + 1;
		if (t.level >= MAX_NESTING - 1) return line;
	}
	return null;
}

type Container = Root | (Nodes & Parent);

function at(line: number): NonNullable<Nodes["position"]> {
	return { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } };
}

/** Builds the block tree from markdown-it's flat token stream. */
function toTree(tokens: Token[]): Root {
	const root: Root = { type: "root", children: [] };
	const stack: Container[] = [root];
	let line = 1;
	const top = (): Container => stack[stack.length - 1];
	const open = (node: Nodes & Parent): void => {
		(top().children as Nodes[]).push(node);
		stack.push(node);
	};
	for (const token of tokens) {
		if (token.map) line = token.map[0] + 1;
		const position = at(line);
		switch (token.type) {
			case "heading_open":
				open({ type: "heading", depth: Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: [], position });
				break;
			case "paragraph_open":
				open({ type: "paragraph", children: [], position });
				break;
			case "bullet_list_open":
			case "ordered_list_open":
				open({ type: "list", ordered: token.type === "ordered_list_open", spread: false, children: [], position });
				break;
			case "list_item_open":
				open({ type: "listItem", spread: false, children: [], position });
				break;
			case "blockquote_open":
				open({ type: "blockquote", children: [], position });
				break;
			case "table_open":
				open({ type: "table", children: [], position });
				break;
			case "tr_open":
				open({ type: "tableRow", children: [], position });
				break;
			case "th_open":
			case "td_open":
				open({ type: "tableCell", children: [], position });
				break;
			case "heading_close":
			case "paragraph_close":
			case "bullet_list_close":
			case "ordered_list_close":
			case "list_item_close":
			case "blockquote_close":
			case "table_close":
			case "tr_close":
			case "th_close":
			case "td_close":
				if (stack.length > 1) stack.pop();
				break;
			case "inline":
				(top().children as Nodes[]).push(...toPhrasing(token.children ?? [], line));
				break;
			case "fence":
			case "code_block":
				// The block ends on its own last line, so a reader can tell a fence's line from its text's first line.
				(top().children as Nodes[]).push({ type: "code", lang: token.info.trim() || null, value: token.content, position: { start: position.start, end: at(token.map ? token.map[1] : line).end } });
				break;
			case "html_block":
			{
				// Read as the Markdown it stands for; a block with nothing to read (a comment) stays an html node.
				const blocks = htmlToBlocks(token.content, line);
				(top().children as Nodes[]).push(...(blocks.length > 0 ? blocks : [{ type: "html" as const, value: token.content, position }]));
			}
				break;
			case "hr":
				(top().children as Nodes[]).push({ type: "thematicBreak", position });
				break;
			default:
				break;
		}
	}
	return root;
}

/** Builds inline nodes; soft breaks become "\n" in text (as in mdast), hard breaks `break` nodes. */
function toPhrasing(tokens: Token[], startLine: number): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	const stack: Array<PhrasingContent & Parent> = [];
	let line = startLine;
	const add = (node: PhrasingContent): void => {
		const siblings = (stack.length > 0 ? stack[stack.length - 1].children : out) as PhrasingContent[];
		const last = siblings[siblings.length - 1];
		if (node.type === "text" && last?.type === "text") last.value += node.value;
		else siblings.push(node);
	};
	const open = (node: PhrasingContent & Parent): void => {
		add(node);
		stack.push(node);
	};
	// Closes the innermost open node of a type; an HTML tag left open inside it closes with it.
	const close = (type: PhrasingContent["type"]): void => {
		const at = stack.map((n) => n.type).lastIndexOf(type);
		if (at >= 0) stack.length = at;
	};
	for (const t of tokens) {
		const position = at(line);
		switch (t.type) {
			case "text":
			case "text_special":
				if (t.content !== "") add({ type: "text", value: t.content, position });
				break;
			case "softbreak":
				add({ type: "text", value: "\n", position });
				line++;
				break;
			case "hardbreak":
				add({ type: "break", position });
				line++;
				break;
			case "link_open":
				open({ type: "link", url: t.attrGet("href") ?? "", title: t.attrGet("title"), children: [], position });
				break;
			case "strong_open":
				open({ type: "strong", children: [], position });
				break;
			case "em_open":
				open({ type: "emphasis", children: [], position });
				break;
			case "s_open":
				open({ type: "delete", children: [], position });
				break;
			case "link_close":
				close("link");
				break;
			case "strong_close":
				close("strong");
				break;
			case "em_close":
				close("emphasis");
				break;
			case "s_close":
				close("delete");
				break;
			case "code_inline":
				add({ type: "inlineCode", value: t.content, position });
				break;
			case "image":
				add({ type: "image", url: t.attrGet("src") ?? "", alt: t.content, position });
				break;
			case "html_inline": {
				// Inline tags read as a browser does: <br> breaks the line, <a href> links, <b>/<i> emphasise.
				const tag = htmlTag(t.content);
				if (tag?.kind === "break") {
					add({ type: "break", position });
					line++;
				} else if (tag?.kind === "open") open({ ...tag.node, position });
				else if (tag?.kind === "close") close(tag.type);
				else add({ type: "html", value: t.content, position });
				break;
			}
			default:
				if (t.content) add({ type: "text", value: t.content, position });
		}
	}
	return out;
}

/** The 1-based line a node starts on, shifted by the lines that precede the parsed text. */
export function lineOf(node: Nodes, offset: number): number {
	return (node.position?.start.line ?? 1) + offset;
}

function hasChildren(node: Nodes): node is Nodes & Parent {
	return "children" in node && Array.isArray(node.children);
}

/**
 * The plain text of a node: text, inline code and link text; hard breaks as
 * newlines. Iterative, so a pathologically deep tree cannot overflow the stack.
 */
export function textOf(node: Nodes | Nodes[]): string {
	let out = "";
	const stack: Nodes[] = Array.isArray(node) ? [...node].reverse() : [node];
	while (stack.length > 0) {
		const n = stack.pop() as Nodes;
		switch (n.type) {
			case "text":
			case "inlineCode":
				out += n.value;
				break;
			case "break":
				out += "\n";
				break;
			case "image":
				out += n.alt ?? "";
				break;
			case "html":
			case "code":
				break;
			default:
				if (hasChildren(n)) {
					if ((n.type === "paragraph" || n.type === "heading" || n.type === "tableCell") && out !== "" && !out.endsWith("\n") && n !== node) out += "\n";
					for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
				}
		}
	}
	return out;
}

/** Every node of the subtree in document order, without recursion. */
export function* walk(node: Nodes): Generator<Nodes> {
	const stack: Nodes[] = [node];
	while (stack.length > 0) {
		const n = stack.pop() as Nodes;
		yield n;
		if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
	}
}

/**
 * The words a link shows, spaces collapsed. A link that shows only an image
 * (a badge, a thumbnail) shows no words: the image's alt text describes the
 * picture ("License: MIT", "arXiv"), never the paper.
 */
export function linkText(link: Link): string {
	const onlyImages = link.children.every((c) => c.type === "image" || (c.type === "text" && c.value.trim() === ""));
	return onlyImages ? "" : textOf(link).replace(/\s+/g, " ").trim();
}

/** Every link of a subtree, in document order. */
export function linksIn(node: Nodes | Nodes[]): Link[] {
	const out: Link[] = [];
	for (const root of Array.isArray(node) ? node : [node]) for (const n of walk(root)) if (n.type === "link") out.push(n);
	return out;
}

/** A run of inline content between hard or soft line breaks. */
export interface InlineLine {
	nodes: PhrasingContent[];
	line: number;
}

/**
 * Splits a paragraph's inline content into lines at hard breaks and at the
 * newlines of soft breaks, so "**Label**：text" lines can be read one by one.
 */
export function splitLines(children: PhrasingContent[], startLine: number): InlineLine[] {
	const lines: InlineLine[] = [];
	let current: PhrasingContent[] = [];
	let line = startLine;
	const flush = (nextLine: number): void => {
		if (current.length > 0) lines.push({ nodes: current, line });
		current = [];
		line = nextLine;
	};
	for (const child of children) {
		const childLine = child.position?.start.line ?? line;
		if (current.length === 0) line = childLine;
		if (child.type === "break") {
			flush(child.position?.end.line ?? line + 1);
			continue;
		}
		if (child.type === "text" && child.value.includes("\n")) {
			const parts = child.value.split("\n");
			parts.forEach((part, i) => {
				if (i > 0) flush(line + 1);
				if (part !== "") current.push({ type: "text", value: part });
			});
			continue;
		}
		current.push(child);
	}
	flush(line);
	return lines;
}

/** Collapses runs of white space and trims. */
export function squash(s: string): string {
	return s.replace(/[ \t\u00a0\u3000]+/g, " ").replace(/ *\n */g, "\n").trim();
}
