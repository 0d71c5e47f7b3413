import type { FrontmatterData, FrontmatterValue } from "../markdown/frontmatter";
import { linkTarget } from "./wikilink";

/**
 * A paper as search and tables see it: a `type: paper` note's properties,
 * read defensively (a user may have typed a list where a number belongs),
 * plus its path. The property names are the plugin's public contract.
 */
export interface PaperRecord {
	/** Vault path of the note. */
	path: string;
	/** File name without extension, for links. */
	basename: string;
	title: string;
	aliases: string[];
	authors: string[];
	year?: number;
	arxiv?: string;
	doi?: string;
	url?: string;
	venue?: string;
	citations?: number;
	score?: number;
	method?: string;
	innovation?: string;
	/** Link targets (note names) of the paper's directions, trends and surveys. */
	directions: string[];
	trends: string[];
	surveys: string[];
	tags: string[];
	/** ISO date of the last import that touched the note. */
	imported?: string;
	/** The surveys' text about the paper, when the caller read the note body. */
	summary?: string;
	/** Every property as written, for table columns and queries on any key. */
	properties: FrontmatterData;
}

/** Whether a note's properties mark it as a paper note. */
export function isPaperNote(frontmatter: FrontmatterData | null | undefined): boolean {
	const type = frontmatter?.type;
	return typeof type === "string" ? type.trim().toLowerCase() === "paper" : Array.isArray(type) && type.some((t) => typeof t === "string" && t.trim().toLowerCase() === "paper");
}

/** Builds the record of a paper note from its path and properties. */
export function toPaperRecord(path: string, frontmatter: FrontmatterData, summary?: string): PaperRecord {
	const basename = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
	const record: PaperRecord = {
		path,
		basename,
		title: asText(frontmatter.title) ?? basename,
		aliases: asTextList(frontmatter.aliases),
		authors: asTextList(frontmatter.authors ?? frontmatter.author),
		directions: asTextList(frontmatter.directions).map(linkTarget),
		trends: asTextList(frontmatter.trends).map(linkTarget),
		surveys: asTextList(frontmatter.surveys).map(linkTarget),
		tags: asTextList(frontmatter.tags).map((t) => t.replace(/^#/, "")),
		properties: frontmatter,
	};
	const optional = {
		year: asNumber(frontmatter.year),
		arxiv: asText(frontmatter.arxiv),
		doi: asText(frontmatter.doi),
		url: asText(frontmatter.url),
		venue: asText(frontmatter.venue),
		citations: asNumber(frontmatter.citations),
		score: asNumber(frontmatter.score),
		method: asText(frontmatter.method),
		innovation: asText(frontmatter.innovation),
		imported: asText(frontmatter.imported),
		summary: summary?.trim() || undefined,
	};
	for (const [k, v] of Object.entries(optional)) if (v !== undefined) (record as unknown as Record<string, unknown>)[k] = v;
	return record;
}

/** A property read as text: strings and numbers; lists joined; anything else absent. */
export function asText(value: FrontmatterValue | undefined): string | undefined {
	if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (Array.isArray(value)) {
		const parts = asTextList(value);
		return parts.length > 0 ? parts.join(", ") : undefined;
	}
	return undefined;
}

/** A property read as a list of text: a single value becomes a one-item list. */
export function asTextList(value: FrontmatterValue | undefined): string[] {
	if (value === undefined || value === null) return [];
	const items = Array.isArray(value) ? value : [value];
	return items.flatMap((v) => (typeof v === "string" ? (v.trim() === "" ? [] : [v.trim()]) : typeof v === "number" || typeof v === "boolean" ? [String(v)] : []));
}

/** A property read as a number: numbers, numeric strings ("2025", "3.5"), or the first of a list. */
export function asNumber(value: FrontmatterValue | undefined): number | undefined {
	if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
	if (typeof value === "string") {
		const t = value.trim().replace(/,/g, "");
		if (!/^[-+]?\d+(?:\.\d+)?$/.test(t)) return undefined;
		return Number(t);
	}
	if (Array.isArray(value) && value.length > 0) return asNumber(value[0]);
	return undefined;
}
