/**
 * The words surveys use for their sections, in Chinese and English, in one
 * place: a new language or synonym is one line here.
 */

/** What a section of a survey holds, judged from its heading. */
export type SectionKind = "summary" | "comparison" | "review" | "directions" | "trends" | "references" | "papers" | "resources" | "contents";

/**
 * Heading vocabulary. Order matters: "future directions" is a trend, not a
 * research direction; "研究方向概述" never reaches here because it is a list
 * label, not a heading. `resources` and `contents` match the whole heading
 * only, so "Dataset for Dialogue" stays a topic while "Datasets" does not.
 */
export const SECTION_WORDS: ReadonlyArray<{ kind: SectionKind; words: RegExp }> = [
	{ kind: "contents", words: /^(?:table of contents|contents|toc|目录|本文目录)$/i },
	{
		// A short heading that ends in a resource noun: "Datasets", "Tools and Libraries", "Articles and Blog posts", "代码 / 框架".
		kind: "resources",
		words: /^(?:\S+(?:\s+\S+){0,5}?(?:\s+|\s*[/&,、与和及]\s*))?(?:resources?|tools?|toolkits?|libraries|library|frameworks?|datasets?|data sets?|code|codes|repositories|repos|books?|textbooks?|courses?|lectures?|tutorials?|blogs?|blog posts?|posts|talks?|videos?|podcasts?|competitions?|links|websites?|community|news|slides|资源|资料|工具|工具包|框架|代码|开源代码|数据集|书籍|教材|课程|教程|博客|视频|讲座|竞赛|比赛|链接|网站|社区|新闻)(?:\s*(?:list|列表))?$/i,
	},
	{ kind: "trends", words: /趋势|演进|展望|未来|前瞻|trend|outlook|future|evolution|emerging|looking ahead|what'?s next|open (?:problems|questions|challenges)/i },
	{ kind: "review", words: /深度|解读|精读|详解|点评|in[- ]depth|deep[- ]dive|detailed (?:review|analysis)|close reading|paper reviews?|highlights/i },
	{ kind: "comparison", words: /对比|比较|一览|横向|compar|at a glance|side[- ]by[- ]side|overview table|summary table/i },
	{ kind: "directions", words: /研究方向|方向|主题|分类|领域划分|direction|theme|taxonomy|research areas?|topics|categor|clusters?/i },
	{ kind: "summary", words: /摘要|概要|总览|综述|导语|引言|summary|abstract|overview|tl;?dr|introduction|key takeaways/i },
	{ kind: "references", words: /参考文献|参考资料|引用|references|bibliography|citations|further reading|sources/i },
	{ kind: "papers", words: /论文(?:列表|速览|精选|推荐)|本期论文|今日论文|papers?(?: list| of the (?:day|week))?$|new papers|selected papers|reading list/i },
];

/**
 * Headings that group papers by something other than topic: reading status or
 * priority tiers, where the papers came from, dates and years, and generic
 * labels. Papers under them are read; the heading is never a direction.
 */
export const NON_TOPIC_HEADING = new RegExp(
	[
		// reading status and priority
		"^(?:to[- ]?read|reading|have read|read|unread|buffer|backlog|queue|later|done|finished|in progress|must[- ]read|recommended|highly recommended|top picks?|featured|highlighted|essential|classics?|optional|bonus|misc|miscellaneous|others?|odds and ends|assorted|various|grab bag|其他|其它|杂项|必读|选读|推荐|重点推荐(?:论文)?|精选|待读|已读|在读|正在读)(?:\\s+(?:papers?|list|论文))?$",
		// sources
		"^(?:from|via|来自|来源[:：]?)\\s*\\S+",
		"^(?:hugging\\s*face|arxiv|papers with code|github|twitter|reddit|alphaxiv)(?:\\s+(?:daily|papers?|trending|picks?))*$",
		// dates and years
		"^(?:\\d{4}(?:\\s*[-/.年]\\s*\\d{1,2}(?:\\s*[-/.月]\\s*\\d{1,2}\\s*日?)?\\s*月?)?|~\\s*\\d{4}|\\d{4}\\s*~|before \\d{4}|\\d{4}\\s*(?:and|&)\\s*(?:before|earlier)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)$",
		// generic labels
		"^(?:papers?|论文|文章|articles?|publications?|works?|readings?|paper list|bibtex|bib|论文列表|today|今日|this week|本周)$",
	].join("|"),
	"i",
);

/** A heading or line that is only a date: "2024", "2024年09月30日", "2025-06-21", "June 2024". Group 1 or 2 is the year. */
export const DATE_LINE = /^(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})|((?:19|20)\d{2})(?:\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?\s*月?)?)$/i;

