import type { PaperRecord } from "../papers/paper-record";
import type { SearchField } from "./search-fields";

/** How each searched field is named next to a snippet of it. */
export const FIELD_LABELS: Readonly<Record<SearchField, string>> = {
	title: "Title",
	aliases: "Also known as",
	authors: "Authors",
	arxiv: "arXiv",
	method: "Method",
	innovation: "Innovation",
	venue: "Venue",
	year: "Year",
	tags: "Tags",
	directions: "Directions",
	summary: "Summary",
};

/** "2025 · NeurIPS · Yusuf Dalva · Multimodal control": what tells two papers apart at a glance. */
export function describePaper(record: PaperRecord): string {
	return [record.year?.toString(), record.venue, record.authors[0], record.directions.join(", ")].filter((part): part is string => part !== undefined && part !== "").join(" · ");
}
