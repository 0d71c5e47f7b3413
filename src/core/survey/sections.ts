/** What a section of a survey holds, judged from its heading. */
export type SectionKind = "summary" | "comparison" | "review" | "directions" | "trends" | "references" | "papers";

/**
 * Heading vocabulary, Chinese and English. Order matters: "future directions"
 * is a trend, not a research direction; "研究方向概述" never reaches here
 * because it is a list label, not a heading.
 */
const VOCABULARY: ReadonlyArray<{ kind: SectionKind; words: RegExp }> = [
	{ kind: "trends", words: /趋势|演进|展望|未来|前瞻|trend|outlook|future|evolution|emerging|looking ahead|what'?s next/i },
	{ kind: "review", words: /深度|解读|精读|详解|点评|in[- ]depth|deep[- ]dive|detailed (?:review|analysis)|close reading|paper reviews?|highlights/i },
	{ kind: "comparison", words: /对比|比较|一览|横向|compar|at a glance|side[- ]by[- ]side|overview table|summary table/i },
	{ kind: "directions", words: /研究方向|方向|主题|分类|领域划分|direction|theme|taxonomy|research areas?|topics|categor|clusters?/i },
	{ kind: "summary", words: /摘要|概要|总览|综述|导语|引言|summary|abstract|overview|tl;?dr|introduction|key takeaways/i },
	{ kind: "references", words: /参考文献|参考资料|引用|references|bibliography|citations|further reading/i },
	{ kind: "papers", words: /论文(?:列表|速览|精选|推荐)|本期论文|今日论文|papers?(?: list| of the (?:day|week))?$|new papers|selected papers|reading list/i },
];

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
		.replace(/^(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]+|[ivxlc]+|[a-z])\s*[）)]|\d{1,3}(?:\.\d{1,3})*[.、)）:：]?|[一二三四五六七八九十]+[、.．]|[ivxlc]+[.)](?=\s)|[①-⑳])\s*/i, "")
		.replace(/^[*_\s]+|[*_\s]+$/g, "")
		.trim();
}

/** The kind of section a heading opens, or null for a heading the vocabulary does not know. */
export function classifyHeading(text: string): SectionKind | null {
	const t = stripNumbering(text);
	if (t.length > 80) return null;
	for (const { kind, words } of VOCABULARY) if (words.test(t)) return kind;
	return null;
}
