import { describe, expect, it } from "vitest";
import { papersOf, readVaultNotes, type ReadNote } from "../../src/core/papers/paper-reader";
import type { NoteStore } from "../../src/core/store/note-store";

/** Notes in the importer's shapes, and the odd ones a user's vault holds. */
export const READER_NOTES: Record<string, string> = {
	"Research/Papers/Kelp Canopy Mapping.md": [
		"---",
		"type: paper",
		"title: Kelp Canopy Mapping from Drone Swarms",
		"authors: [Ines Varga, Tomas Lund]",
		"year: 2024",
		"arxiv: '2405.01234'",
		'directions: ["[[Coastal Remote Sensing]]"]',
		"tags: [\"#ocean\", survey-vault]",
		"---",
		"# Kelp Canopy Mapping from Drone Swarms",
		"",
		"%% survey-vault:begin survey:abc %%",
		"## From Ocean Sensing Review",
		"Counts kelp rafts with [[Coastal Remote Sensing|drones]] at dawn.",
		"%% survey-vault:end survey:abc %%",
		"",
	].join("\n"),
	"Research/Papers/Tidal Lidar.md": "---\ntype: [note, Paper]\ntitle: Tidal Lidar\nyear: '2023'\ncitations: 12\n---\nMy own words.\n",
	"Research/Directions/Coastal Remote Sensing.md": "---\ntype: direction\ntitle: Coastal Remote Sensing\n---\n[[Kelp Canopy Mapping]]\n",
	"Inbox/Broken.md": "---\ntype: paper\ntitle: [never closed\n---\nBody.\n",
	"Inbox/Plain.md": "No properties at all.\n",
};

/**
 * What the one paper reader answers for a vault, whatever store it reads:
 * run against the CLI's file store and the Obsidian vault store alike, so
 * search, tables and the importer see the same papers everywhere.
 */
export function describePaperReaderContract(name: string, make: (notes: Record<string, string>) => Promise<NoteStore>): void {
	describe(`${name} (paper reader contract)`, () => {
		const read = async (options = {}): Promise<ReadNote[]> => readVaultNotes(await make(READER_NOTES), options);

		it("reads paper notes, by type in any case or in a list, into records; other notes into their properties", async () => {
			const notes = await read();
			expect(notes.map((n) => n.reading.path)).toEqual([...Object.keys(READER_NOTES)].sort());
			const { papers } = papersOf(notes);
			expect(papers.map((p) => p.title)).toEqual(["Kelp Canopy Mapping from Drone Swarms", "Tidal Lidar"]);
			const [kelp, lidar] = papers;
			expect(kelp).toMatchObject({ authors: ["Ines Varga", "Tomas Lund"], year: 2024, arxiv: "2405.01234", directions: ["Coastal Remote Sensing"], tags: ["ocean", "survey-vault"] });
			expect(lidar).toMatchObject({ year: 2023, citations: 12 });
			const direction = notes.find((n) => n.reading.path.startsWith("Research/Directions/"))?.reading;
			expect(direction).toMatchObject({ ok: true, paper: null, properties: { type: "direction", title: "Coastal Remote Sensing" } });
		});

		it("leaves out a note whose properties cannot be read, saying why and on which line", async () => {
			const { skipped } = papersOf(await read());
			expect(skipped).toEqual([expect.objectContaining({ path: "Inbox/Broken.md", ok: false, cause: "properties", reason: expect.stringMatching(/^invalid YAML in frontmatter/), line: expect.any(Number) })]);
		});

		it("reads what surveys say of a paper only when asked, and keeps text only when asked", async () => {
			const plain = await read();
			expect(papersOf(plain).papers[0].summary).toBeUndefined();
			expect(plain.every((n) => n.text === undefined)).toBe(true);
			const withSummary = await read({ summary: true, keepText: true });
			expect(papersOf(withSummary).papers[0].summary).toBe("Counts kelp rafts with drones at dawn.");
			expect(withSummary.find((n) => n.reading.path === "Inbox/Plain.md")?.text).toBe("No properties at all.\n");
		});

		it("reads the same properties when it reads no more of each note than its frontmatter", async () => {
			const whole = (await read()).map((n) => n.reading);
			expect((await read({ frontmatterOnly: true })).map((n) => n.reading)).toEqual(whole);
		});

		it("answers only for paper notes when only papers matter", async () => {
			const direction = (await read({ papersOnly: true })).find((n) => n.reading.path.startsWith("Research/Directions/"))?.reading;
			expect(direction).toEqual({ path: "Research/Directions/Coastal Remote Sensing.md", ok: true, properties: {}, paper: null });
		});
	});
}
