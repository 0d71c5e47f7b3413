import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Builds a bundle exactly as the release does, into a temporary folder, and
 * returns its path. esbuild runs in a child process because it refuses to run
 * under jsdom's globals.
 */
function buildBundle(options: "pluginOptions" | "cliOptions", fileName: string): string {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), "survey-vault-build-")), fileName);
	const script = `
		import { build } from "esbuild";
		import { ${options} } from "./scripts/build-options.mjs";
		await build({ ...${options}({ production: true, outfile: ${JSON.stringify(outfile)} }), logLevel: "error" });
	`;
	execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
	return outfile;
}

/** main.js as the release builds it. */
export function buildPluginBundle(): string {
	return buildBundle("pluginOptions", "main.js");
}

/** The command-line tool from the current sources. */
export function buildCliBundle(): string {
	return buildBundle("cliOptions", "cli.cjs");
}
