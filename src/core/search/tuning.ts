/**
 * Every number search is tuned by, in one place, each with why it has the
 * value it has. The figures quoted are from `npm run bench` on the realistic
 * corpus (docs/search.md has the table).
 */

/**
 * How many papers fuse.js itself scores per keystroke (its Bitap matcher on
 * every field value). They are the best by an estimate that is exact for a
 * word matched inside one word, and only errs for a match that crosses a
 * space; fuse.js's own score then decides. Scoring a paper with real-length
 * text costs some 30–60 µs, so this bounds the exact step to a few
 * milliseconds at any library size.
 */
export const EXACT_BUDGET = 30;

/**
 * How many papers holding every query word but one are scored exactly as
 * well: fuse.js matches a word across spaces too ("n no" holds "nano" with
 * one edit), which only the exact step sees. Such a paper can only rank
 * high through the other words, so the best of them by those are enough;
 * 30 brought agreement with plain fuse.js's top five from 87% to (see
 * docs/search.md) of the keystrokes of the agreement test.
 */
export const NEAR_BUDGET = 60;

/**
 * How many times the exact budget are estimated a second time, reading
 * list fields (authors, tags…) entry by entry: fuse.js multiplies the
 * scores of several matching entries, which the word index cannot count.
 */
export const SHORTLIST = 4;

/**
 * How many term matches (one query word's matches against the vocabulary)
 * are kept between keystrokes: the words of a query typed so far, a few
 * queries back. Each holds one byte per paper and field.
 */
export const TERM_CACHE_SIZE = 24;

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
