// Test notes for comparison tables, on topics of their own; shared by the plugin and CLI tests.

/** A paper note's text from its properties. */
export function paperNote(props: Record<string, unknown>, body = "Summary.\n"): string {
	const yaml = Object.entries({ type: "paper", ...props })
		.map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join("\n")}` : `${k}: ${JSON.stringify(v)}`))
		.join("\n");
	return `---\n${yaml}\n---\n${body}`;
}

/**
 * A test vault on topics of its own (ocean bioacoustics, glacier modelling,
 * compilers), with a direction note whose body links to two papers while a
 * third paper links to the direction from its properties.
 */
export const NOTES: Record<string, string> = {
	"Lib/Papers/Whale Song Atlas.md": paperNote({ title: "Whale Song Atlas", authors: ["Ines Moreau", "Kai Tanaka"], year: 2024, venue: "Interspeech", citations: 41, score: 4.2, directions: ["[[Ocean Bioacoustics]]"] }),
	"Lib/Papers/Reef Noise Index.md": paperNote({ title: "Reef Noise Index", authors: ["Kai Tanaka"], year: "2025", venue: "ICASSP", citations: 7, score: 3.1, directions: ["[[Ocean Bioacoustics]]"] }),
	"Lib/Papers/Ice Sheet Emulator.md": paperNote({ title: "Ice Sheet Emulator", authors: ["Sigrid Holm"], year: 2026, venue: "NeurIPS", citations: 0, score: 3.8, directions: ["[[Glacier Modelling]]"] }),
	"Lib/Papers/Krill Chorus.md": paperNote({ title: "Krill Chorus", authors: ["Ines Moreau"], year: 2023, venue: "JASA", citations: 19, directions: ["[[Ocean Bioacoustics]]"] }),
	"Archive/Loop Tiling Revisited.md": paperNote({ title: "Loop Tiling Revisited", authors: ["Ada Brook"], year: 2023, venue: "PLDI", citations: 130, score: 2.5 }),
	"Lib/Directions/Ocean Bioacoustics.md": "---\ntype: direction\n---\n# Ocean Bioacoustics\n\n- [[Whale Song Atlas]]\n- [[Reef Noise Index|Reef noise]]\n\n```paper-table\n```\n",
	"Lib/Notes/Reading.md": "# Reading list\n",
};
