import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;

const manifest = readJson("manifest.json");
const versions = readJson("versions.json");
const pkg = readJson("package.json");
const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * The rules the community directory's validation workflow and review bot
 * apply to manifest.json, as published in the submission requirements.
 */
describe("manifest.json as the community directory checks it", () => {
	it("has exactly the known fields, each of the right type", () => {
		const known = ["id", "name", "version", "minAppVersion", "description", "author", "authorUrl", "fundingUrl", "isDesktopOnly"];
		expect(Object.keys(manifest).filter((k) => !known.includes(k))).toEqual([]);
		for (const key of ["id", "name", "version", "minAppVersion", "description", "author"]) expect(typeof manifest[key], key).toBe("string");
		expect(manifest.isDesktopOnly).toBe(false);
	});

	it("has an id of lowercase letters, digits and dashes, without obsidian or a trailing plugin", () => {
		const id = String(manifest.id);
		expect(id).toMatch(/^[a-z0-9-_]+$/);
		expect(id).not.toMatch(/obsidian/i);
		expect(id).not.toMatch(/plugin$/i);
		expect(id).toBe(pkg.name);
	});

	it("has a name without Obsidian, parts of it, or Plugin", () => {
		const name = String(manifest.name);
		expect(name).not.toMatch(/obsi|sidian|^ob|plugin/i);
		expect(name.trim()).toBe(name);
	});

	it("has a short description that says what it does and ends with a period", () => {
		const description = String(manifest.description);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description).toMatch(/\.$/);
		expect(description).toMatch(/^[A-Z]/);
		expect(description).not.toMatch(/obsidian/i);
		expect(description).not.toMatch(/^this (is a )?(plugin|tool)|\bthis plugin\b/i);
		expect(description).not.toMatch(/\p{Extended_Pictographic}/u);
	});

	it("has an author that is not an email, and no empty or Obsidian links", () => {
		expect(String(manifest.author)).not.toMatch(/^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/);
		for (const key of ["authorUrl", "fundingUrl"]) {
			if (!(key in manifest)) continue;
			expect(String(manifest[key]), key).toMatch(/^https:\/\/\S+$/);
			expect(String(manifest[key]), key).not.toMatch(/^https:\/\/obsidian\.md/);
		}
	});

	it("has version numbers of digits and dots, in step with package.json and versions.json", () => {
		expect(String(manifest.version)).toMatch(VERSION);
		expect(String(manifest.minAppVersion)).toMatch(VERSION);
		expect(manifest.version).toBe(pkg.version);
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
		for (const [version, minApp] of Object.entries(versions)) {
			expect(version).toMatch(VERSION);
			expect(String(minApp)).toMatch(VERSION);
		}
	});
});

describe("the release workflow", () => {
	const workflow = readFileSync(path.join(root, ".github/workflows/release.yml"), "utf8");

	it("runs on a version tag without a v and attaches main.js, manifest.json and styles.css", () => {
		expect(workflow).toMatch(/tags:\n\s+- "\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+"/);
		expect(workflow).toMatch(/gh release create "\$\{GITHUB_REF_NAME\}" main\.js manifest\.json styles\.css/);
		expect(workflow).toContain("npm run build");
	});
});
