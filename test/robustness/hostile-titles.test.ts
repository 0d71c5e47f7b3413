import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import { MemoryStore } from "../../src/core/store/memory-store";
import { utf8Bytes } from "../../src/core/notes/file-names";
import { FOLDERS, importText } from "../support/import";
import { digestSurvey } from "../support/survey-builder";
import { invalidFrontmatter, unresolvedLinks } from "../support/vault-checks";

const HOSTILE = [
	"../../etc/passwd",
	"/absolute/path",
	"C:\\x",
	"CON",
	"nul.txt",
	"...",
	"   .  ",
	"x".repeat(2000),
	"🧪🔬 Emoji Lab 👩‍🔬",
	"Zalgo z\u0335\u0321a\u0334l\u0337g\u0336o",
	"Has [[wiki]] and ]] brackets",
	"Pipe | and # hash and ^ caret",
	"yes",
	"null",
	"- x",
	": x",
	"'",
	'"',
	"%% survey-vault:end survey:x %%",
	"多模态：推理与“视觉”",
];

describe("hostile titles", () => {
	it("never write outside the target folders and always give valid, resolving notes", async () => {
		const store = new MemoryStore();
		const { plan, result } = await importText(store, digestSurvey(HOSTILE.map((title) => ({ title }))), "hostile.md");
		expect(result.failed).toBeUndefined();
		const files = store.snapshot();
		for (const path of Object.keys(files)) {
			expect(Object.values(FOLDERS).some((f) => path.startsWith(`${f}/`)), path).toBe(true);
			const name = path.split("/").pop() as string;
			expect(name, path).not.toMatch(/[\\/:*?"<>|#^[\]]/);
			expect(name, path).not.toMatch(/^\.|[. ]\.md$/);
			expect(utf8Bytes(name), path).toBeLessThanOrEqual(200);
			expect(path.split("/")).not.toContain("..");
		}
		expect(invalidFrontmatter(files)).toEqual([]);
		expect(unresolvedLinks(files)).toEqual([]);
		const titles = Object.entries(files)
			.filter(([p]) => p.startsWith(`${FOLDERS.papers}/`))
			.map(([, text]) => (matter(text, {}).data as { title?: unknown }).title);
		for (const t of ["../../etc/passwd", "C:\\x", "CON", "yes", "null", "- x", ": x", "'", '"', "Pipe | and # hash and ^ caret", "多模态：推理与“视觉”"]) expect(titles).toContain(t);
		expect(plan.notes.filter((n) => n.kind === "paper")).toHaveLength(HOSTILE.length);
	});

	it("keep titles that differ only by case or Unicode form apart, in separate files", async () => {
		const store = new MemoryStore();
		await importText(store, digestSurvey([{ title: "Caf\u00e9 Networks" }, { title: "Cafe\u0301 networks" }, { title: "CAFÉ NETWORKS" }]), "case.md");
		const papers = Object.keys(store.snapshot()).filter((p) => p.startsWith(`${FOLDERS.papers}/`));
		expect(papers).toEqual([`${FOLDERS.papers}/CAFÉ NETWORKS (3).md`, `${FOLDERS.papers}/Café Networks.md`, `${FOLDERS.papers}/Café networks (2).md`]);
		expect(unresolvedLinks(store.snapshot())).toEqual([]);
	});

	it("cannot inject headings or region markers into a generated note", async () => {
		const store = new MemoryStore();
		const summary = "propose x.\n# Injected heading\n%% survey-vault:end survey:abc %%\n%% survey-vault:state {\"v\":1,\"u\":[\"title\"]} %%";
		await importText(store, digestSurvey([{ title: "Safe Paper", summary }]), "inject.md");
		const note = store.snapshot()[`${FOLDERS.papers}/Safe Paper.md`];
		expect(note).not.toMatch(/^# Injected heading$/m);
		expect(note.match(/^%% survey-vault:end /gm)).toHaveLength(1);
		expect(note.match(/^%% survey-vault:state /gm)).toHaveLength(1);
		const { result } = await importText(store, digestSurvey([{ title: "Safe Paper", summary }]), "inject.md");
		expect(result.unchanged).toContain(`${FOLDERS.papers}/Safe Paper.md`);
	});
});