/** Link text that says what the link is, not which paper: "[pdf]", "code", "论文链接". */
export const GENERIC_LINK_TEXT = /^(?:pdf|paper|arxiv|link|links|code|abs|abstract|html|here|project|project page|website|page|demo|data|dataset|slides|video|poster|blog|github|repo|official|official code|open ?review|bibtex|bib|cite|citation|supp|supplementary|review|summary|notes?|model|weights|huggingface|hf|论文|链接|原文|代码|项目|主页|数据|视频|博客)(?:\s*(?:link|链接))?$/i;

/** Link text that asks to follow the link: "到 Huggingface 论文主页查看详情", "Read more", "View on arXiv". */
const ACTION_LINK_TEXT = /^(?:.{0,20}(?:查看|详情|阅读全文|阅读原文|点击|前往|访问)|(?:read|learn|see|view|click|find out|download|go to|visit)\b.{0,30}|.{0,20}\b(?:here|more|details|full text)$)/iu;

/** True when a link's text names what the link is or asks to follow it, rather than naming a paper. */
export function isGenericLinkText(text: string): boolean {
	const t = text.replace(/^[[(（【]+|[\])）】]+$/g, "").trim();
	return GENERIC_LINK_TEXT.test(t) || (t.length <= 40 && ACTION_LINK_TEXT.test(t));
}

/**
 * Sub-headings that name a part of one paper's write-up ("论文总结", "评分",
 * "Method", "Results"), not a paper or a topic of their own.
 */
export const PAPER_PART_HEADING = /^(?:论文总结|文章总结|本文总结|总结|摘要|简介|概述|介绍(?:本文)?(?:的)?(?:主要)?(?:工作|内容)?|本文工作的主要亮点|主要亮点|亮点|核心关键词|关键词|主要贡献|贡献|创新点|方法|实验(?:结果)?|结果|结论|背景|动机|评分|打分|点评|评价|作者|链接|summary|abstract|tl;?dr|overview|introduction|method(?:s|ology)?|approach|results?|experiments?|evaluation|conclusions?|background|motivation|key ?words|contributions?|highlights?|takeaways?|scores?|ratings?|strengths?|weaknesses?|limitations?|notes?|authors?|links?)$/i;

/**
 * Headings of a "cite this work" section ("Citation", "How to cite", "引用本文"):
 * the BibTeX under them cites the document itself, not a paper it lists.
 * Whole heading only, so "Citation Graphs for Retrieval" stays a topic.
 */
export const SELF_CITATION_HEADING = /^(?:citations?|cite|citing|cite (?:this|us|our)(?: (?:work|paper|survey|repo|repository|project|list))?|how to cite(?: (?:this|us|our)(?: (?:work|paper|survey|repo|repository|project|list))?)?|bibtex|bibtex citation|引用|引用本文|引用我们|引用本项目|引用本仓库|如何引用|引用方式|引用格式|引用信息|文献引用|bibtex ?引用)$/i;

/** Prose that asks the reader to cite the document: "If you find this list useful, please cite", "欢迎引用". */
export const SELF_CITATION_REQUEST = /\bplease (?:consider )?cit(?:e|ing)\b|\bkindly cite\b|\bcite (?:this|our|us)\b|\bif you (?:use|find)\b.{0,80}\bcit(?:e|ing|ation)\b|(?:请|欢迎|烦请|敬请)(?:您)?(?:考虑)?引用|引用(?:本文|我们的|本项目|本仓库|本综述)/i;
