import * as path from "node:path";
import { EXPORT_FORMATS, EXPORT_SPEC, exportTable, readExportFormat } from "../../core/export/export-format";
import { parseCommandArgs, requireOption, stringOption } from "../args";
import { EXIT_OK, UsageError } from "../io";
import { writeCliFile } from "../write-file";
import type { CliCommand } from "./command";
import { queryVaultTable } from "./table";

/** `survey-vault export`: the papers a table shows as BibTeX, CSL-JSON, CSV or Markdown. */
export const exportCommand: CliCommand = {
	name: "export",
	summary: "Exports the vault's papers (or those a paper-table block shows) as BibTeX, CSL-JSON, CSV or Markdown.",
	usage: `export --vault DIR --format ${EXPORT_FORMATS.join("|")} [--spec FILE|-] [--in NOTE] [--out FILE] [--bom]`,
	options: {
		vault: { type: "string", value: "DIR", description: "The vault folder" },
		format: { type: "string", value: "FORMAT", description: `${EXPORT_FORMATS.join(", ")}` },
		spec: { type: "string", value: "FILE", description: "Export what this block shows: its YAML, or a note holding a paper-table block; - reads standard input. Default: every paper" },
		in: { type: "string", value: "NOTE", description: "Read the block as if it sat in this note (vault path)" },
		out: { type: "string", value: "FILE", description: "Write to this file (replaced whole, or left as it was on failure); default: standard output" },
		bom: { type: "boolean", description: "csv only: start with a UTF-8 byte order mark, for spreadsheet programs" },
	},
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
		const root = path.resolve(io.cwd, requireOption(args, "vault"));
		const format = readExportFormat(requireOption(args, "format"));
		if (!format.ok) throw new UsageError(`--format: ${format.message}`);
		const bom = args.options.bom === true;
		if (bom && format.format !== "csv") throw new UsageError(`--bom applies to csv only, not ${format.format}`);
		const table = await queryVaultTable(root, stringOption(args, "spec"), stringOption(args, "in"), io, EXPORT_SPEC);
		const text = exportTable(format.format, table, { bom });
		const out = stringOption(args, "out");
		if (out === undefined) {
			io.stdout(text);
			return EXIT_OK;
		}
		const outcome = await writeCliFile(out, text, io.cwd, true);
		io.stderr(`${outcome === "unchanged" ? "Unchanged" : "Wrote"} ${out}: ${table.model.visibleCount} papers as ${format.format}\n`);
		return EXIT_OK;
	},
};
