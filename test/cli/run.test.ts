import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run";
import type { CliCommand } from "../../src/cli/commands/command";
import { parseCommandArgs, requireOption } from "../../src/cli/args";
import { CliFailure } from "../../src/cli/io";
import { recordingIo } from "../support/cli-io";

const echo: CliCommand = {
	name: "echo",
	summary: "Prints its arguments.",
	usage: "echo WORD... [--upper] --to NAME",
	options: { upper: { type: "boolean", description: "Upper-case" }, to: { type: "string", value: "NAME", description: "Addressee" } },
	async run(argv, io) {
		const args = parseCommandArgs(argv, this.options);
		const to = requireOption(args, "to");
		if (args.positionals.includes("fail")) throw new CliFailure("input.md:3: no papers found");
		const text = args.positionals.join(" ");
		io.stdout(`${to}: ${args.options.upper ? text.toUpperCase() : text}\n`);
		return 0;
	},
};

describe("runCli", () => {
	it("prints help listing the commands, exit 0", async () => {
		const io = recordingIo("/");
		expect(await runCli(["--help"], io, [echo])).toBe(0);
		expect(io.out).toContain("Usage: survey-vault <command>");
		expect(io.out).toMatch(/echo\s+Prints its arguments\./);
	});

	it("prints help and exits 2 when called without a command", async () => {
		const io = recordingIo("/");
		expect(await runCli([], io, [echo])).toBe(2);
		expect(io.out).toContain("Commands:");
	});

	it("prints a command's help with its options", async () => {
		const io = recordingIo("/");
		expect(await runCli(["echo", "--help"], io, [echo])).toBe(0);
		expect(io.out).toContain("Usage: survey-vault echo WORD... [--upper] --to NAME");
		expect(io.out).toMatch(/--to NAME\s+Addressee/);
		const viaHelp = recordingIo("/");
		expect(await runCli(["help", "echo"], viaHelp, [echo])).toBe(0);
		expect(viaHelp.out).toBe(io.out);
	});

	it("prints the version", async () => {
		const io = recordingIo("/");
		expect(await runCli(["--version"], io, [echo])).toBe(0);
		expect(io.out).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
	});

	it("rejects an unknown command with one line and exit 2", async () => {
		const io = recordingIo("/");
		expect(await runCli(["frobnicate"], io, [echo])).toBe(2);
		expect(io.err).toBe(`survey-vault: unknown command "frobnicate"; see 'survey-vault --help'\n`);
	});

	it("rejects unknown and malformed options with one line and exit 2", async () => {
		const unknown = recordingIo("/");
		expect(await runCli(["echo", "hi", "--to", "x", "--loud"], unknown, [echo])).toBe(2);
		expect(unknown.err.trim().split("\n")).toHaveLength(1);
		expect(unknown.err).toContain("--loud");
		const missing = recordingIo("/");
		expect(await runCli(["echo", "hi"], missing, [echo])).toBe(2);
		expect(missing.err).toBe("survey-vault: echo: missing required option --to; see 'survey-vault echo --help'\n");
	});

	it("runs a command and passes its exit code", async () => {
		const io = recordingIo("/");
		expect(await runCli(["echo", "hi", "there", "--upper", "--to", "you"], io, [echo])).toBe(0);
		expect(io.out).toBe("you: HI THERE\n");
	});

	it("reports a failure on bad input with exit 1", async () => {
		const io = recordingIo("/");
		expect(await runCli(["echo", "fail", "--to", "x"], io, [echo])).toBe(1);
		expect(io.err).toBe("survey-vault: input.md:3: no papers found; see 'survey-vault echo --help'\n");
	});
});
