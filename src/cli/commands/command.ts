import type { CliIo } from "../io";
import type { OptionSpecs } from "../args";

/** A subcommand of `survey-vault`. */
export interface CliCommand {
	name: string;
	/** One line for the command list. */
	summary: string;
	/** Usage line without the program name, e.g. "import FILE... --vault DIR". */
	usage: string;
	options: OptionSpecs;
	/** Runs the command; returns the exit code. Throws UsageError or CliFailure. */
	run(argv: string[], io: CliIo): Promise<number>;
}
