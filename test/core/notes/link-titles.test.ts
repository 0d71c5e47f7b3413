import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { importText } from "../../support/import";
import { unresolvedLinks } from "../../support/vault-checks";
import { parseNoteFrontmatter, type FrontmatterValue } from "../../../src/core/markdown/frontmatter";

function propertyTexts(value: FrontmatterValue | Record<string, FrontmatterValue>): string[] {
	if (typeof value === "string") return [value];
	if (value === null || typeof value !== "object") return [];
	return (Array.isArray(value) ? value : Object.values(value)).flatMap(propertyTexts);
}

/** A digest whose paper titles hold every character that means something inside a wikilink. */
const DIGEST = [
	"---",
	'title: "Odd titles digest"',
	"---",
	"",
	"## Link syntax in titles (5 papers)",
	"",
	"Mara Quist et al. [Parsing [[Wikilinks]] at Scale](https://arxiv.org/abs/2603.01001) read links in notes.",
	"",
	"Oren Vale et al. [Pipes | and Tables](https://arxiv.org/abs/2603.01002) join columns.",
	"",
	"Ilse Brand et al. [C# for Robots](https://arxiv.org/abs/2603.01003) control arms.",
	"",
	"Tomas Rehn et al. [Block ^refs Considered Useful](https://arxiv.org/abs/2603.01004) cite paragraphs.",
	"",
	"Lena Voss et al. [[[Whole Link|Title]]](https://arxiv.org/abs/2603.01005) is nothing but a link.",
	"",
].join("\n");

describe("titles holding [[, ]], |, # or ^", () => {
	it("still make links that all resolve", async () => {
		const store = new MemoryStore();
		const { plan } = await importText(store, DIGEST, "odd.md");
		expect(plan.notes.filter((n) => n.path.startsWith("Research/Papers/"))).toHaveLength(5);
		const files = store.snapshot();
		expect(unresolvedLinks(files)).toEqual([]);
		// Obsidian reads a [[link]] anywhere in a property's text: only whole-link values may hold one.
		const linkKeys = new Set(["directions", "trends", "surveys"]);
		const partLinks = Object.entries(files).flatMap(([path, text]) =>
			Object.entries(parseNoteFrontmatter(text))
				.filter(([key]) => !linkKeys.has(key))
				.flatMap(([key, value]) => propertyTexts(value).filter((v) => v.includes("[[")).map((v) => `${path}: ${key}: ${v}`)),
		);
		expect(partLinks).toEqual([]);
		const paper = parseNoteFrontmatter(files["Research/Papers/Parsing Wikilinks at Scale.md"]);
		expect(paper.title).toBe("Parsing [Wikilinks] at Scale");
		const again = await importText(store, DIGEST, "odd.md");
		expect(again.plan.notes.filter((n) => n.action !== "unchanged").map((n) => n.path)).toEqual([]);
	});
});
