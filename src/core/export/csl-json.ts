import type { PersonName } from "../papers/person-name";
import type { BibItem, PublicationKind } from "./bib-item";

/** One CSL-JSON item, as citeproc, Pandoc and Zotero read it. */
export interface CslItem {
	id: string;
	type: "article-journal" | "paper-conference" | "article";
	title: string;
	author?: Array<{ family: string; given?: string } | { literal: string }>;
	issued?: { "date-parts": [[number]] };
	"container-title"?: string;
	DOI?: string;
	URL?: string;
	/** For a preprint: the server and its identifier, as Zotero writes them. */
	publisher?: string;
	number?: string;
	"citation-key": string;
}

const CSL_TYPES: Record<PublicationKind, CslItem["type"]> = { article: "article-journal", inproceedings: "paper-conference", misc: "article" };

function cslName(name: PersonName): { family: string; given?: string } | { literal: string } {
	if ("literal" in name) return { literal: name.literal };
	return name.given === "" ? { family: name.family } : { family: name.family, given: name.given };
}

export function cslItem(item: BibItem): CslItem {
	const csl: CslItem = { id: item.citekey, "citation-key": item.citekey, type: CSL_TYPES[item.kind], title: item.title };
	if (item.authors.length > 0) csl.author = item.authors.map(cslName);
	if (item.year !== undefined) csl.issued = { "date-parts": [[item.year]] };
	if (item.venue !== undefined) csl["container-title"] = item.venue;
	if (item.doi !== undefined) csl.DOI = item.doi;
	if (item.url !== undefined) csl.URL = item.url;
	if (item.arxiv !== undefined && item.kind === "misc") {
		csl.publisher = "arXiv";
		csl.number = `arXiv:${item.arxiv}`;
	}
	return csl;
}

/** A CSL-JSON file: an array of items. */
export function toCslJson(items: readonly BibItem[]): string {
	return `${JSON.stringify(items.map(cslItem), null, 2)}\n`;
}
