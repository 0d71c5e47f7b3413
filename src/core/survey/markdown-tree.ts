import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";

export type { Link, Nodes, Parent, PhrasingContent, Root, RootContent };

/** Parses Markdown (CommonMark + GFM tables, strikethrough, autolinks) into a tree with positions. */
export function parseMarkdown(text: string): Root {
	return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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
