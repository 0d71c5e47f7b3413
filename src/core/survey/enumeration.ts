import type { PhrasingContent } from "./markdown-tree";
import { textOf } from "./markdown-tree";
import type { ParseContext, PaperLink } from "./parse-context";
import type { Draft } from "./paper-registry";
import type { Group } from "./grouping";

/** Markers of an enumeration inside prose: （1） (1) 1） ① (i) and 一是…二是…. */
// A marker follows the start or a non-alphanumeric character, so "SE(3)" or "v(2)" is not one.
const MARKER = /(?:^|[^\p{L}\p{N}.])(?:[（(]\s*(\d{1,2}|[ivx]{1,4})\s*[）)]|(\d{1,2})）|([①-⑩]))|(?:^|[：:，,；;。\s])([一二三四五六七八九十])是/gu;

interface Piece {
	text: string;
	link?: PaperLink;
}

/**
 * Reads directions enumerated in a summary paragraph — "三大方向：（1）…；（2）…；（3）…" —
 * each with the papers it cites. When all citations trail the last item and
 * there are exactly as many as items, the i-th citation belongs to the i-th item.
 */
export function readEnumeratedGroups(nodes: PhrasingContent[], line: number, ctx: ParseContext): Group[] {
	const links = ctx.paperLinksIn(nodes, line);
	const pieces = flatten(nodes, links);
	let text = "";
	const linkAt: Array<{ offset: number; link: PaperLink }> = [];
	for (const p of pieces) {
		if (p.link) linkAt.push({ offset: text.length, link: p.link });
		else text += p.text;
	}
	const run = leadingRun([...text.matchAll(MARKER)]);
	if (run.length < 2) return [];
	const items = run.map((m, i) => {
		const start = (m.index ?? 0) + m[0].length;
		const end = i + 1 < run.length ? (run[i + 1].index ?? text.length) : text.length;
		return { start, end, papers: [] as Draft[], links: [] as PaperLink[] };
	});
	for (const { offset, link } of linkAt) {
		const item = [...items].reverse().find((it) => offset >= it.start);
		if (item && offset <= item.end) item.links.push(link);
	}
	const last = items[items.length - 1];
	const others = items.slice(0, -1);
	if (others.every((it) => it.links.length === 0) && last.links.length === items.length && last.links.every((l) => l.isCitation)) {
		const trailing = last.links;
		items.forEach((it, i) => {
			it.links = [trailing[i]];
		});
	}
	return items.map((it, i) => {
		const raw = text.slice(it.start, it.end);
		const clause = itemClause(raw, i === items.length - 1);
		const name = itemName(clause);
		const papers: Draft[] = [];
		for (const l of it.links) if (!papers.includes(l.paper.draft)) papers.push(l.paper.draft);
		return { name, line, overview: clause !== name ? [clause] : [], papers };
	});
}

function flatten(nodes: PhrasingContent[], links: PaperLink[]): Piece[] {
	const linkNodes = new Map(links.map((l) => [l.node as PhrasingContent, l]));
	const out: Piece[] = [];
	const stack = [...nodes].reverse();
	while (stack.length > 0) {
		const n = stack.pop() as PhrasingContent;
		const link = linkNodes.get(n);
		if (link) {
			out.push({ text: "", link });
			continue;
		}
		if ("children" in n && n.type !== "link") {
			for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
			continue;
		}
		out.push({ text: textOf(n) });
	}
	return out;
}

const HAN_DIGITS = "一二三四五六七八九十";

function ordinal(m: RegExpMatchArray): number {
	const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
	if (HAN_DIGITS.includes(raw) && raw.length === 1) return HAN_DIGITS.indexOf(raw) + 1;
	if (/^\d+$/.test(raw)) return Number(raw);
	if (/^[①-⑩]$/u.test(raw)) return raw.charCodeAt(0) - 0x2460 + 1;
	const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
	return roman[raw.toLowerCase()] ?? 0;
}

/** The markers that count 1, 2, 3… from the first "1". */
function leadingRun(markers: RegExpMatchArray[]): RegExpMatchArray[] {
	const startAt = markers.findIndex((m) => ordinal(m) === 1);
	if (startAt < 0) return [];
	const run = [markers[startAt]];
	for (const m of markers.slice(startAt + 1)) {
		if (ordinal(m) !== ordinal(run[run.length - 1]) + 1) break;
		run.push(m);
	}
	return run;
}

/** An item's text: its clause, without trailing punctuation; the last item ends at its sentence's end. */
function itemClause(raw: string, isLast: boolean): string {
	let t = raw.replace(/\s+/g, " ").trim();
	if (isLast) t = t.split(/[。！？]|\.\s/u)[0];
	return t.replace(/[\s；;，,。．.、：:]+$/u, "").trim();
}

/**
 * A direction's name from its clause: the first phrase when the clause is a
 * long sentence ("视频生成…核心组件，而非孤立生成任务" → "视频生成…核心组件");
 * the whole clause becomes the direction's overview.
 */
function itemName(clause: string): string {
	let t = clause;
	if (t.length > 24) {
		const cut = t.search(/[，；;]|,\s/u);
		if (cut >= 8) t = t.slice(0, cut);
	}
	if (t.length > 80) {
		const cut = t.slice(0, 80).search(/[，,；;：:][^，,；;：:]*$/u);
		t = cut > 20 ? t.slice(0, cut) : t.slice(0, 80);
	}
	return t.trim();
}
