import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { findFrontmatter, parseNoteFrontmatter } from "../../../src/core/markdown/frontmatter";
import { renderNewNote } from "../../../src/core/notes/note-merge";
import { yamlEntry } from "../../../src/core/notes/yaml-writer";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { importText } from "../../support/import";
import { digestSurvey } from "../../support/survey-builder";

/**
 * What a strict YAML 1.1 reader (PyYAML, js-yaml 3) accepts in a stream:
 * printable characters only, quoted or not (YAML 1.1 §5.1). The `yaml`
 * package is lenient here, so this is checked on its own.
 */
const NOT_PRINTABLE = /[^\t\n\r\u0020-\u007e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** The frontmatter of a note read by a second, independent parser under both YAML versions; throws on any error. */
function strictRead(note: string): Array<Record<string, unknown>> {
	const block = findFrontmatter(note);
	if (!block) throw new Error("no frontmatter");
	const bad = NOT_PRINTABLE.exec(block.yaml);
	if (bad) throw new Error(`non-printable U+${(bad[0].codePointAt(0) ?? 0).toString(16)} in frontmatter`);
	return (["1.1", "1.2"] as const).map((version) => {
		const doc = parseDocument(block.yaml, { version, merge: version === "1.1", uniqueKeys: true, prettyErrors: false });
		if (doc.errors.length > 0 || doc.warnings.length > 0) throw new Error(`YAML ${version}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join("; ")}`);
		return doc.toJS() as Record<string, unknown>;
	});
}

/** The parser's values as our reader gives them: a YAML date at midnight as yyyy-MM-dd. */
function asPlainDates(data: Record<string, unknown>): unknown {
	return JSON.parse(JSON.stringify(data), (_, v: unknown) => (typeof v === "string" ? v.replace(/^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/, "$1") : v));
}

const awkward = fc.oneof(
	fc.string({ maxLength: 40, unit: "binary" }),
	fc.string({ maxLength: 40, unit: "grapheme" }),
	fc.constantFrom("<<", "=", ".", "-.", "1.2.3", "._", "yes", "No", "on", "y", "~", "1:20", "190:20:30.15", "0b1010", "0x_1F", "1_000", "685.230_15e+03", "2024-1-5", "2024-05-01", "2024-05-01 10:00", ".5e3", "+.inf", "a\u007fb", "\u0085", "\ufeffBOM", "x\ud800y", "%TAG", "- x", "? k", "a: b"),
);

describe("every written note parses for strict YAML parsers too", () => {
	it("a property written for any title and key reads back exactly, under YAML 1.1 and 1.2", () => {
		fc.assert(
			fc.property(awkward, awkward, (title, key) => {
				fc.pre(key !== "type" && key !== "title" && key.length < 1000);
				const note = renderNewNote({ properties: [["type", "paper"], ["title", title], [key, title]], regions: [] });
				for (const data of strictRead(note)) {
					expect(data.title).toBe(title.trim() === "" ? undefined : title);
					if (title.trim() !== "") expect(data[key]).toBe(title);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it("a title that is a date stays text, while the import date stays a date", () => {
		expect(yamlEntry("title", "2024-05-01")).toBe('title: "2024-05-01"\n');
		expect(yamlEntry("imported", "2024-05-01")).toBe("imported: 2024-05-01\n");
		expect(yamlEntry("imported", "2024-02-30")).toBe('imported: "2024-02-30"\n');
		expect(yamlEntry("title", "a\u007fb")).toBe('title: "a\\u007fb"\n');
		expect(yamlEntry("<<", "x")).toBe('"<<": x\n');
		expect(yamlEntry("yes", "=")).toBe('"yes": "="\n');
	});

	it("every note an import writes for random titles parses under both parsers, with the same values", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(awkward, { minLength: 1, maxLength: 4 }), async (titles) => {
				const store = new MemoryStore();
				// NUL makes the survey read as a binary file, refused before anything is written.
				await importText(store, digestSurvey(titles.map((title) => ({ title: title.replace(/\0/g, "") }))), "random.md");
				for (const [path, text] of Object.entries(store.snapshot())) {
					const ours = parseNoteFrontmatter(text);
					for (const data of strictRead(text)) expect(asPlainDates(data), path).toEqual(ours);
				}
			}),
			{ numRuns: 150 },
		);
	});
});
