import type { TableModel } from "../query/table-model";
import { toCsv, toMarkdown, type TableData } from "../query/table-export";
import { bibItems } from "./bib-item";
import { toBibtex } from "./bibtex";
import { toCslJson } from "./csl-json";

/** The formats papers export to. */
export const EXPORT_FORMATS = ["bibtex", "csl-json", "csv", "markdown"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension each format is saved with. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { bibtex: "bib", "csl-json": "json", csv: "csv", markdown: "md" };

/** Other names people give the formats. */
const ALIASES: Record<string, ExportFormat> = { bib: "bibtex", csl: "csl-json", json: "csl-json", csljson: "csl-json", md: "markdown" };

/**
 * The columns an export shows when no block says which: the identifiers a
 * spreadsheet or a writing tool needs, then what tells papers apart.
 */
export const EXPORT_SPEC = "columns: [citekey, title, authors, year, venue, arxiv, doi, url, citations, score]";

/** A format by name (or a common alias); an error naming the choices otherwise. */
export function readExportFormat(name: string): { ok: true; format: ExportFormat } | { ok: false; message: string } {
	const key = name.trim().toLowerCase();
	if ((EXPORT_FORMATS as readonly string[]).includes(key)) return { ok: true, format: key as ExportFormat };
	const alias = ALIASES[key];
	if (alias) return { ok: true, format: alias };
	return { ok: false, message: `unknown format ${JSON.stringify(name)}; the formats are ${EXPORT_FORMATS.join(", ")}` };
}

export interface ExportOptions {
	/** Start a CSV file with a UTF-8 byte order mark, so spreadsheet programs read it as UTF-8. */
	bom?: boolean;
}

/**
 * A table's papers in a format: BibTeX and CSL-JSON hold one entry per row
 * the table shows, in its order; CSV and Markdown hold the table itself.
 */
export function exportTable(format: ExportFormat, table: { model: TableModel; data: TableData }, options: ExportOptions = {}): string {
	const fmt = { dateFormat: table.model.spec.format };
	switch (format) {
		case "bibtex":
			return toBibtex(bibItems(table.model.visibleRows().map((r) => r.record)));
		case "csl-json":
			return toCslJson(bibItems(table.model.visibleRows().map((r) => r.record)));
		case "csv":
			return `${options.bom === true ? "\ufeff" : ""}${toCsv(table.data, fmt)}`;
		case "markdown":
			return toMarkdown(table.data, fmt);
	}
}
