import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

/**
 * The repository root: npm runs every script there. Taken from the working
 * folder rather than this file's, because the benchmark and the screenshot
 * script run this code bundled into a temporary folder.
 */
export const ROOT = process.cwd();
const PAGE = path.join(ROOT, "test/browser/page");

export interface PageServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Bundles the page's harness (the Obsidian fake for the browser) with the
 * same shims as main.js, so the fake's YAML reader runs without Node.
 */
async function buildHarness(): Promise<string> {
	const result = await build({
		absWorkingDir: ROOT,
		entryPoints: ["test/browser/page/harness.ts"],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		alias: { fs: "./src/obsidian/shims/empty-module.ts" },
		inject: ["./src/obsidian/shims/buffer.ts"],
		define: { "process.env.NODE_ENV": '"production"' },
		logLevel: "error",
	});
	return result.outputFiles[0].text;
}

/** The main.js the page loads: the repository's build, or the one SURVEY_VAULT_MAIN_JS names (the benchmark builds its own). */
export function mainJsPath(): string {
	return process.env.SURVEY_VAULT_MAIN_JS ?? path.join(ROOT, "main.js");
}

/**
 * Serves the test page on 127.0.0.1 with the BUILT main.js (run `npm run
 * build` first: the page tests what ships), styles.css and manifest.json
 * from the repository root.
 */
export async function startPageServer(): Promise<PageServer> {
	if (!existsSync(path.join(ROOT, "manifest.json"))) throw new Error(`${ROOT} is not the repository root: run the browser tests through npm`);
	const mainJs = mainJsPath();
	if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build\` before the browser tests`);
	const harness = await buildHarness();
	const files: Record<string, { type: string; body: () => string | Buffer }> = {
		"/": { type: "text/html", body: () => readFileSync(path.join(PAGE, "index.html")) },
		"/harness.js": { type: "text/javascript", body: () => harness },
		"/obsidian.css": { type: "text/css", body: () => readFileSync(path.join(PAGE, "obsidian.css")) },
		"/main.js": { type: "text/javascript", body: () => readFileSync(mainJs) },
		"/styles.css": { type: "text/css", body: () => readFileSync(path.join(ROOT, "styles.css")) },
		"/manifest.json": { type: "application/json", body: () => readFileSync(path.join(ROOT, "manifest.json")) },
	};
	const server: Server = createServer((req, res) => {
		const file = files[(req.url ?? "/").split("?")[0]];
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { "content-type": `${file.type}; charset=utf-8`, "cache-control": "no-store" }).end(file.body());
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
