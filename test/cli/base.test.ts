import { describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";
import { NOTES } from "../support/table-notes";

const tempVault = useTempVaults("survey-vault-base");

interface BaseFile {
	filters: { and: string[] };
	formulas: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: Array<{ type: string; name: string; order: string[]; groupBy?: { property: string; direction: string }; summaries?: Record<string, string> }>;
}

describe("survey-vault base", () => {
	it("writes a .base file with a type filter, table, cards and grouped views, and types the properties", async () => {
		const vault = await tempVault({ ...NOTES, ".obsidian/types.json": '{\n  "types": {\n    "year": "text"\n  }\n}\n' });
		const io = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault], io)).toBe(0);
		expect(io.out).toMatch(/^Created Research\/Papers\.base\nTyped 19 properties in \.obsidian\/types\.json/);
		const base = parseYaml(await readFile(path.join(vault, "Research/Papers.base"), "utf8"), { strict: true, uniqueKeys: true }) as BaseFile;
		expect(base.filters.and).toEqual(['type == "paper"', 'file.inFolder("Research/Papers")']);
		expect(Object.keys(base.formulas)).toEqual(["age", "citations_per_year"]);
		expect(base.views.map((v) => v.type)).toEqual(["table", "cards", "table"]);
		expect(base.views[0].order).toContain("formula.citations_per_year");
		expect(base.views[0].summaries).toEqual({ "note.citations": "Sum", "note.score": "Average", "note.year": "Range" });
		expect(base.views[2].groupBy).toEqual({ property: "note.directions", direction: "ASC" });
		for (const v of base.views) for (const key of v.order) if (key.startsWith("formula.")) expect(base.formulas).toHaveProperty(key.slice(8));

		const types = JSON.parse(await readFile(path.join(vault, ".obsidian/types.json"), "utf8")) as { types: Record<string, string> };
		expect(types.types).toMatchObject({ year: "text", citations: "number", authors: "multitext", directions: "multitext", imported: "date", tags: "tags", aliases: "aliases" });

		const again = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault], again)).toBe(0);
		expect(again.out).toBe("Unchanged: Research/Papers.base\n");
	});

	it("never replaces a .base the user edited, unless told to", async () => {
		const vault = await tempVault(NOTES);
		await runCli(["base", "--vault", vault, "--out", "Views/Papers.base"], recordingIo(vault));
		const file = path.join(vault, "Views/Papers.base");
		await writeFile(file, "views:\n  - type: table\n    name: Mine\n");
		const io = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault, "--out", "Views/Papers.base"], io)).toBe(1);
		expect(io.err).toContain("Views/Papers.base already exists with other content (your edits?); not overwritten. Pass --force to replace it");
		expect(await readFile(file, "utf8")).toBe("views:\n  - type: table\n    name: Mine\n");
		expect(await runCli(["base", "--vault", vault, "--out", "Views/Papers.base", "--force"], recordingIo(vault))).toBe(0);
		expect(await readFile(file, "utf8")).toContain("type: cards");
	});

	it("writes a direction's own .base beside its note, filtered to its papers", async () => {
		const vault = await tempVault(NOTES);
		const io = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault, "--direction", "Lib/Directions/Ocean Bioacoustics"], io)).toBe(0);
		const base = parseYaml(await readFile(path.join(vault, "Lib/Directions/Ocean Bioacoustics.base"), "utf8")) as BaseFile;
		expect(base.filters.and).toContain('file.hasLink("Lib/Directions/Ocean Bioacoustics")');
		expect(base.views.map((v) => [v.type, v.name])).toEqual([["table", "Ocean Bioacoustics"], ["cards", "Ocean Bioacoustics (cards)"]]);

		const notDirection = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault, "--direction", "Lib/Papers/Krill Chorus.md"], notDirection)).toBe(1);
		expect(notDirection.err).toContain('is not a direction note (its type is "paper")');
		const outside = recordingIo(vault);
		expect(await runCli(["base", "--vault", vault, "--out", "../x.base"], outside)).toBe(2);
	});
});
