import { describe, expect, it } from "vitest";
import fc from "fast-check";
import matter from "gray-matter";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FsStore } from "../../src/cli/fs-store";
import { MemoryStore } from "../../src/core/store/memory-store";
import { FOLDERS, importText } from "../support/import";
import { digestSurvey } from "../support/survey-builder";
import { invalidFrontmatter, unresolvedLinks } from "../support/vault-checks";

const hostileFragment = fc.constantFrom("../", "..\\", "/", "C:\\", "CON", "nul", ".", " ", "[[", "]]", "|", "#", "^", ":", "%%", "yes", "null", "- ", "'", '"', "\u0301", "👩‍🔬", "多模态", "\t", "\u2028", "*", "?", "<", ">");
const title = fc.array(fc.oneof(hostileFragment, fc.string({ maxLength: 8, unit: "grapheme" })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

describe("guarantees over generated titles", () => {
	it("every note lands inside the target folders, with YAML that round-trips and links that resolve", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 6 }), title, title, async (titles, direction, trend) => {
				const store = new MemoryStore();
				const doc = digestSurvey(titles.map((t, i) => ({ title: t, arxiv: `2402.${String(10000 + i)}` })), { direction: direction.replace(/\n/g, " "), trend: trend.replace(/[\n*]/g, " ") });
				let imported;
				try {
					imported = await importText(store, doc, "gen.md");
				} catch (err) {
					// A generated document may legitimately have no readable paper.
					if (err instanceof Error && err.name === "SurveyParseError") return;
					throw err;
				}
				expect(imported.result.failed).toBeUndefined();
				const files = store.snapshot();
				for (const p of Object.keys(files)) {
					expect(Object.values(FOLDERS).some((f) => p.startsWith(`${f}/`) && !p.slice(f.length + 1).includes("/")), p).toBe(true);
				}
				expect(invalidFrontmatter(files)).toEqual([]);
				expect(unresolvedLinks(files)).toEqual([]);
				for (const note of imported.plan.notes) {
					if (note.action !== "create" || note.kind !== "paper") continue;
					const data = matter(note.content, {}).data as { arxiv?: string; title?: string };
					expect(data.arxiv).toMatch(/^2402\.1\d{4}$/);
					expect(typeof data.title).toBe("string");
				}
			}),
			{ numRuns: 60 },
		);
	});

	it("the file-system store writes only inside its root, whatever the path", async () => {
		const root = mkdtempSync(path.join(tmpdir(), "survey-vault-fs-"));
		const vault = path.join(root, "vault");
		const store = new FsStore(vault);
		try {
			await fc.assert(
				fc.asyncProperty(fc.array(fc.oneof(hostileFragment, fc.string({ maxLength: 6 })), { maxLength: 8 }), async (parts) => {
					const p = parts.join("");
					await store.create(p, "x").catch(() => undefined);
					await store.createFolder(p).catch(() => undefined);
					expect(readdirSync(root).filter((f) => f !== "vault")).toEqual([]);
				}),
				{ numRuns: 200 },
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
