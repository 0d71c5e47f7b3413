/** The few words generated notes use, in the survey's language. */
export interface Labels {
	from: string;
	summary: string;
	highlights: string;
	directions: string;
	trends: string;
	papers: string;
	overview: string;
	table: string;
	citedBy: string;
}

const EN: Labels = {
	from: "From",
	summary: "Summary",
	highlights: "Highlights",
	directions: "Directions",
	trends: "Trends",
	papers: "Papers",
	overview: "Overview",
	table: "Comparison",
	citedBy: "Cited papers",
};

const ZH: Labels = {
	from: "来自",
	summary: "摘要",
	highlights: "要点",
	directions: "研究方向",
	trends: "研究趋势",
	papers: "论文",
	overview: "概述",
	table: "对比",
	citedBy: "相关论文",
};

export function labelsFor(language: "zh" | "en"): Labels {
	return language === "zh" ? ZH : EN;
}
