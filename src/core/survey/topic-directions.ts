import type { Group } from "./grouping";
import { normaliseTitle } from "./paper-id";
import type { Draft } from "./paper-registry";
import { NON_TOPIC_HEADING } from "./vocabulary";

/** A heading of the body and the papers listed under it, before any sub-heading. */
export interface Topic extends Group {
	/** Heading level, 1–6. */
	depth: number;
}

/** True when a heading names its one paper ("MemGPT" over "MemGPT: Towards LLMs as Operating Systems"). */
function namedAfter(topic: Topic, draft: Draft): boolean {
	const name = normaliseTitle(topic.name).replace(/\s+/g, "");
	const title = normaliseTitle(draft.title?.value ?? "").replace(/\s+/g, "");
	if (name === "" || title === "") return false;
	return title.startsWith(name) || name.includes(title);
}

/**
 * The research directions a document's own headings make, when it names
 * none: each heading that holds papers directly is one, except headings that
 * sort by something other than topic (reading status, source, date, "Papers")
 * and headings that name their one paper. Those paper headings belong to the
 * heading above them, so "Memory Architectures" with one sub-heading per
 * system is the direction of all of them.
 */
export function directionsFromTopics(topics: readonly Topic[]): Group[] {
	const kept: Topic[] = topics.map((t) => ({ ...t, papers: [...t.papers] }));
	const isCard = kept.map((t) => t.papers.length === 1 && namedAfter(t, t.papers[0]));
	kept.forEach((t, i) => {
		if (!isCard[i]) return;
		for (let j = i - 1; j >= 0; j--) {
			if (kept[j].depth < t.depth) {
				if (!isCard[j] && !kept[j].papers.includes(t.papers[0])) kept[j].papers.push(t.papers[0]);
				break;
			}
		}
	});
	return kept.filter((t, i) => !isCard[i] && t.papers.length > 0 && !NON_TOPIC_HEADING.test(t.name));
}
