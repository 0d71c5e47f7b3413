import { editDistance } from "./edit-distance";
import { TokenTable } from "./token-table";
import { forEachToken, isCorrectable } from "./tokens";

/** fuse.js reads `df.get(token)` only: this answers it from the counts, without a copy. */
class DocFreqView extends Map<string, number> {
	constructor(private readonly stats: TermStats) {
		super();
	}

	override get(token: string): number | undefined {
		return this.stats.docFreq(token) || undefined;
	}
}

/**
 * The corpus statistics fuse.js's token search weighs query tokens with
 * (how many field values hold each token, and how many field values there
 * are), counted exactly as fuse.js counts them, but kept current one paper at
 * a time, so fuse.js can score a few candidates as if it held every paper.
 * The tokens double as the vocabulary typos are corrected against.
 */
export class TermStats {
	private counts = new TokenTable();
	private stamp = 0;
	/** Field values with at least one token, as fuse.js counts them. */
	fieldCount = 0;
	private byInitial: Map<string, string[]> | null = null;

	/**
	 * Counts a paper's tokens from its haystack (see `buildHaystack`): the
	 * search fields, up to `end`, whose values are separated by line feeds and
	 * U+0001, each value counted as fuse.js counts a field value.
	 */
	add(haystack: string, end: number): void {
		this.count(haystack, end, 1);
	}

	remove(haystack: string, end: number): void {
		this.count(haystack, end, -1);
	}

	/** How many field values hold a token. */
	docFreq(token: string): number {
		return this.counts.get(token);
	}

	/** The statistics in the shape fuse.js keeps them, for its token search to read. */
	forFuse(): { fieldCount: number; df: Map<string, number> } {
		return { fieldCount: this.fieldCount, df: new DocFreqView(this) };
	}

	/** How rare a token is, as fuse.js's token search weighs it. */
	idf(token: string): number {
		const docFreq = this.docFreq(token);
		return Math.log(1 + (this.fieldCount - docFreq + 0.5) / (docFreq + 0.5));
	}

	/**
	 * Words within `maxEdits` typos of `term` (insertions, deletions,
	 * substitutions, swapped neighbours); with `asPrefix`, words that begin
	 * with such a string, for a word still being typed. Only words starting
	 * with the term's first or second letter are tried: a typo in the very
	 * first letter is rare, and this keeps the pass to a small share of the
	 * vocabulary. The closest words come first, then the most used.
	 */
	corrections(term: string, maxEdits: number, asPrefix: boolean, limit = 32): string[] {
		const found: Array<{ word: string; distance: number; n: number }> = [];
		for (const initial of new Set([term[0], term[1]])) {
			for (const word of this.wordsStartingWith(initial)) {
				if (!asPrefix && Math.abs(word.length - term.length) > maxEdits) continue;
				if (word.length < term.length - maxEdits || word === term) continue;
				const distance = editDistance(term, word, maxEdits, asPrefix);
				if (distance <= maxEdits) found.push({ word, distance, n: this.docFreq(word) });
			}
		}
		found.sort((a, b) => a.distance - b.distance || b.n - a.n || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
		return found.slice(0, limit).map((f) => f.word);
	}

	private count(haystack: string, end: number, delta: 1 | -1): void {
		let tokens = 0;
		// One round per field value: a token counts once per value, as in fuse.js.
		this.stamp++;
		const endValue = (): void => {
			if (tokens > 0) this.fieldCount += delta;
			tokens = 0;
			this.stamp++;
		};
		forEachToken(
			haystack,
			(source, start, stop, hash) => {
				if (this.counts.addRange(source, start, stop, hash, delta, this.stamp)) this.byInitial = null;
				tokens++;
			},
			endValue,
			end,
		);
		endValue();
	}

	private wordsStartingWith(initial: string): readonly string[] {
		if (!this.byInitial) {
			const lists = new Map<string, string[]>();
			for (const w of this.counts.tokens()) {
				if (w.length < 3 || !isCorrectable(w)) continue;
				const list = lists.get(w[0]);
				if (list) list.push(w);
				else lists.set(w[0], [w]);
			}
			this.byInitial = lists;
		}
		return this.byInitial.get(initial) ?? [];
	}
}
