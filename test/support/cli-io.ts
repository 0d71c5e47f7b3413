import type { CliIo } from "../../src/cli/io";

/** A CliIo that records what a command prints. */
export interface RecordingIo extends CliIo {
	out: string;
	err: string;
}

export function recordingIo(cwd: string, stdin = ""): RecordingIo {
	const io: RecordingIo = {
		out: "",
		err: "",
		cwd,
		stdout: (text) => {
			io.out += text;
		},
		stderr: (text) => {
			io.err += text;
		},
		readStdin: async () => stdin,
	};
	return io;
}
