/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
	/** Directory relative paths are resolved against. */
	cwd: string;
	/** Reads all of standard input (for `-` arguments). */
	readStdin(): Promise<string>;
}

/** Exit codes: 0 success, 1 bad input or a failed operation, 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; printed as one line, exit 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}

/** A failure the user can act on (bad input file, unwritable vault); exit 1. */
export class CliFailure extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CliFailure";
	}
}
