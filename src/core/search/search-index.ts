import type { PaperRecord } from "../papers/paper-record";
import { FuseScorer } from "./fuse-scorer";
import { HitCache } from "./hit-cache";
import { PaperIndex } from "./paper-index";

/**
 * Everything `searchPapers` needs: the papers' haystacks and vocabulary, the
 * matches of recent terms (so a keystroke narrows the previous one's), and
 * the papers' fuse.js records. Edit it one paper at a time; the caches follow.
 */
export class SearchIndex {
	readonly papers: PaperIndex;
	readonly hits = new HitCache();
	readonly scorer = new FuseScorer();

	constructor(records: Iterable<PaperRecord> = []) {
		this.papers = new PaperIndex(records);
	}

	get size(): number {
		return this.papers.size;
	}

	get(path: string): PaperRecord | undefined {
		return this.papers.get(path);
	}

	/** Adds a paper or replaces the one with the same path. */
	upsert(record: PaperRecord): void {
		this.papers.upsert(record);
	}

	remove(path: string): boolean {
		return this.papers.remove(path);
	}

	/** Follows a renamed note. */
	rename(oldPath: string, record: PaperRecord): void {
		this.papers.rename(oldPath, record);
	}
}

/** Builds the search index over a set of paper records. */
export function createSearchIndex(records: Iterable<PaperRecord>): SearchIndex {
	return new SearchIndex(records);
}
