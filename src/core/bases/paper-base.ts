import { yamlScalar } from "../notes/yaml-writer";

/**
 * Obsidian Bases views of the paper notes, as the YAML of a `.base` file:
 * a filter on the paper type (and the papers folder), formulas for a
 * paper's age and citations per year, a table with the comparison columns
 * and their summaries, cards, and a table grouped by direction. Bases reads
 * the properties the importer writes with their types (see PROPERTY_TYPES).
 */
export interface PaperBaseOptions {
	/** The folder paper notes are imported into. */
	papersFolder: string;
	/** Limit the views to the papers of one direction note (its path without ".md"). */
	direction?: { name: string; target: string };
}

/** Formulas in Bases' own expression language. */
const FORMULAS: ReadonlyArray<[string, string]> = [
	["age", 'if(year, today().year - year, "")'],
	["citations_per_year", 'if(citations && year, (citations / max(1, today().year - year + 1)).round(1), "")'],
];

const DISPLAY_NAMES: ReadonlyArray<[string, string]> = [
	["file.name", "Paper"],
	["note.citekey", "Citekey"],
	["note.authors", "Authors"],
	["note.year", "Year"],
	["note.venue", "Venue"],
	["note.citations", "Citations"],
	["note.score", "Score"],
	["note.method", "Method"],
	["note.innovation", "Innovation"],
	["note.directions", "Directions"],
	["formula.age", "Age (years)"],
	["formula.citations_per_year", "Citations per year"],
];

const TABLE_COLUMNS = ["file.name", "note.authors", "note.year", "note.venue", "note.citations", "note.score", "formula.citations_per_year", "note.method", "note.innovation", "note.directions", "note.citekey"];
const CARD_FIELDS = ["file.name", "note.authors", "note.year", "note.venue", "note.score", "note.innovation"];
const GROUPED_COLUMNS = ["file.name", "note.year", "note.venue", "note.citations", "note.score", "formula.age"];

/** A string as a YAML scalar, always quoted when it holds an expression's quotes or operators. */
function str(s: string): string {
	return /["'()&|<>=!:#{}[\],]/.test(s) ? `'${s.replace(/'/g, "''")}'` : yamlScalar(s);
}

function list(indent: string, items: readonly string[]): string {
	return items.map((i) => `${indent}- ${str(i)}\n`).join("");
}

/** The text of a `.base` file for the paper notes, or one direction's papers. */
export function paperBase(options: PaperBaseOptions): string {
	const filters = ['type == "paper"', `file.inFolder(${JSON.stringify(options.papersFolder)})`];
	if (options.direction) filters.push(`file.hasLink(${JSON.stringify(options.direction.target)})`);
	const title = options.direction ? options.direction.name : "Papers";
	let out = "filters:\n  and:\n" + list("    ", filters);
	out += "formulas:\n" + FORMULAS.map(([k, v]) => `  ${k}: ${str(v)}\n`).join("");
	out += "properties:\n" + DISPLAY_NAMES.map(([k, v]) => `  ${k}:\n    displayName: ${str(v)}\n`).join("");
	out += "views:\n";
	out += `  - type: table\n    name: ${str(title)}\n    order:\n${list("      ", TABLE_COLUMNS)}`;
	out += "    sort:\n      - property: note.score\n        direction: DESC\n      - property: note.year\n        direction: DESC\n";
	out += "    summaries:\n      note.citations: Sum\n      note.score: Average\n      note.year: Range\n";
	out += `  - type: cards\n    name: ${str(`${title} (cards)`)}\n    order:\n${list("      ", CARD_FIELDS)}`;
	if (!options.direction) {
		out += `  - type: table\n    name: By direction\n    groupBy:\n      property: note.directions\n      direction: ASC\n    order:\n${list("      ", GROUPED_COLUMNS)}`;
	}
	return out;
}

/**
 * The type Obsidian gives each property the importer writes (the names of
 * Obsidian's property types), so Bases shows and edits them as what they are.
 */
export const PROPERTY_TYPES: ReadonlyArray<{ key: string; type: string; holds: string }> = [
	{ key: "type", type: "text", holds: "paper, direction, trend or survey" },
	{ key: "title", type: "text", holds: "the title as the survey gives it" },
	{ key: "citekey", type: "text", holds: "the citation key, e.g. smith2024diffusion" },
	{ key: "aliases", type: "aliases", holds: "other titles the paper goes by" },
	{ key: "authors", type: "multitext", holds: "one author per item" },
	{ key: "year", type: "number", holds: "the year" },
	{ key: "arxiv", type: "text", holds: "the arXiv id without version (text, so 2501.01230 keeps its zero)" },
	{ key: "doi", type: "text", holds: "the DOI" },
	{ key: "url", type: "text", holds: "the paper's link" },
	{ key: "venue", type: "text", holds: "journal or conference" },
	{ key: "citations", type: "number", holds: "citation count" },
	{ key: "score", type: "number", holds: "the survey's rating" },
	{ key: "method", type: "text", holds: "the method, from the comparison table" },
	{ key: "innovation", type: "text", holds: "the innovation, from the comparison table" },
	{ key: "directions", type: "multitext", holds: "links to direction notes" },
	{ key: "trends", type: "multitext", holds: "links to trend notes" },
	{ key: "surveys", type: "multitext", holds: "links to survey notes" },
	{ key: "tags", type: "tags", holds: "tags" },
	{ key: "imported", type: "date", holds: "the day of the first import" },
	{ key: "date", type: "date", holds: "a survey's date" },
];

/**
 * Obsidian's `.obsidian/types.json` with the importer's property types
 * added: a type the vault already has for a property is kept. Returns the
 * new text and the keys added; null text when the file is not a types file.
 */
export function mergePropertyTypes(existing: string | null): { text: string | null; added: string[] } {
	let data: { types?: Record<string, unknown> } & Record<string, unknown> = {};
	if (existing !== null && existing.trim() !== "") {
		try {
			const parsed: unknown = JSON.parse(existing);
			if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { text: null, added: [] };
			data = parsed as typeof data;
		} catch {
			return { text: null, added: [] };
		}
	}
	const types: Record<string, unknown> = data.types && typeof data.types === "object" && !Array.isArray(data.types) ? { ...data.types } : {};
	const added: string[] = [];
	for (const { key, type } of PROPERTY_TYPES) {
		if (key in types) continue;
		types[key] = type;
		added.push(key);
	}
	return { text: `${JSON.stringify({ ...data, types }, null, 2)}\n`, added };
}
