import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { useTempDirs } from "../support/temp-dirs";

const root = path.resolve(__dirname, "../..");
const temp = useTempDirs("survey-vault-demo");

function runDemo(vault: string, main: string): string {
	return execFileSync(process.execPath, [path.join(root, "scripts/demo.mjs"), "--vault", vault, "--main", main], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("npm run demo", () => {
	it("rebuilds only what it made and keeps the notes the user wrote in the demo vault", () => {
		const dir = temp();
		const vault = path.join(dir, "demo-vault");
		const main = path.join(dir, "main.js");
		writeFileSync(main, "module.exports = {};\n");
		runDemo(vault, main);
		const papers = readdirSync(path.join(vault, "Research/Papers"));
		expect(papers.length).toBeGreaterThan(0);
		expect(existsSync(path.join(vault, ".obsidian/plugins/survey-vault/main.js"))).toBe(true);

		writeFileSync(path.join(vault, "My reading plan.md"), "# Plan\n\nRead the quantisation papers first.\n");
		writeFileSync(path.join(vault, "Welcome.md"), `${readFileSync(path.join(vault, "Welcome.md"), "utf8")}\nMy own line.\n`);
		writeFileSync(path.join(vault, ".obsidian/community-plugins.json"), JSON.stringify(["dataview", "survey-vault"]));
		const out = runDemo(vault, main);

		expect(readFileSync(path.join(vault, "My reading plan.md"), "utf8")).toBe("# Plan\n\nRead the quantisation papers first.\n");
		expect(readFileSync(path.join(vault, "Welcome.md"), "utf8")).toContain("My own line.");
		expect(out).toContain("kept your edited Welcome.md");
		expect(JSON.parse(readFileSync(path.join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["dataview", "survey-vault"]);
		expect(readdirSync(path.join(vault, "Research/Papers")).sort()).toEqual(papers.sort());
	}, 60_000);
});
