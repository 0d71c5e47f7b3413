import { COMMANDS } from "./commands/index";
import type { CliCommand } from "./commands/command";
import { formatOptions } from "./args";
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./io";

export const PROGRAM = "survey-vault";

declare const __SURVEY_VAULT_VERSION__: string | undefined;

/** The version printed by --version; injected at build time, read from package.json otherwise. */
export const VERSION: string = typeof __SURVEY_VAULT_VERSION__ === "string" ? __SURVEY_VAULT_VERSION__ : "0.0.0-dev";

/** Runs the CLI with arguments (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, commands: CliCommand[] = COMMANDS): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined || first === "--help" || first === "-h" || first === "help") {
		const topic = first === "help" ? rest[0] : undefined;
		if (topic !== undefined) {
			const command = commands.find((c) => c.name === topic);
			if (!command) return usageError(io, `unknown command ${JSON.stringify(topic)}; see '${PROGRAM} --help'`);
			io.stdout(commandHelp(command));
			return EXIT_OK;
		}
		io.stdout(mainHelp(commands));
		return first === undefined ? EXIT_USAGE : EXIT_OK;
	}
	if (first === "--version" || first === "-v") {
		io.stdout(`${VERSION}\n`);
		return EXIT_OK;
	}
	if (first.startsWith("-")) return usageError(io, `unknown option ${first}; see '${PROGRAM} --help'`);
	const command = commands.find((c) => c.name === first);
	if (!command) return usageError(io, `unknown command ${JSON.stringify(first)}; see '${PROGRAM} --help'`);
	if (rest.includes("--help") || rest.includes("-h")) {
		io.stdout(commandHelp(command));
		return EXIT_OK;
	}
	try {
		return await command.run(rest, io);
	} catch (err) {
		// Every message ends with where to read more, so a user never has to guess the next step.
		const seeHelp = `; see '${PROGRAM} ${command.name} --help'`;
		if (err instanceof UsageError) return usageError(io, `${command.name}: ${err.message}${seeHelp}`);
		if (err instanceof CliFailure) {
			io.stderr(`${PROGRAM}: ${err.message}${seeHelp}\n`);
			return EXIT_FAILURE;
		}
		throw err;
	}
}

function usageError(io: CliIo, message: string): number {
	io.stderr(`${PROGRAM}: ${message}\n`);
	return EXIT_USAGE;
}

export function mainHelp(commands: CliCommand[]): string {
	const width = Math.max(0, ...commands.map((c) => c.name.length));
	const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
	return [
		`Usage: ${PROGRAM} <command> [options]`,
		"",
		"Turns survey documents into linked paper, direction and trend notes in an Obsidian vault.",
		"",
		"Commands:",
		list === "" ? "  (none)" : list,
		"",
		"Options:",
		"  -h, --help     Show help (also: help <command>)",
		"  -v, --version  Show the version",
		"",
		"Exit codes: 0 success, 1 bad input or failed operation, 2 usage error.",
		"",
	].join("\n");
}

export function commandHelp(command: CliCommand): string {
	const options = formatOptions(command.options);
	return [`Usage: ${PROGRAM} ${command.usage}`, "", command.summary, ...(options ? ["", "Options:", options] : []), ""].join("\n");
}
