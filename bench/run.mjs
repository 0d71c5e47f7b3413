// `npm run bench`: bundles the TypeScript benchmark with esbuild and runs it
// in a fresh Node process with --expose-gc (for heap figures).
//   node bench/run.mjs [--quick] [--only search,import,table] [--sizes=1000,10000]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { cliOptions, pluginOptions } from "../scripts/build-options.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = path.join(mkdtempSync(path.join(tmpdir(), "survey-vault-bench-")), "bench.cjs");
await build({
	absWorkingDir: root,
	entryPoints: ["bench/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	external: ["jsdom", "playwright-core", "esbuild"],
	logLevel: "error",
	alias: { obsidian: "./test/fakes/obsidian.ts" },
});
// The browser section loads main.js as released: built here, fresh, so the figures are of the code being measured.
const mainJs = path.join(path.dirname(outfile), "main.js");
await build({ ...pluginOptions({ production: true, outfile: mainJs }), logLevel: "error" });
// The CLI figures run the command-line tool built here too, from the same sources.
const cliJs = path.join(path.dirname(outfile), "cli.cjs");
await build({ ...cliOptions({ production: true, outfile: cliJs }), logLevel: "error" });
// The bundle lives in a temporary folder; NODE_PATH lets it require the packages left external (jsdom, playwright-core).
const env = { ...process.env, SURVEY_VAULT_MAIN_JS: mainJs, SURVEY_VAULT_CLI: cliJs, NODE_PATH: [path.join(root, "node_modules"), process.env.NODE_PATH].filter(Boolean).join(path.delimiter) };
const result = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit", env });
process.exit(result.status ?? 1);
