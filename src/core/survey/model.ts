/**
 * The typed model of a survey document: plain, JSON-serialisable data that
 * the note planner, the CLI and the tests consume.
 */
export interface Survey {
	title: string;
	/** ISO date (yyyy-MM-dd) from the frontmatter, if any. */
	date?: string;
	language: "zh" | "en";
	description?: string;
	/** The executive summary, if the document has one. */
	summary?: string;
	tags: string[];
	papers: Paper[];
	directions: Direction[];
	trends: Trend[];
	warnings: SurveyWarning[];
}

export type YearSource = "table" | "text" | "citation" | "arxiv";

export interface Paper {
	/** Identity: arXiv id without version, else `doi:…`, `openreview:…`, `acl:…`, else `title:…`. */
	key: string;
	title: string;
	url?: string;
	arxiv?: string;
	doi?: string;
	authors: string[];
	year?: number;
	/** Where the year came from; `arxiv` means it was inferred from the identifier. */
	yearSource?: YearSource;
	venue?: string;
	citations?: number;
	score?: number;
	method?: string;
	innovation?: string;
	/** Other comparison-table columns, under normalised names. */
	extra: Record<string, string | number>;
	/** The survey's paragraph about the paper. */
	summary?: string;
	/** Bold phrases of that paragraph. */
	highlights: string[];
	/** In-depth review sections, each under its heading. */
	review: ReviewSection[];
	/** 1-based lines of the document where the paper is mentioned. */
	mentions: number[];
	/** `low` when the paper was recognised from wording alone: no identifier, link or table row. */
	confidence?: "low";
}

export interface ReviewSection {
	heading: string;
	text: string;
}

export interface Direction {
	name: string;
	overview?: string;
	/** Keys of the direction's papers. */
	papers: string[];
}

export interface Trend {
	name: string;
	text: string;
	/** Keys of the papers the trend cites. */
	papers: string[];
}

export interface SurveyWarning {
	line: number;
	message: string;
}
