import { findFrontmatter } from "../markdown/frontmatter";
import { findRegions } from "../notes/regions";

/** How much of a paper's summaries is searched: enough for what surveys say about it, bounded for speed. */
export const SUMMARY_LIMIT = 1500;

/**
 * What the surveys say about a paper, as plain text for search: the text of
 * the note's survey regions, without their headings, with wikilinks reduced
 * to what they show and emphasis marks dropped. Undefined when there is none.
 */
export function summaryFromNote(text: string): string | undefined {
	const block = findFrontmatter(text);
	const body = block ? text.slice(block.end) : text;
	const parts = findRegions(body)
		.filter((r) => r.id.startsWith("survey:"))
		.map((r) =>
			r.content
				.split("\n")
				.filter((line) => !/^#{1,6}\s/.test(line))
				.join(" ")
				.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
				.replace(/\[\[([^\]]*)\]\]/g, "$1")
				.replace(/\*\*|__/g, "")
				.replace(/\s+/g, " ")
				.trim(),
		)
		.filter((p) => p !== "");
	if (parts.length === 0) return undefined;
	const summary = parts.join(" ");
	return summary.length > SUMMARY_LIMIT ? summary.slice(0, SUMMARY_LIMIT) : summary;
}
