import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { importedModules } from "../support/module-imports";

const coreDir = path.resolve(__dirname, "../../src/core");
const forbidden = new Set(["obsidian", "electron", ...builtinModules]);

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
	});
}

export { importedModules };

/** The imports that break the core's purity: Obsidian, Node built-ins, or the adapters. */
export function impureImports(source: string): string[] {
	return importedModules(source).filter((spec) => {
		const bare = spec.replace(/^node:/, "").split("/")[0];
		return spec.startsWith("node:") || forbidden.has(bare) || /(^|\/)(obsidian|cli)(\/|$)/.test(spec.replace(/^\.+\//, "")) || spec === "../main" || spec.endsWith("/main");
	});
}

describe("src/core purity", () => {
	it("finds core sources to check", () => {
		expect(sourceFiles(coreDir).length).toBeGreaterThan(3);
	});

	it("no core module imports obsidian, a Node built-in, or an adapter", () => {
		const offenders = sourceFiles(coreDir).flatMap((file) => impureImports(readFileSync(file, "utf8")).map((spec) => `${path.relative(coreDir, file)} imports ${spec}`));
		expect(offenders).toEqual([]);
	});

	it("the check catches each kind of forbidden import", () => {
		expect(impureImports(`import { Plugin } from "obsidian";`)).toEqual(["obsidian"]);
		expect(impureImports(`import type { App } from 'obsidian'`)).toEqual(["obsidian"]);
		expect(impureImports(`import * as fs from "node:fs";`)).toEqual(["node:fs"]);
		expect(impureImports(`import path from "path";`)).toEqual(["path"]);
		expect(impureImports(`const x = require("fs/promises");`)).toEqual(["fs/promises"]);
		expect(impureImports(`export { VaultStore } from "../../obsidian/vault-store";`)).toEqual(["../../obsidian/vault-store"]);
		expect(impureImports(`import Fuse from "fuse.js"; import { x } from "./markdown/frontmatter";`)).toEqual([]);
	});
});
