// Builds the Obsidian plugin (main.js) and the command-line tool (dist/cli.cjs).
//   node esbuild.config.mjs             watch build of both, inline source maps
//   node esbuild.config.mjs production  one minified build of both
//   node esbuild.config.mjs cli         the command-line tool only (run on install)
import esbuild from "esbuild";
import { cliOptions, pluginOptions } from "./scripts/build-options.mjs";

const mode = process.argv[2] ?? "dev";
const production = mode === "production";

if (mode === "cli") {
	await esbuild.build(cliOptions({ production: true }));
} else if (production) {
	await Promise.all([esbuild.build(pluginOptions({ production })), esbuild.build(cliOptions({ production }))]);
} else {
	const contexts = await Promise.all([esbuild.context(pluginOptions({ production })), esbuild.context(cliOptions({ production }))]);
	await Promise.all(contexts.map((ctx) => ctx.watch()));
}
