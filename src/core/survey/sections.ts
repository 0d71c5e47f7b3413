import { SECTION_WORDS, type SectionKind } from "./vocabulary";

export type { SectionKind };

const LABELLED_ORDINAL = /^(?:论文|文章|工作|方向|研究方向|趋势|主题|paper|article|direction|trend|theme|topic)\s*(?:[一二三四五六七八九十]+|\d{1,3}|#\d{1,3})\s*[：:、.．)）-]\s*/i;

/**
 * Strips numbering such as "1.", "2)", "（3）", "一、", "IV.", "论文一：",
 * "Trend 2:" and surrounding emphasis markers from a heading or item.
 */
export function stripNumbering(text: string): string {
	return text
		.trim()
		.replace(/^[#*_\s]+/, "")
		.replace(LABELLED_ORDINAL, "")
		.replace(/^[#*_\s]+|[*_\s]+$/g, "")
		.replace(/^(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]+|[ivxlc]+|[a-z])\s*[）)]|\d{1,3}(?!\d)(?:\.\d{1,3})*[.、)）:：]?|[一二三四五六七八九十]+[、.．]|[ivxlc]+[.)](?=\s)|[①-⑳])\s*/i, "")
		.replace(/^[*_\s]+|[*_\s]+$/g, "")
		.trim();
}

/** The kind of section a heading opens, or null for a heading the vocabulary does not know. */
export function classifyHeading(text: string): SectionKind | null {
	const t = headingWords(text);
	if (t.length > 80) return null;
	for (const { kind, words } of SECTION_WORDS) if (words.test(t)) return kind;
	return null;
}

/** What a heading says: no numbering, and no emoji or symbols, which decorate headings ("Articles and Blog posts ✍️", "🔥 技术分类") without changing what they say. */
export function headingWords(text: string): string {
	return stripNumbering(text.replace(/[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu, " ").replace(/\s+/g, " "));
}
