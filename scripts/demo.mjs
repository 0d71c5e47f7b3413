// Builds a demo vault: the built plugin installed and enabled in
// demo-vault/.obsidian, and the example surveys in examples/ imported with the CLI.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const vault = path.join(root, "demo-vault");
const pluginDir = path.join(vault, ".obsidian", "plugins", "survey-vault");

rmSync(vault, { recursive: true, force: true });
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing; run npm run build first`);
	cpSync(path.join(root, file), path.join(pluginDir, file));
}
writeFileSync(path.join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["survey-vault"], null, 2) + "\n");

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

writeFileSync(
	path.join(vault, "Welcome.md"),
	[
		"# Survey Vault demo",
		"",
		"This vault was made by `npm run demo`. The Survey Vault plugin is installed and enabled.",
		"",
		"- Imported surveys are under `Research/` (papers, directions, trends, surveys); open one in `Research/Surveys/` and follow its links, or look at the graph.",
		"- Command palette: **Survey Vault: Search papers**, **Import survey from current note**, **Set reading status of this paper…**.",
		"- Edit a paper's `score` and watch the tables below and in the direction notes follow.",
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
	].join("\n"),
);
console.log(`demo: vault ready at ${path.relative(process.cwd(), vault) || vault}; open it in Obsidian`);
