import { Parser, parseDocument } from "htmlparser2";
import { isTag, isText, type ChildNode, type Element } from "domhandler";
import type { Link, Nodes, PhrasingContent, RootContent } from "mdast";
import { NestingLimitError } from "./nesting-limit";

/**
 * HTML inside Markdown is real markup: awesome lists and reviews write
 * headings, link lists, tables and `<details>` blocks in HTML. A block is
 * parsed with htmlparser2 and turned into the same tree nodes its Markdown
 * form would give, so every reader and recogniser sees it the same way.
 * Every node carries the line the block starts on.
 */
export function htmlToBlocks(html: string, line: number): RootContent[] {
	const position = { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } };
	const nodes = parseDocument(html, { decodeEntities: true }).children;
	if (depthOf(nodes) > MAX_HTML_DEPTH) throw new NestingLimitError(line, "HTML elements", `more than ${MAX_HTML_DEPTH} levels`);
	return blocksOf(nodes, position);
}

/**
 * Elements nested deeper than this refuse the document, as deep Markdown does:
 * no real survey nests HTML this far, and reading it would overflow the stack.
 */
export const MAX_HTML_DEPTH = 256;

/** The deepest element nesting of a node list, counted without recursion. */
function depthOf(nodes: ChildNode[]): number {
	let max = 0;
	const stack: Array<[ChildNode, number]> = nodes.map((n) => [n, 1]);
	while (stack.length > 0) {
		const [node, depth] = stack.pop() as [ChildNode, number];
		if (!isElement(node)) continue;
		max = Math.max(max, depth);
		for (const c of node.children) stack.push([c, depth + 1]);
	}
	return max;
}

/** What one inline HTML tag inside Markdown means for the tree. */
export type InlineTag =
	| { kind: "break" }
	| { kind: "open"; node: Omit<Link, "position"> | { type: "strong" | "emphasis"; children: PhrasingContent[] } }
	| { kind: "close"; type: "link" | "strong" | "emphasis" };

const INLINE_TYPES: Record<string, "link" | "strong" | "emphasis"> = { a: "link", b: "strong", strong: "strong", i: "emphasis", em: "emphasis" };

/**
 * Reads one inline tag (`<a href="…">`, `</b>`, `<br/>`) with the HTML
 * parser, so quoting, entities and attribute order are read as a browser does.
 * Tags that change nothing a reader needs (span, sup, img badges) give null.
 */
export function htmlTag(text: string): InlineTag | null {
	const closing = /^<\/\s*([a-z][a-z0-9]*)\s*>$/i.exec(text.trim());
	if (closing) {
		const type = INLINE_TYPES[closing[1].toLowerCase()];
		return type ? { kind: "close", type } : null;
	}
	let tag: InlineTag | null = null;
	const parser = new Parser(
		{
			onopentag(name, attribs) {
				if (tag) return;
				if (name === "br") tag = { kind: "break" };
				else if (name === "a") tag = attribs.href ? { kind: "open", node: { type: "link", url: attribs.href, title: attribs.title ?? null, children: [] } } : null;
				else if (INLINE_TYPES[name]) tag = { kind: "open", node: { type: INLINE_TYPES[name] as "strong" | "emphasis", children: [] } };
			},
		},
		{ decodeEntities: true },
	);
	parser.end(text);
	return tag;
}

type Position = NonNullable<Nodes["position"]>;

const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements that hold blocks; their inline runs become paragraphs. */
const CONTAINERS = new Set(["div", "section", "article", "details", "summary", "center", "p", "body", "html", "main", "header", "footer", "aside", "figure", "figcaption", "dl", "dd", "dt"]);
/** Elements that carry nothing to read. */
const SKIPPED = new Set(["script", "style", "head", "title", "meta", "link", "svg", "noscript", "template"]);

/** Tags, scripts and styles alike: everything with a name and children. */
function isElement(node: ChildNode): node is Element {
	return isTag(node);
}

function isBlock(node: ChildNode): boolean {
	if (!isElement(node)) return false;
	const n = node.name.toLowerCase();
	return n in HEADINGS || CONTAINERS.has(n) || n === "ul" || n === "ol" || n === "table" || n === "blockquote" || n === "pre" || n === "hr" || n === "li";
}

