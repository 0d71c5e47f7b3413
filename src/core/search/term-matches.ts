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
const NO_MATCH: TermMatch = Object.freeze({ isMatch: false, score: 1 });

/** What the kept answers may take in all, counted by `bytesOf`: about 4 MB. */
const BUDGET_BYTES = 4 << 20;
/** How many terms keep their answers. */
const TERM_CAPACITY = 64;

/**
 * What keeping an answer costs: the answer and its map entry, and the text
 * it is kept for, which the cache keeps alive after its paper is edited or
 * dropped from the scorer.
 */
function bytesOf(text: string): number {
	return 150 + 2 * text.length;
}

/** One term's kept answers, and the pieces any value it matches holds (null: no such test). */
interface TermAnswers {
	term: string;
	pieces: string[] | null;
	byText: Map<string, TermMatch>;
	/** What its answers take, by `bytesOf`. */
	bytes: number;
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
	private bytes = 0;
	/** Counts the searchers attached; the terms of the latest one are never evicted. */
	private generation = 0;

	/**
	 * `threshold`: fuse.js's, which bounds the typos a match may hold;
	 * `budget`: what the kept answers may take in all, in bytes, roughly.
	 */
	constructor(
		private readonly threshold: number,
		private readonly budget = BUDGET_BYTES,
	) {}

	/** What the kept answers take, in bytes, roughly. */
	get size(): number {
		return this.bytes;
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
		// Every term of this query is marked in use before any eviction, so none of them is dropped for another.
		const answers = matchers.map((matcher) => this.answersFor(matcher.pattern));
		this.evict();
		matchers.forEach((matcher, i) => {
			const known = answers[i];
			matchers[i] = { pattern: matcher.pattern, searchIn: (text: string) => this.match(known, text, matcher) };
		});
		return true;
	}

	/** A term's answers, now the most recently used. */
	private answersFor(term: string): TermAnswers {
		let known = this.byTerm.get(term);
		// Re-inserting keeps the Map's order least recently used first.
		if (known) this.byTerm.delete(term);
		else known = { term, pieces: tokenPieces([term], this.threshold), byText: new Map(), bytes: 0, generation: 0 };
		known.generation = this.generation;
		this.byTerm.set(term, known);
		return known;
	}

	private match(known: TermAnswers, text: string, matcher: TermSearcher): TermMatch {
		const kept = known.byText.get(text);
		if (kept) return copied(kept);
		// A value without any of the term's pieces costs one scan to answer again: only fuse.js's answers are kept.
		if (!mayMatch(known.pieces, text)) return NO_MATCH;
		const answer = matcher.searchIn(text);
		const bytes = bytesOf(text);
		// A searcher attached earlier may still be in use after its terms were evicted: they are not kept again.
		if (this.bytes + bytes <= this.budget && this.byTerm.get(known.term) === known) {
			known.byText.set(text, answer);
			known.bytes += bytes;
			this.bytes += bytes;
		}
		return copied(answer);
	}

	/**
	 * Drops the terms used longest ago, never those of the latest searcher,
	 * down to half the budget, so the keystrokes that follow can keep their
	 * answers without evicting again.
	 */
	private evict(): void {
		for (const [term, known] of this.byTerm) {
			if ((this.bytes <= this.budget / 2 && this.byTerm.size <= TERM_CAPACITY) || known.generation === this.generation) return;
			this.byTerm.delete(term);
			this.bytes -= known.bytes;
		}
	}
}

/** fuse.js merges the ranges of all terms in place: it gets its own copies. */
function copied(answer: TermMatch): TermMatch {
	return answer.indices ? { ...answer, indices: answer.indices.map(([start, end]) => [start, end] as const) } : answer;
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
