import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { buildCliBundle } from "../support/build";
import { useTempDirs } from "../support/temp-dirs";

const root = path.resolve(__dirname, "../..");
const temp = useTempDirs("survey-vault-packed");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

/** Whether npm can pack here at all (it is missing from some minimal machines). */
const npmWorks = spawnSync("npm", ["--version"], { encoding: "utf8" }).status === 0;
if (!npmWorks) console.warn("packed-cli.test: npm is not on PATH here, so the packed package cannot be made; test skipped");

describe.skipIf(!npmWorks)("the packed package, installed globally", () => {
	it("gives a survey-vault command that runs from any folder, with no network", { timeout: 60_000 }, () => {
		// The package as `npm pack` makes it, from a copy of the sources' package files and a fresh CLI build.
		const pkg = temp();
		for (const name of ["package.json", "README.md", "LICENSE"]) copyFileSync(path.join(root, name), path.join(pkg, name));
		cpSync(path.join(root, "bin"), path.join(pkg, "bin"), { recursive: true });
		mkdirSync(path.join(pkg, "dist"));
		copyFileSync(buildCliBundle(), path.join(pkg, "dist", "cli.cjs"));
		const out = temp();
		execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: pkg, stdio: "ignore" });
		const [tarball] = readdirSync(out).filter((f) => f.endsWith(".tgz"));
		expect(tarball).toBe(`survey-vault-${version}.tgz`);

		// Everything the command runs is bundled, so the install needs no registry.
		const prefix = temp();
		execFileSync("npm", ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", path.join(out, tarball)], { cwd: out, stdio: "ignore" });
		const command = path.join(prefix, "bin", "survey-vault");
		const elsewhere = temp();
		expect(execFileSync(command, ["--version"], { cwd: elsewhere, encoding: "utf8" })).toBe(`${version}\n`);

		copyFileSync(path.join(root, "test/fixtures/surveys/en-report-quantum-ml.md"), path.join(elsewhere, "survey.md"));
		mkdirSync(path.join(elsewhere, "vault"));
		const report = JSON.parse(execFileSync(command, ["import", "survey.md", "--vault", "vault", "--json"], { cwd: elsewhere, encoding: "utf8" })) as { created: string[]; papers: number };
		expect(report.papers).toBeGreaterThan(0);
		expect(report.created.length).toBeGreaterThan(report.papers);
		expect(readdirSync(path.join(elsewhere, "vault", "Research", "Papers")).length).toBe(report.papers);
		// Only what the command needs is in the package.
		expect(readdirSync(path.join(prefix, "lib", "node_modules", "survey-vault")).sort()).toEqual(["LICENSE", "README.md", "bin", "dist", "package.json"]);
	});
});
