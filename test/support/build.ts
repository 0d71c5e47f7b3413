import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Builds main.js exactly as the release does, into a temporary folder, and
 * returns its path. esbuild runs in a child process because it refuses to run
 * under jsdom's globals.
 */
export function buildPluginBundle(): string {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), "survey-vault-build-")), "main.js");
	const script = `
		import { build } from "esbuild";
		import { pluginOptions } from "./scripts/build-options.mjs";
		await build({ ...pluginOptions({ production: true, outfile: ${JSON.stringify(outfile)} }), logLevel: "error" });
	`;
	execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
	return outfile;
}

/** Builds the command-line tool from the current sources into a temporary folder; returns the bundle's path. */
export function buildCliBundle(): string {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), "survey-vault-build-")), "cli.cjs");
	const script = `
		import { build } from "esbuild";
		import { cliOptions } from "./scripts/build-options.mjs";
		await build({ ...cliOptions({ production: true, outfile: ${JSON.stringify(outfile)} }), logLevel: "error" });
	`;
	execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
	return outfile;
}
