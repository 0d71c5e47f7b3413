/**
 * Every number search is tuned by, in one place, each with why it has the
 * value it has. The figures quoted are from `npm run bench` on the realistic
 * corpus (docs/search.md has the table).
 */

/**
 * How many papers are scored exactly per keystroke (each query word against
 * each field value), at least as many as the results asked for. They are
 * the best by an estimate that is exact for a word matched inside one word
 * and only errs for a match across a space, which the near candidates
 * cover (with 45 of them, 20 agree with plain fuse.js on 96.2% of the
 * agreement test's keystrokes; 30 with 60 on 96.9%, for a slower p95).
 * Scoring a paper with real-length text costs some 20–50 µs, so this
 * bounds the exact step at any library size.
 */
export const EXACT_BUDGET = 20;

/**
 * How many papers holding every query word but one are scored exactly as
 * well: fuse.js matches a word across spaces too ("n no" holds "nano" with
 * one edit), which only the exact step sees. Such a paper can only rank
 * high through the other words, so the best of them by those are enough;
 * measured on the agreement test's keystrokes, none gave 87% agreement
 * with plain fuse.js's top five, 30 gave 94.9%, 45 96.2% and 60 96.9%
 * (with an exact budget of 30); each one costs a comparison of the missed
 * word with the paper's text.
 */
export const NEAR_BUDGET = 45;

/**
 * Near candidates are looked at only while fewer papers than this hold
 * every word: with more, a paper missing one of them is far from the top
 * five, and estimating the tens of thousands of papers a common word
 * leaves near was most of the slowest keystrokes at 50,000 papers. At
 * 1,000 the agreement test's figure is unchanged (96.2%); at 200 it fell
 * to 95.9%.
 */
export const NEAR_UNDER = 1000;

/**
 * How many times the exact budget are estimated a second time, reading
 * list fields (authors, tags…) entry by entry: fuse.js multiplies the
 * scores of several matching entries, which the word index cannot count.
 */
export const SHORTLIST = 4;

/**
 * How many term matches (one query word's matches against the vocabulary)
 * are kept between keystrokes: the words of a query typed so far, a few
 * queries back. Each holds one byte per paper and field (800 KB at 50,000
 * papers), so more would cost memory the benchmark's queries never reuse.
 */
export const TERM_CACHE_SIZE = 12;

/**
 * A query word run together from two ("diffusionpolicy") is looked for as
 * its two halves when the word alone matches fewer papers than this: fuse.js
 * matches it across the space, which a word index cannot see.
 */
export const RUN_TOGETHER_BELOW = 20;

/** The shortest half a run-together word is split into: shorter halves match nearly every paper. */
export const RUN_TOGETHER_MIN_HALF = 3;

/**
 * The relaxed pass, for typos beyond fuse.js's tolerance, runs when the
 * query finds nothing: one extra edit per word of six letters or more (a
 * transposition is two edits to fuse.js; in shorter words two edits match
 * too many other words, so only two swapped letters are undone there), and
 * in Chinese up to two missing character pairs
 * (one wrong character breaks two pairs).
 */
export const RELAXED_WORD_MIN = 6;
export const RELAXED_MISSING_CJK_PAIRS = 2;
/** A Chinese run must keep this many character pairs for the relaxed pass to drop any. */
export const RELAXED_CJK_MIN_PAIRS = 3;

/**
 * Papers whose prose an interface indexes per batch after the first build
 * (see `SearchIndex.indexDeferred`): at about 90 µs a paper with a method,
 * an innovation and a 200-word summary, a batch takes under 5 ms, well
 * inside a frame.
 */
export const PROSE_BATCH = 50;

/**
 * Filters whose verdicts per paper are kept between keystrokes: those of the
 * query being typed, with a few letters of each value typed before. One byte
 * per paper each (50 KB at 50,000 papers).
 */
export const FILTER_CACHE_SIZE = 8;
