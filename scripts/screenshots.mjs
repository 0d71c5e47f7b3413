// `npm run screenshots`: bundles test/browser/screenshots.ts with esbuild and
// runs it with Node; it drives Debian's Chromium and writes docs/images/*.png.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = path.join(mkdtempSync(path.join(tmpdir(), "survey-vault-shots-")), "screenshots.cjs");
await build({
	absWorkingDir: root,
	entryPoints: ["test/browser/screenshots.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	external: ["playwright-core", "esbuild"],
	logLevel: "error",
});
// The bundle lives in a temporary folder; NODE_PATH lets it require the packages left external.
const env = { ...process.env, NODE_PATH: [path.join(root, "node_modules"), process.env.NODE_PATH].filter(Boolean).join(path.delimiter) };
const result = spawnSync(process.execPath, [outfile], { cwd: root, stdio: "inherit", env });
process.exit(result.status ?? 1);
