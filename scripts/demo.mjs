// Builds a demo vault: the built plugin installed and enabled in
// demo-vault/.obsidian, and the example surveys in examples/ imported with the CLI.
// Run again, it rebuilds only what it made: the plugin files, the imported notes
// (the import keeps the user's edits), and Welcome.md while the user has not
// changed it. Every other note in the vault is left alone.
//
//   node scripts/demo.mjs [--vault DIR] [--main FILE]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as path from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { vault: { type: "string" }, main: { type: "string" } } });
const vault = path.resolve(values.vault ?? path.join(root, "demo-vault"));
const pluginDir = path.join(vault, ".obsidian", "plugins", "survey-vault");
/** What the demo last wrote, by vault path and hash, so it can tell a file the user changed. */
const stateFile = path.join(vault, ".obsidian", "survey-vault-demo.json");

const hash = (text) => createHash("sha256").update(text).digest("hex");
const readText = (file) => (existsSync(file) ? readFileSync(file, "utf8") : null);
const state = JSON.parse(readText(stateFile) ?? "{}");

mkdirSync(pluginDir, { recursive: true });
const sources = { "main.js": values.main ? path.resolve(values.main) : path.join(root, "main.js"), "manifest.json": path.join(root, "manifest.json"), "styles.css": path.join(root, "styles.css") };
for (const [file, source] of Object.entries(sources)) {
	if (!existsSync(source)) throw new Error(`${file} is missing; run npm run build first`);
	cpSync(source, path.join(pluginDir, file));
}

// Enable the plugin next to whatever else the user enabled.
const enabledFile = path.join(vault, ".obsidian", "community-plugins.json");
let enabled = [];
try {
	enabled = JSON.parse(readText(enabledFile) ?? "[]");
} catch {
	console.log(`demo: ${path.relative(vault, enabledFile)} does not parse; left as it is`);
	enabled = null;
}
if (Array.isArray(enabled) && !enabled.includes("survey-vault")) writeFileSync(enabledFile, JSON.stringify([...enabled, "survey-vault"], null, 2) + "\n");

const examples = existsSync(path.join(root, "examples"))
	? readdirSync(path.join(root, "examples")).filter((f) => /\.(md|txt)$/i.test(f)).sort().map((f) => path.join(root, "examples", f))
	: [];
const cli = path.join(root, "bin", "survey-vault.cjs");
const help = execFileSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
if (examples.length > 0 && /^\s+import\s/m.test(help)) {
	execFileSync(process.execPath, [cli, "import", ...examples, "--vault", vault], { stdio: "inherit" });
} else if (examples.length > 0) {
	console.log("demo: the import command is not available yet; installing the plugin only");
}

const welcome = [
	"# Survey Vault demo",
	"",
	"This vault was made by `npm run demo`. The Survey Vault plugin is installed and enabled.",
	"",
	"- Imported surveys are under `Research/` (papers, directions, trends, surveys); open one in `Research/Surveys/` and follow its links, or look at the graph.",
	"- Command palette: **Survey Vault: Search papers**, **Import survey from current note**, **Set reading status of this paper…**.",
	"- Edit a paper's `score` and watch the tables below and in the direction notes follow.",
	"- Notes you add here are kept when `npm run demo` runs again.",
	"",
	"## Papers from 2025 on, best first",
	"",
	"```paper-table",
	"where: year >= 2025",
	"columns: [title, year, venue, score, directions]",
	"sort: score desc, year desc",
	"```",
	"",
	"## Every paper, by research direction",
	"",
	"```paper-table",
	"columns: [title, authors, year]",
	"group: directions",
	"```",
	"",
].join("\n");
const written = {};
const welcomePath = path.join(vault, "Welcome.md");
const current = readText(welcomePath);
if (current === null || current === welcome || hash(current) === state["Welcome.md"]) {
	writeFileSync(welcomePath, welcome);
	written["Welcome.md"] = hash(welcome);
} else {
	console.log("demo: kept your edited Welcome.md");
	if (state["Welcome.md"]) written["Welcome.md"] = state["Welcome.md"];
}
writeFileSync(stateFile, JSON.stringify(written, null, 2) + "\n");
console.log(`demo: vault ready at ${path.relative(process.cwd(), vault) || vault}; open it in Obsidian`);
