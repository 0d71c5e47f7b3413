import { runCli } from "./run";
import { fsErrorReason } from "./fs-errors";
import type { CliIo } from "./io";

const io: CliIo = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	cwd: process.cwd(),
	readStdin: async () => {
		const chunks: Buffer[] = [];
		for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString("utf8");
	},
};

runCli(process.argv.slice(2), io).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		// A file-system failure no command expected is still told in words, without a stack.
		const code = (err as { code?: unknown } | null)?.code;
		if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
			process.stderr.write(`survey-vault: ${fsErrorReason(err)}; see 'survey-vault --help'\n`);
		} else {
			process.stderr.write(`survey-vault: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
		}
		process.exitCode = 1;
	},
);
