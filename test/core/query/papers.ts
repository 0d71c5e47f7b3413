import type { FrontmatterData } from "../../../src/core/markdown/frontmatter";
import { toPaperRecord, type PaperRecord } from "../../../src/core/papers/paper-record";
import { StaticLinkGraph } from "../../../src/core/query/static-link-graph";
import type { QueryEnv, RecordSource } from "../../../src/core/query/table-model";

/** A paper record from a path and its properties (type: paper is added). */
export function paper(path: string, props: FrontmatterData): PaperRecord {
	return toPaperRecord(path, { type: "paper", ...props });
}

/**
 * A small library on topics of its own: ocean bioacoustics, glacier
 * modelling and compiler optimisation. Values are deliberately uneven:
 * a year written as a string, a missing score, Chinese titles, a nested tag.
 */
export function library(): PaperRecord[] {
	return [
		paper("Lib/Papers/Whale Song Atlas.md", { title: "Whale Song Atlas", authors: ["Ines Moreau", "Kai Tanaka"], year: 2024, venue: "Interspeech", citations: 41, score: 4.2, directions: ["[[Ocean Bioacoustics]]"], tags: ["paper", "acoustics"], imported: "2026-03-02" }),
		paper("Lib/Papers/Reef Noise Index.md", { title: "Reef Noise Index", authors: ["Kai Tanaka"], year: "2025", venue: "ICASSP", citations: 7, score: 3.1, directions: ["[[Ocean Bioacoustics]]"], tags: ["paper", "acoustics/reef"], imported: "2026-05-19" }),
		paper("Lib/Papers/Ice Sheet Emulator.md", { title: "Ice Sheet Emulator", authors: ["Sigrid Holm"], year: 2026, venue: "NeurIPS", citations: 0, score: 3.8, directions: ["[[Glacier Modelling]]"], tags: ["paper", "climate"], imported: "2026-07-01" }),
		paper("Lib/Papers/冰川消融预测.md", { title: "冰川消融预测", authors: ["王芳"], year: 2025, venue: "NeurIPS", citations: 12, directions: ["[[Glacier Modelling]]", "[[Ocean Bioacoustics]]"], tags: ["paper", "climate"] }),
		paper("Lib/Papers/Loop Tiling Revisited.md", { title: "Loop Tiling Revisited", authors: ["Ada Brook", "Ines Moreau"], year: 2023, venue: "PLDI", citations: 130, score: 2.5, directions: ["[[Compiler Optimisation]]"], tags: ["paper", "compilers"], imported: "2026-01-10" }),
		paper("Archive/Register Allocation Notes.md", { title: "Register Allocation Notes", authors: ["Ada Brook"], year: 2019, citations: 3, score: 1.9, tags: ["paper", "compilers"] }),
	];
}

export function recordSource(records: PaperRecord[]): RecordSource {
	const byPath = new Map(records.map((r) => [r.path, r]));
	return { get: (p) => byPath.get(p), all: () => byPath.values() };
}

/** A link graph: direction notes link to their papers; papers link back through `directions`. */
export function libraryGraph(records: PaperRecord[], extra: Array<{ path: string; links: string[] }> = []): StaticLinkGraph {
	return new StaticLinkGraph([
		...records.map((r) => ({ path: r.path, links: r.directions })),
		{ path: "Lib/Directions/Ocean Bioacoustics.md", links: ["Whale Song Atlas", "Reef Noise Index"] },
		{ path: "Lib/Directions/Glacier Modelling.md", links: ["Ice Sheet Emulator"] },
		{ path: "Lib/Directions/Compiler Optimisation.md", links: [] },
		...extra,
	]);
}

export function env(records: PaperRecord[] = library(), extra: Partial<QueryEnv> = {}): QueryEnv {
	return { records: recordSource(records), links: libraryGraph(records), sourcePath: "Lib/Notes/Reading.md", ...extra };
}