function blocksOf(nodes: ChildNode[], position: Position): RootContent[] {
	const out: RootContent[] = [];
	let run: ChildNode[] = [];
	const flush = (): void => {
		const children = phrasingOf(run, position);
		run = [];
		if (children.some((c) => !(c.type === "text" && c.value.trim() === ""))) out.push({ type: "paragraph", children, position });
	};
	for (const node of nodes) {
		if (!isBlock(node)) {
			run.push(node);
			continue;
		}
		flush();
		out.push(...blockOf(node as Element, position));
	}
	flush();
	return out;
}

function blockOf(el: Element, position: Position): RootContent[] {
	const name = el.name.toLowerCase();
	if (SKIPPED.has(name)) return [];
	const depth = HEADINGS[name];
	if (depth) return [{ type: "heading", depth, children: phrasingOf(el.children, position), position }];
	if (name === "ul" || name === "ol") {
		const items = el.children.filter((c): c is Element => isElement(c) && c.name.toLowerCase() === "li");
		return [{ type: "list", ordered: name === "ol", spread: false, position, children: items.map((li) => ({ type: "listItem", spread: false, position, children: blocksOf(li.children, position) as Extract<RootContent, { type: "paragraph" }>[] })) }];
	}
	if (name === "li") return blocksOf(el.children, position);
	if (name === "table") {
		const rows = descendants(el, "tr");
		return [
			{
				type: "table",
				position,
				children: rows.map((tr) => ({
					type: "tableRow",
					position,
					children: tr.children.filter((c): c is Element => isElement(c) && /^t[dh]$/i.test(c.name)).map((cell) => ({ type: "tableCell", position, children: phrasingOf(cell.children, position) })),
				})),
			},
		];
	}
	if (name === "blockquote") return [{ type: "blockquote", position, children: blocksOf(el.children, position) as Extract<RootContent, { type: "paragraph" }>[] }];
	if (name === "pre") return [{ type: "code", lang: null, value: textContent(el), position }];
	if (name === "hr") return [{ type: "thematicBreak", position }];
	return blocksOf(el.children, position);
}

function phrasingOf(nodes: ChildNode[], position: Position): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	for (const node of nodes) {
		if (isText(node)) {
			const value = node.data.replace(/\s+/g, " ");
			if (value !== "") out.push({ type: "text", value, position });
			continue;
		}
		if (!isElement(node)) continue;
		const name = node.name.toLowerCase();
		if (SKIPPED.has(name)) continue;
		const children = (): PhrasingContent[] => phrasingOf(node.children, position);
		switch (name) {
			case "a":
				if (node.attribs.href) out.push({ type: "link", url: node.attribs.href, title: node.attribs.title ?? null, children: children(), position });
				else out.push(...children());
				break;
			case "b":
			case "strong":
				out.push({ type: "strong", children: children(), position });
				break;
			case "i":
			case "em":
				out.push({ type: "emphasis", children: children(), position });
				break;
			case "br":
				out.push({ type: "break", position });
				break;
			case "code":
				out.push({ type: "inlineCode", value: textContent(node), position });
				break;
			case "img":
				out.push({ type: "image", url: node.attribs.src ?? "", alt: node.attribs.alt ?? "", position });
				break;
			default:
				// Blocks met inside inline content (a <p> in a <td>) read as their text, set apart by line breaks.
				if (isBlock(node) && out.length > 0) out.push({ type: "break", position });
				out.push(...children());
		}
	}
	return out;
}

function textContent(node: ChildNode): string {
	if (isText(node)) return node.data;
	return isElement(node) ? node.children.map(textContent).join("") : "";
}

function descendants(el: Element, tag: string): Element[] {
	const out: Element[] = [];
	const stack: ChildNode[] = [...el.children].reverse();
	while (stack.length > 0) {
		const n = stack.pop() as ChildNode;
		if (!isElement(n)) continue;
		if (n.name.toLowerCase() === tag) out.push(n);
		else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
	}
	return out;
}
