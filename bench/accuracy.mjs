// `npm run accuracy`: bundles the TypeScript scorer with esbuild (as bench/run.mjs does) and runs it
// from the repository root, so ../shared/corpus and accuracy.json are found there.
//   node bench/accuracy.mjs [--verbose] [--doc NN[,NN]] [--corpus DIR]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "survey-vault-accuracy-"));
const outfile = path.join(dir, "accuracy.cjs");
await build({
	absWorkingDir: root,
	entryPoints: ["bench/accuracy/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	logLevel: "error",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
