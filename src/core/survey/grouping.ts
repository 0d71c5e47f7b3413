import type { PhrasingContent, RootContent } from "./markdown-tree";
import { textOf } from "./markdown-tree";
import type { Entry } from "./entries";
import type { Draft } from "./paper-registry";
import { Trust } from "./paper-registry";
import type { ParseContext } from "./parse-context";
import { venueFromText } from "./prose-facts";
import { stripNumbering } from "./sections";

/** A direction or trend while it is read: a name, its text, and the papers it cites. */
export interface Group {
	name: string;
	line: number;
	overview: string[];
	papers: Draft[];
}

const OVERVIEW_LABEL = /^(?:研究方向概述|方向概述|概述|简介|描述|说明|overview|description|summary|scope|focus|about)\s*[：:]\s*/i;
const PAPERS_LABEL = /^(?:代表性?(?:研究|论文|工作|文献)|相关(?:论文|研究|工作)|论文|representative(?: papers| works?| studies| research)?|key papers|papers|related (?:papers|work)|examples?)\s*[：:]\s*/i;
const ORDINAL = /^(?:第[一二三四五六七八九十\d]+[，,、:：\s]\s*|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)[,:]?\s+)/i;

/** A group name from bold or heading text: no numbering, no "第一，"/"First," and no trailing punctuation. */
export function groupName(raw: string): string {
	return stripNumbering(raw)
		.replace(ORDINAL, "")
		.replace(/[\s。．.：:；;，,、—–-]+$/u, "")
		.replace(/^[“"](.*)[”"]$/u, "$1")
		.trim();
}

/** The leading bold text of a line and what follows it, if the line starts with bold. */
function leadingStrong(nodes: PhrasingContent[]): { label: string; rest: PhrasingContent[] } | null {
	const first = nodes.findIndex((n) => !(n.type === "text" && n.value.trim() === ""));
	const node = nodes[first];
	// Bold around a link ("**[Headline](…)**") marks an item, not a group's name.
	if (!node || node.type !== "strong" || node.children.some((c) => c.type === "link")) return null;
	return { label: textOf(node).trim(), rest: nodes.slice(first + 1) };
}

function stripLeadingPunctuation(s: string): string {
	return s.replace(/^[\s。．.：:；;，,—–-]+/u, "").trim();
}

/**
 * Reads a "directions" or "trends" section: each group starts at a heading,
 * a bold lead ("1. **Name**", "**第一，Name**。text"), or, in a list, a
 * "Name：text" item; labelled lines ("研究方向概述：", "Representative
 * papers:") and following lines belong to the current group.
 */
export function readGroups(entries: Entry[], ctx: ParseContext, options: { nameFromColon: boolean }): Group[] {
	const groups: Group[] = [];
	const state: { current: Group | null } = { current: null };
	const start = (name: string, line: number): Group => {
		const g: Group = { name, line, overview: [], papers: [] };
		groups.push(g);
		state.current = g;
		return g;
	};
	// Where the section gives each group a heading, the items under a heading are its points, not groups.
	const headed = entries.filter((e) => e.kind === "heading").length >= 2;
	for (const entry of entries) {
		const links = ctx.paperLinksIn(entry.nodes, entry.line);
		const text = textOf(entry.nodes).replace(/\s+/g, " ").trim();
		let group: Group | null = state.current;
		if (headed && entry.kind !== "heading" && group) {
			if (text && links.length === 0) group.overview.push(text);
		} else if (entry.kind === "heading") {
			const name = groupName(text);
			if (name) group = start(name, entry.line);
		} else if (OVERVIEW_LABEL.test(text)) {
			group?.overview.push(text.replace(OVERVIEW_LABEL, ""));
		} else if (PAPERS_LABEL.test(text)) {
			// The papers follow on this line or in the nested list.
		} else {
			const strong = leadingStrong(entry.nodes);
			const lead = strong && strong.label.length <= 80 && !OVERVIEW_LABEL.test(`${strong.label}：`) ? strong : null;
			const colon = options.nameFromColon && entry.itemStart && entry.depth <= 1 ? /^([^：:。.!?！？]{2,40})[：:]\s*(.+)$/u.exec(text) : null;
			if (lead && !(links.length > 0 && lead.label === textOf(links[0].node).trim())) {
				group = start(groupName(lead.label), entry.line);
				const rest = stripLeadingPunctuation(textOf(lead.rest).replace(/\s+/g, " "));
				if (rest) group.overview.push(rest);
			} else if (colon && links.length === 0) {
				group = start(groupName(colon[1]), entry.line);
				group.overview.push(colon[2].trim());
			} else if (entry.itemStart && entry.depth <= 1 && entry.ordered && links.length === 0 && text.length <= 40 && !/[。.!?！？]$/.test(text)) {
				group = start(groupName(text), entry.line);
			} else if (group && text && links.length === 0) {
				group.overview.push(text);
			} else if (group && links.length > 0 && !entry.itemStart && group.papers.length === 0 && links.every((l) => l.isCitation)) {
				group.overview.push(text);
			}
		}
		if (!group) continue;
		for (const link of links) {
			if (!group.papers.includes(link.paper.draft)) group.papers.push(link.paper.draft);
			// "(2025年11月发表于arXiv)" after a representative paper states its venue.
			const after = textAfter(entry.nodes, link.node);
			const fact = venueFromText(after);
			if (fact.venue) link.paper.setVenue(fact.venue, Trust.Prose);
			if (fact.year) link.paper.setYear(fact.year, Trust.Prose, "text");
		}
	}
	return groups;
}

/** The text that follows a node on its line, up to the next link. */
function textAfter(nodes: PhrasingContent[], target: PhrasingContent): string {
	const stack = [...nodes].reverse();
	let seen = false;
	let out = "";
	while (stack.length > 0) {
		const n = stack.pop() as PhrasingContent;
		if (n === target) {
			seen = true;
			continue;
		}
		if (seen && n.type === "link") break;
		if ("children" in n) {
			for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
			continue;
		}
		if (seen) out += textOf(n);
	}
	return out;
}

type Table = Extract<RootContent, { type: "table" }>;

const GROUP_HEADER = /^(?:研究)?(?:方向|主题|分类|类别|趋势|方向名称|趋势名称)$|^(?:research )?(?:directions?|themes?|topics?|categor(?:y|ies)|areas?|trends?|clusters?)$/i;

/**
 * Reads a table that lists groups rather than papers ("| 研究方向 | 概述 |
 * 代表论文 |"): one group per row, named by the group column, with the
 * row's other text as its overview and the row's paper links as its papers.
 * Returns null when the table has no group column.
 */
export function readGroupTable(table: Table, ctx: ParseContext): Group[] | null {
	const [header, ...rows] = table.children;
	if (!header) return null;
	const headers = header.children.map((c) => textOf(c).replace(/[*_`]/g, "").trim());
	const col = headers.findIndex((h) => GROUP_HEADER.test(h));
	if (col < 0) return null;
	const groups: Group[] = [];
	for (const row of rows) {
		const line = ctx.line(row);
		const name = groupName(textOf(row.children[col] ?? { type: "tableCell", children: [] }));
		if (!name) continue;
		const links = ctx.paperLinksIn(row.children, line);
		const overview = row.children
			.filter((cell, i) => i !== col && ctx.paperLinksIn(cell.children, line).length === 0)
			.map((cell) => textOf(cell).trim())
			.filter((t) => t !== "");
		const papers: Draft[] = [];
		for (const l of links) if (!papers.includes(l.paper.draft)) papers.push(l.paper.draft);
		groups.push({ name, line, overview, papers });
	}
	return groups;
}
