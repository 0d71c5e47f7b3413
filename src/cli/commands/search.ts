import { papersOf, readVaultNotes } from "../../core/papers/paper-reader";
import type { PaperRecord } from "../../core/papers/paper-record";
import { FIELD_LABELS, createSearchIndex, describePaper, otherMatch, searchPapers, snippet, type SearchResult } from "../../core/search";
import { intOption, parseCommandArgs, requireOption } from "../args";
import { FsStore } from "../fs-store";
import { vaultFolder } from "../vault-dir";
import { EXIT_OK, UsageError, type CliIo } from "../io";
import type { CliCommand } from "./command";

export const searchCommand: CliCommand = {
	name: "search",
	summary: "Searches the paper notes of a vault folder (typo-tolerant, Chinese and English, with filters).",
	usage: "search QUERY... --vault DIR [--limit N] [--json]",
	options: {
		vault: { type: "string", value: "DIR", description: "The vault folder to search" },
		limit: { type: "string", value: "N", description: "How many papers to list (default 20)" },
		json: { type: "boolean", description: "Print [{path, title, score, matches}] as JSON" },
	},
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length === 0) throw new UsageError("missing QUERY (words, \"phrases\", year:2025, venue:…, author:…, dir:…, tag:…)");
		requireOption(args, "vault");
		const limit = intOption(args, "limit", 20);
		if (limit < 1) throw new UsageError("--limit takes a whole number of at least 1");
		const vault = await vaultFolder(args, io);
		const query = args.positionals.join(" ");
		const results = searchPapers(createSearchIndex(await readPapers(vault, io)), query, limit);
		if (args.options.json) io.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
		else io.stdout(results.length === 0 ? `No paper matches ${JSON.stringify(query)}.\n` : formatResults(results));
		return EXIT_OK;
	},
};

/** The paper notes of a vault folder; notes whose properties cannot be read are skipped, with a warning. */
async function readPapers(vault: string, io: CliIo): Promise<PaperRecord[]> {
	const { papers, skipped } = papersOf(await readVaultNotes(new FsStore(vault), { summary: true, papersOnly: true }));
	for (const s of skipped) io.stderr(`survey-vault: ${s.path}${s.line !== undefined ? `:${s.line}` : ""}: skipped, ${s.reason}\n`);
	return papers;
}

function toJson(result: SearchResult): { path: string; title: string; score: number; matches: Array<{ field: string; value: string; ranges: Array<[number, number]> }> } {
	return {
		path: result.record.path,
		title: result.record.title,
		score: Math.round(result.score * 1e6) / 1e6,
		matches: result.matches.map((m) => ({ field: m.field, value: m.value, ranges: m.ranges })),
	};
}

/** A numbered list: title, the line that tells papers apart, where else the query matched, the path. */
function formatResults(results: SearchResult[]): string {
	const width = String(results.length).length;
	return results
		.map((r, i) => {
			const indent = " ".repeat(width + 2);
			const lines = [`${String(i + 1).padStart(width)}. ${r.record.title}`];
			const meta = describePaper(r.record);
			if (meta !== "") lines.push(indent + meta);
			const other = otherMatch(r.matches, r.record.title);
			if (other) lines.push(`${indent}${FIELD_LABELS[other.field]}: ${snippet(other.value, other.ranges, 30, 100).text}`);
			lines.push(indent + r.record.path);
			return lines.join("\n");
		})
		.join("\n\n")
		.concat("\n");
}
