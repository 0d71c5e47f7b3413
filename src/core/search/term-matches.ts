import { tokenPieces } from "./token-pieces";

/** What fuse.js's matcher for one query term answers for one field value. */
export interface TermMatch {
	isMatch: boolean;
	score: number;
	indices?: ReadonlyArray<readonly [number, number]>;
}

/** fuse.js's matcher for one query term (its `BitapSearch`). */
export interface TermSearcher {
	searchIn(text: string): TermMatch;
}

/** fuse.js's answer for a value the term does not match. */
const NO_MATCH: TermMatch = { isMatch: false, score: 1 };

/** How many answers are kept in all, across terms: some 150 bytes each, with their map entry. */
const ANSWER_BUDGET = 1 << 14;
/** How many terms keep their answers. */
const TERM_CAPACITY = 64;

/** One term's kept answers, and the pieces any value it matches holds (null: no such test). */
interface TermAnswers {
	pieces: string[] | null;
	byText: Map<string, TermMatch>;
	/** The searcher that last used them. */
	generation: number;
}

/**
 * fuse.js's answers to "does this term match this field value, and how
 * well", kept between keystrokes. While a query is typed, only its last
 * word changes; the other words are matched against mostly the same papers
 * again, and fuse.js's matcher is a pure function of the term, the options
 * and the text. A value holding none of the term's pieces (see
 * `tokenPieces`) cannot match it, so fuse.js is not asked. fuse.js still
 * does all the matching and all the combining; it is spared the words it
 * has already read, and those that are not there. Callers keep one instance
 * per set of fuse.js options.
 */
export class TermMatchCache {
	private byTerm = new Map<string, TermAnswers>();
	private answers = 0;
	/** Counts the searchers attached; the terms of the latest one are never evicted. */
	private generation = 0;

	/**
	 * `threshold`: fuse.js's, which bounds the typos a match may hold;
	 * `budget`: how many answers may be kept in all.
	 */
	constructor(
		private readonly threshold: number,
		private readonly budget = ANSWER_BUDGET,
	) {}

	/** How many answers are kept. */
	get size(): number {
		return this.answers;
	}

	/**
	 * Lets fuse.js's token searcher (the `TokenSearch` it builds for a
	 * query) use the kept answers: each of its per-term matchers is wrapped.
	 * Returns false, and changes nothing, when the searcher is not of the
	 * shape this version of fuse.js has.
	 */
	attach(searcher: object): boolean {
		const matchers = termSearchersOf(searcher);
		if (!matchers) return false;
		this.generation++;
		matchers.forEach((matcher, i) => {
			const known = this.answersFor(matcher.pattern);
			matchers[i] = { pattern: matcher.pattern, searchIn: (text: string) => this.match(known, text, matcher) };
		});
		return true;
	}

	/** A term's answers, now the most recently used. */
	private answersFor(term: string): TermAnswers {
		let known = this.byTerm.get(term);
		// Re-inserting keeps the Map's order least recently used first.
		if (known) this.byTerm.delete(term);
		else known = { pieces: tokenPieces([term], this.threshold), byText: new Map(), generation: 0 };
		known.generation = this.generation;
		this.byTerm.set(term, known);
		this.evict();
		return known;
	}

	private match(known: TermAnswers, text: string, matcher: TermSearcher): TermMatch {
		let answer = known.byText.get(text);
		if (!answer) {
			answer = mayMatch(known.pieces, text) ? matcher.searchIn(text) : NO_MATCH;
			if (this.answers < this.budget) {
				known.byText.set(text, answer);
				this.answers++;
			}
		}
		// fuse.js merges the ranges of all terms in place: it gets its own copies.
		return answer.indices ? { ...answer, indices: answer.indices.map(([start, end]) => [start, end] as const) } : answer;
	}

	/** Drops the terms used longest ago while over budget, never those of the latest searcher. */
	private evict(): void {
		for (const [term, known] of this.byTerm) {
			if ((this.answers <= this.budget / 2 && this.byTerm.size <= TERM_CAPACITY) || known.generation === this.generation) return;
			this.byTerm.delete(term);
			this.answers -= known.byText.size;
		}
	}
}

function mayMatch(pieces: string[] | null, text: string): boolean {
	if (pieces === null) return true;
	const lower = text.toLowerCase();
	return pieces.some((piece) => lower.includes(piece));
}

interface PatternSearcher extends TermSearcher {
	pattern: string;
}

/** The per-term matchers of a fuse.js token searcher, or null when it has none. */
function termSearchersOf(searcher: object): PatternSearcher[] | null {
	const matchers: unknown = (searcher as { termSearchers?: unknown }).termSearchers;
	if (!Array.isArray(matchers)) return null;
	const valid = matchers.every((m: unknown) => typeof m === "object" && m !== null && typeof (m as { pattern?: unknown }).pattern === "string" && typeof (m as { searchIn?: unknown }).searchIn === "function");
	return valid ? (matchers as PatternSearcher[]) : null;
}
