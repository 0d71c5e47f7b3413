import { parseSurvey, SurveyParseError, type Survey } from "../../core/survey";
import { parseCommandArgs } from "../args";
import { CliFailure, EXIT_OK, UsageError } from "../io";
import { readInputFile } from "../read-input";
import type { CliCommand } from "./command";

export const parseCommand: CliCommand = {
	name: "parse",
	summary: "Read a survey document and print its papers, directions and trends.",
	usage: "parse FILE [--json]",
	options: { json: { type: "boolean", description: "Print the parsed model as JSON" } },
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		if (args.positionals.length !== 1) throw new UsageError("expects exactly one FILE (or - for standard input)");
		const { bytes, name } = await readInputFile(args.positionals[0], io);
		let survey: Survey;
		try {
			survey = parseSurvey(bytes, { fileName: name });
		} catch (err) {
			if (err instanceof SurveyParseError) throw new CliFailure(err.message);
			throw err;
		}
		io.stdout(args.options.json ? `${JSON.stringify(survey, null, 2)}\n` : describeSurvey(survey, name));
		return EXIT_OK;
	},
};

/** A readable account of what was found, for a person at a terminal. */
export function describeSurvey(survey: Survey, file: string): string {
	const lines = [`${survey.title} (${survey.language}${survey.date ? `, ${survey.date}` : ""})`, `${survey.papers.length} papers, ${survey.directions.length} directions, ${survey.trends.length} trends`, "", "Papers:"];
	for (const p of survey.papers) {
		const facts = [p.authors[0], p.year, p.venue, p.citations !== undefined ? `${p.citations} citations` : undefined, p.score !== undefined ? `score ${p.score}` : undefined].filter((x) => x !== undefined);
		lines.push(`  ${p.key}  ${p.title}${facts.length > 0 ? `  (${facts.join(", ")})` : ""}`);
	}
	for (const [label, groups] of [["Directions", survey.directions], ["Trends", survey.trends]] as const) {
		if (groups.length === 0) continue;
		lines.push("", `${label}:`);
		for (const g of groups) lines.push(`  ${g.name}  [${g.papers.join(", ")}]`);
	}
	if (survey.warnings.length > 0) {
		lines.push("", "Warnings:");
		for (const w of survey.warnings) lines.push(`  ${file}:${w.line}: ${w.message}`);
	}
	return `${lines.join("\n")}\n`;
}
