import type { RootContent } from "./markdown-tree";
import { textOf } from "./markdown-tree";
import { textWithoutCitations, type ParseContext } from "./parse-context";
import { dice, Trust, type Draft } from "./paper-registry";
import { normaliseTitle } from "./paper-id";
import { citationsIn, parseCitation } from "./prose-facts";
import { isTitleText } from "./paper-entry";
import { isGenericLinkText } from "./vocabulary";

type Table = Extract<RootContent, { type: "table" }>;
type Field = "title" | "year" | "citations" | "score" | "method" | "innovation" | "venue" | "authors";

/** Header vocabulary, Chinese and English, for the columns the model names. */
const HEADERS: ReadonlyArray<{ field: Field; words: RegExp }> = [
	{ field: "title", words: /^(?:论文(?:标题|名称|题目)?|标题|题目|名称|title|paper(?: title)?|name|work)$/i },
	{ field: "year", words: /^(?:发表)?(?:年份|年|时间|日期)$|^(?:year|published|date|pub\.? year)$/i },
	{ field: "citations", words: /^(?:被引(?:数|次数|用数)?|引用(?:数|次数|量)?|cit(?:ations?|ed by|\.)|# ?citations)$/i },
	{ field: "score", words: /^(?:ai ?)?(?:评分|得分|分数|score|rating)$/i },
	{ field: "method", words: /^(?:主要)?(?:方法|技术路线|方法概述)$|^(?:main |key )?(?:method|approach|technique)s?$/i },
	{ field: "innovation", words: /^(?:核心)?(?:创新点?|贡献|亮点)$|^(?:key |main |core )?(?:contributions?|innovations?|novelty|highlights?)$/i },
	{ field: "venue", words: /^(?:发表于|会议|期刊|会议\/期刊|出处|venue|conference|journal|published (?:at|in))$/i },
	{ field: "authors", words: /^(?:作者|第一作者|authors?|first author)$/i },
];

/** The normalised name of an unknown column: lower case, words joined by underscores. */
export function columnKey(header: string): string {
	return header
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "_")
		.replace(/^_+|_+$/g, "");
}

function fieldOf(header: string): Field | null {
	const h = header.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
	for (const { field, words } of HEADERS) if (words.test(h)) return field;
	// "Paper / Source", "论文（链接）": the first word names the column.
	const first = h.split(/\s*[/|,，、(（]\s*/)[0];
	if (first !== h) for (const { field, words } of HEADERS) if (words.test(first)) return field;
	return null;
}

/**
 * The column that holds the titles when no header names it: the one whose
 * cells most often read as a title (a titled link counts double); null when
 * no column holds titles in at least half of the rows.
 */
function titleColumnByContent(rows: Table["children"]): number | null {
	const width = Math.max(...rows.map((r) => r.children.length));
	let best: { col: number; score: number } | null = null;
	for (let c = 0; c < width; c++) {
		let score = 0;
		for (const row of rows) {
			const cell = row.children[c];
			if (!cell) continue;
			const linked = cell.children.some((n) => n.type === "link" && isTitleText(textOf(n)));
			score += linked ? 2 : isTitleText(textWithoutCitations(cell.children)) && !/\d[\d.,]*\s*$/.test(textOf(cell).trim()) ? 1 : 0;
		}
		if (score > (best?.score ?? 0)) best = { col: c, score };
	}
	return best && best.score >= rows.length ? best.col : null;
}

/** A number in a cell: "1,234", "3.5", "3.5/5", "≈12", "12 (Google Scholar)"; null for "N/A", "-", text. */
export function cellNumber(text: string): number | null {
	const m = /^[~≈约>]?\s*(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)(?:\s*(?:\/\s*\d+(?:\.\d+)?|分|次|k|\+))?(?:\s*[（(][^()（）]*[)）])?$/i.exec(text.trim());
	if (!m) return null;
	const n = Number(m[1].replace(/,/g, ""));
	return Number.isFinite(n) ? (/k$/i.test(text.trim()) ? n * 1000 : n) : null;
}

/**
 * Reads a comparison table: a GFM table with a title column (or paper links
 * in its rows). Each row is joined to its paper by a link in any cell, else
 * by title. Returns the papers of its rows, or null when the table is not a
 * comparison of papers.
 */
export function readComparisonTable(table: Table, ctx: ParseContext): Draft[] | null {
	const [header, ...rows] = table.children;
	if (!header || rows.length === 0) return null;
	const read: Draft[] = [];
	const headers = header.children.map((c) => textOf(c).trim());
	const fields = headers.map(fieldOf);
	let titleCol = fields.indexOf("title");
	const rowLinks = rows.map((row) => ctx.paperLinksIn(row.children, ctx.line(row)));
	if (titleCol < 0) {
		if (!rowLinks.some((links) => links.length > 0)) return null;
		titleCol = titleColumnByContent(rows) ?? 0;
	}
	rows.forEach((row, r) => {
		const line = ctx.line(row);
		const cells = row.children;
		const titleCell = cells[titleCol];
		const links = rowLinks[r];
		const titleLink = titleCell ? links.find((l) => !l.isCitation && titleCell.children.includes(l.node)) : undefined;
		const title = titleLink ? textOf(titleLink.node).trim() : titleCell ? textWithoutCitations(titleCell.children) : "";
		const link = titleLink ?? links.find((l) => !l.isCitation) ?? links[0];
		if (!title && !link) {
			ctx.warn(line, "comparison table row has no title and no paper link; skipped");
			return;
		}
		// Rows that share a link but name different papers are different papers: the link is wrong in one of them.
		const shared = link && title && link.paper.draft.title?.trust === Trust.Table && dice(normaliseTitle(link.paper.draft.title.value), normaliseTitle(title)) < 0.5;
		const paper = link && !shared ? link.paper : ctx.registry.mention({ title, titleTrust: Trust.Table, line, ...(shared ? { distinct: true } : {}) });
		if (shared) ctx.warn(line, `"${title}" shares its link with "${link.paper.draft.title?.value ?? ""}"; kept as a separate paper`);
		// "[Paper](arXiv) · [Open Review](…)": links that only say what they are belong to the row's paper.
		for (const other of links) {
			if (other.paper.draft !== paper.draft && isGenericLinkText(textOf(other.node))) ctx.registry.merge(paper.draft, other.paper.draft);
		}
		if (title) paper.setTitle(title, Trust.Table);
		paper.addMention(line);
		const extra: Record<string, string | number> = {};
		const table: { citations?: number; score?: number; method?: string; innovation?: string; extra: Record<string, string | number> } = { extra };
		cells.forEach((cell, c) => {
			if (c === titleCol || c >= headers.length) return;
			const text = textWithoutCitations(cell.children);
			if (text === "" || /^(?:-|—|–|n\/?a|none|无|暂无|\/)$/i.test(text)) return;
			const num = cellNumber(text);
			switch (fields[c]) {
				case "year": {
					const y = /(\d{4})/.exec(text);
					if (y) paper.setYear(Number(y[1]), Trust.Table, "table");
					break;
				}
				case "citations":
					if (num !== null) table.citations = num;
					else ctx.warn(line, `citations cell "${text}" is not a number; ignored`);
					break;
				case "score":
					if (num !== null) table.score = num;
					else ctx.warn(line, `score cell "${text}" is not a number; ignored`);
					break;
				case "method":
					table.method = text;
					break;
				case "innovation":
					table.innovation = text;
					break;
				case "venue":
					paper.setVenue(text, Trust.Table);
					break;
				case "authors":
					paper.setAuthors(text.split(/\s*(?:,|，|、|;|\band\b)\s*/).filter((a) => a !== "" && !/^et al\.?$/i.test(a)), Trust.Table);
					break;
				default: {
					const key = columnKey(headers[c]);
					if (key) extra[key] = num ?? text;
					// "Span Attention + XLNet (Tian et al., 2020)": a cell that cites one work cites the row's paper.
					const cited = citationsIn(text);
					if (cited.length === 1) {
						paper.setAuthors([cited[0].author], Trust.Citation);
						paper.setYear(cited[0].year, Trust.Citation, "citation");
					}
				}
			}
		});
		for (const l of links) {
			const fact = l.isCitation ? parseCitation(textOf(l.node)) : null;
			if (fact?.author && l.paper.draft === paper.draft) paper.setAuthors([fact.author], Trust.Citation);
		}
		paper.setTable(table);
		if (!read.includes(paper.draft)) read.push(paper.draft);
	});
	return read;
}
