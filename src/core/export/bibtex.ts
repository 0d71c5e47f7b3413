import type { PersonName } from "../papers/person-name";
import type { BibItem } from "./bib-item";

/**
 * LaTeX's special characters in field text, written so that BibTeX reads
 * them as text: braces are escaped, so an unbalanced brace in a title cannot
 * end the field. Everything else, Chinese included, stays UTF-8, which
 * biber and BibTeX with inputenc read as it is.
 */
const SPECIAL: Record<string, string> = {
	"\\": "\\textbackslash{}",
	"{": "\\{",
	"}": "\\}",
	$: "\\$",
	"&": "\\&",
	"%": "\\%",
	"#": "\\#",
	_: "\\_",
	"^": "\\textasciicircum{}",
	"~": "\\textasciitilde{}",
};

export function escapeBibtex(text: string): string {
	return text.replace(/\s+/g, " ").trim().replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c]);
}

/**
 * A title with words that hold a capital after their first letter
 * (acronyms, names such as "RoboReward") braced, so that a style that
 * lower-cases titles keeps them as written.
 */
function bibtexTitle(title: string): string {
	return escapeBibtex(title)
		.split(" ")
		.map((word) => (/^[^\\]\S*\p{Lu}/u.test(word) && !word.includes("\\") ? `{${word}}` : word))
		.join(" ");
}

/** A name as BibTeX reads it: "Family, Given", a literal braced so BibTeX does not split it. */
function bibtexName(name: PersonName): string {
	if ("literal" in name) return `{${escapeBibtex(name.literal)}}`;
	const family = escapeBibtex(name.family);
	// A family name with a space ("van Beethoven") is braced, or BibTeX would take its last word.
	const familyText = family.includes(" ") && !/^\p{Ll}/u.test(family) ? `{${family}}` : family;
	return name.given === "" ? familyText : `${familyText}, ${escapeBibtex(name.given)}`;
}

/** A URL or DOI: written as it is, except braces and spaces, which would end or break the field. */
function verbatim(text: string): string {
	return text.trim().replace(/[{}\s]/g, (c) => encodeURIComponent(c));
}

/** One entry: `@article`, `@inproceedings` or `@misc` by what is known of the venue. */
export function bibtexEntry(item: BibItem): string {
	const fields: Array<[string, string]> = [["title", bibtexTitle(item.title)]];
	if (item.authors.length > 0) fields.push(["author", item.authors.map(bibtexName).join(" and ")]);
	if (item.year !== undefined) fields.push(["year", String(item.year)]);
	if (item.venue !== undefined) fields.push([item.kind === "inproceedings" ? "booktitle" : item.kind === "article" ? "journal" : "howpublished", escapeBibtex(item.venue)]);
	if (item.arxiv !== undefined) fields.push(["eprint", verbatim(item.arxiv)], ["archivePrefix", "arXiv"]);
	if (item.doi !== undefined) fields.push(["doi", verbatim(item.doi)]);
	if (item.url !== undefined) fields.push(["url", verbatim(item.url)]);
	const width = Math.max(...fields.map(([k]) => k.length));
	return `@${item.kind}{${item.citekey},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(",\n")}\n}\n`;
}

/** A .bib file: one entry per item, a blank line between entries. */
export function toBibtex(items: readonly BibItem[]): string {
	return items.map(bibtexEntry).join("\n");
}
