import { seededRandom } from "./lib";
import { searchableText } from "./search-quality";
import { ZH_WORDS } from "./realistic-words";
import type { PaperRecord } from "../src/core/papers/paper-record";
import { searchTokens } from "../src/core/search/tokens";

export type QueryKind =
	| "title"
	| "partial"
	| "author-year"
	| "method"
	| "typo"
	| "two-typos"
	| "transposed"
	| "chinese"
	| "chinese-spaced"
	| "chinese-wrong"
	| "chinese-missing"
	| "backspace"
	| "filter-year"
	| "filter-venue"
	| "phrase"
	| "exclude";

/** A query a user would type to find one paper, and that paper. */
export interface BenchQuery {
	kind: QueryKind;
	/** The query as it stands when the user stops typing. */
	query: string;
	/** Path of the paper the query was written to find. */
	expected: string;
	/** What the search box holds after each keystroke, ending with `query`: every prefix, and for "backspace" the deletions too. */
	keystrokes: string[];
}

/** How many queries of each kind, about eighty in all. */
const COUNTS: Readonly<Record<QueryKind, number>> = {
	title: 6,
	partial: 10,
	"author-year": 6,
	method: 6,
	typo: 9,
	"two-typos": 10,
	transposed: 5,
	chinese: 4,
	"chinese-spaced": 4,
	"chinese-wrong": 3,
	"chinese-missing": 3,
	backspace: 4,
	"filter-year": 3,
	"filter-venue": 3,
	phrase: 3,
	exclude: 3,
};

const CJK = /[\u3400-\u9fff]/;
/** Words a user leaves out at either end of what they remember of a title. */
const FUNCTION_WORDS = new Set(["a", "all", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "need", "of", "on", "or", "the", "to", "via", "when", "with", "without", "you"]);
/** The corpus's Chinese words, and those its title patterns add, for putting spaces between words. */
const ZH_DICT = new Set([...ZH_WORDS, ..."面向 基于 方法 一种 框架 统一 驱动 研究 用于 综述 迈向 增强".split(" ")]);
/** Characters a Chinese fragment a user remembers neither starts nor ends with. */
const ZH_FUNCTION = new Set(["的", "与", "中"]);
const zhRunOk = (run: readonly string[]): boolean => !ZH_FUNCTION.has(run[0]) && !ZH_FUNCTION.has(run[run.length - 1]);
const ZH_CHARS = [...new Set(ZH_WORDS.join(""))];

/**
 * About eighty queries over `universe`, each written from one of its first
 * `poolSize` papers (so it exists in every smaller corpus cut from the same
 * one), one per paper. Each is made so the paper it means is well defined:
 * the words it was written from (before any typo) are, all together, in no
 * other paper's searchable text, a word counting as present when it is
 * inside one of the paper's words, as fuse.js finds it; filters, phrases and
 * excluded words are part of that check. Chinese words typed between
 * spaces are the exception: they need only be in no other title (see there).
 */
export function benchQueries(universe: readonly PaperRecord[], poolSize = 1000): BenchQuery[] {
	const rand = seededRandom(7);
	const text = new CorpusText(universe);
	const pool = universe.slice(0, poolSize);
	const english = pool.map((_, i) => i).filter((i) => !CJK.test(universe[i].title));
	const chinese = pool.map((_, i) => i).filter((i) => CJK.test(universe[i].title));
	const used = new Set<number>();
	const queries: BenchQuery[] = [];
	const unique = (doc: number, words: string, keep: (d: number) => boolean = () => true): boolean => {
		const holders = text.holders(words).filter(keep);
		return holders.length === 1 && holders[0] === doc;
	};
	const take = (kind: QueryKind, from: readonly number[], make: (doc: number, r: PaperRecord) => { query: string; keystrokes?: string[] } | null, count = COUNTS[kind]): void => {
		let made = 0;
		for (let tries = 0; made < count && tries < 2000; tries++) {
			const doc = from[Math.floor(rand() * from.length)];
			if (used.has(doc)) continue;
			const q = make(doc, universe[doc]);
			if (!q) continue;
			used.add(doc);
			queries.push({ kind, query: q.query, expected: universe[doc].path, keystrokes: q.keystrokes ?? prefixes(q.query) });
			made++;
		}
	};
	/** The shortest run of `min`..`max` consecutive subtitle words (distinct, passing `ok`) that only this paper holds. */
	const uniqueRun = (doc: number, min: number, max: number, ok: (run: string[]) => boolean = () => true, keep?: (d: number) => boolean): string[] | null => {
		const words = subtitleWords(universe[doc]);
		for (let n = min; n <= max; n++) {
			for (let start = 0; start + n <= words.length; start++) {
				const run = words.slice(start, start + n);
				if (new Set(run).size < n || FUNCTION_WORDS.has(run[0]) || FUNCTION_WORDS.has(run[n - 1]) || !ok(run)) continue;
				if (unique(doc, run.join(" "), keep)) return run;
			}
		}
		return null;
	};
	const long = (w: string): boolean => /^[a-z]{5,}$/.test(w);

	take("title", english, (doc, r) => (unique(doc, r.title) ? { query: r.title } : null));
	take("partial", english, (doc) => {
		const run = uniqueRun(doc, 2, 4);
		return run && { query: run.join(" ") };
	});
	take("author-year", english, (doc, r) => {
		const surnames = r.authors.map((a) => a.split(" ").pop()?.toLowerCase() ?? "").filter((s) => /^[a-zà-ÿ]{4,}$/.test(s));
		for (const surname of surnames) {
			if (unique(doc, `${surname} ${r.year}`)) return { query: `${surname} ${r.year}` };
		}
		// Most surnames are shared by many papers of a year in a large library: then one title word, as a user adds one.
		for (const surname of surnames) {
			for (const w of subtitleWords(r).filter(long)) if (unique(doc, `${surname} ${r.year} ${w}`)) return { query: `${surname} ${r.year} ${w}` };
		}
		return null;
	});
	take("method", english, (doc, r) => {
		const words = (r.method ?? "").toLowerCase().replace(/[.,%]/g, " ").split(/\s+/).filter((w) => w.length >= 5 && !w.includes("-") && !/\d/.test(w));
		for (let n = 2; n <= 3; n++) {
			for (let start = 0; start + n <= words.length; start++) {
				const run = words.slice(start, start + n);
				if (new Set(run).size === n && unique(doc, run.join(" "))) return { query: run.join(" ") };
			}
		}
		return null;
	});
	const edits = [substitute, drop, insert];
	for (let e = 0; e < COUNTS.typo; e++) {
		const edit = edits[e % edits.length];
		take("typo", english, (doc) => {
			const run = uniqueRun(doc, 2, 4, (ws) => ws.some(long));
			if (!run) return null;
			const i = run.findIndex(long);
			run[i] = edit(run[i], rand);
			return { query: run.join(" ") };
		}, 1);
	}
	take("two-typos", english, (doc) => {
		const run = uniqueRun(doc, 2, 4, (ws) => ws.filter(long).length >= 2);
		if (!run) return null;
		const at = run.map((w, i) => (long(w) ? i : -1)).filter((i) => i >= 0);
		for (const i of at.slice(0, 2)) run[i] = edits[Math.floor(rand() * edits.length)](run[i], rand);
		return { query: run.join(" ") };
	});
	take("transposed", english, (doc) => {
		const run = uniqueRun(doc, 2, 4, (ws) => ws.some(long));
		if (!run) return null;
		const i = run.findIndex(long);
		run[i] = transpose(run[i], rand);
		return { query: run.join(" ") };
	});
	/** The shortest run of whole words of the Chinese title, of at least `min` characters, that only this paper holds. */
	const chineseFragment = (doc: number, min: number): string | null => {
		const words = segment(subtitle(universe[doc]));
		for (let n = 1; n <= words.length; n++) {
			for (let start = 0; start + n <= words.length; start++) {
				const frag = words.slice(start, start + n).join("");
				if (!zhRunOk(words.slice(start, start + n))) continue;
				if (frag.length >= min && CJK.test(frag) && unique(doc, frag)) return frag;
			}
		}
		return null;
	};
	take("chinese", chinese, (doc) => {
		const frag = chineseFragment(doc, 4);
		return frag ? { query: frag } : null;
	});
	/*
	 * Words between spaces are matched anywhere in a paper, and a Chinese
	 * summary of three hundred words holds most of the common technical
	 * words: no few of them are all in one paper only. The paper meant is
	 * then the only one whose title holds them all.
	 */
	take("chinese-spaced", chinese, (doc) => {
		const words = segment(subtitle(universe[doc]));
		for (let n = 2; n <= words.length; n++) {
			for (let start = 0; start + n <= words.length; start++) {
				if (!zhRunOk(words.slice(start, start + n))) continue;
				const q = words.slice(start, start + n).join(" ");
				const holders = text.titleHolders(q);
				if (holders.length === 1 && holders[0] === doc) return { query: q };
			}
		}
		return null;
	});
	take("chinese-wrong", chinese, (doc) => {
		const frag = chineseFragment(doc, 5);
		if (!frag) return null;
		const i = 1 + Math.floor(rand() * (frag.length - 2));
		let c = frag[i];
		while (c === frag[i]) c = ZH_CHARS[Math.floor(rand() * ZH_CHARS.length)];
		return { query: frag.slice(0, i) + c + frag.slice(i + 1) };
	});
	take("chinese-missing", chinese, (doc) => {
		const frag = chineseFragment(doc, 5);
		if (!frag) return null;
		const i = 1 + Math.floor(rand() * (frag.length - 2));
		return { query: frag.slice(0, i) + frag.slice(i + 1) };
	});
	take("backspace", english, (doc) => {
		const run = uniqueRun(doc, 2, 4, (ws) => long(ws[ws.length - 1]));
		if (!run) return null;
		const query = run.join(" ");
		const last = run[run.length - 1];
		const wrong = `${run.slice(0, -1).join(" ")} ${substitute(last, rand)}`;
		return { query, keystrokes: backspaced(wrong, query) };
	});
	const filtered = (kind: QueryKind, filter: (r: PaperRecord) => string | null, passes: (r: PaperRecord, other: PaperRecord) => boolean): void => {
		take(kind, english, (doc, r) => {
			const f = filter(r);
			if (f === null) return null;
			// A run the filter makes unique, so the filter is what tells the paper apart, else any unique run.
			const keep = (d: number): boolean => passes(r, universe[d]);
			const run = uniqueRun(doc, 2, 3, (ws) => text.holders(ws.join(" ")).length > 1, keep) ?? uniqueRun(doc, 2, 3);
			return run && { query: `${f} ${run.join(" ")}` };
		});
	};
	filtered("filter-year", (r) => (r.year ? `year:${r.year}` : null), (r, o) => o.year === r.year);
	filtered("filter-venue", (r) => (r.venue ? `venue:${r.venue.toLowerCase()}` : null), (r, o) => (o.venue ?? "").toLowerCase().includes((r.venue ?? "").toLowerCase()));
	take("phrase", english, (doc, r) => {
		const words = subtitleWords(r);
		for (let start = 0; start + 3 <= words.length; start++) {
			const [a, b, c] = words.slice(start, start + 3);
			const phrase = `${a} ${b}`;
			if (!/^[a-z]+$/.test(a + b) || new Set([a, b, c]).size < 3 || [a, b, c].some((w) => FUNCTION_WORDS.has(w))) continue;
			const holders = text.holders(`${a} ${b} ${c}`).filter((d) => text.haystack(d).includes(phrase));
			if (holders.length === 1 && holders[0] === doc) return { query: `"${phrase}" ${c}` };
		}
		return null;
	});
	take("exclude", english, (doc, r) => {
		const words = subtitleWords(r);
		for (let start = 0; start + 2 <= words.length; start++) {
			const run = words.slice(start, start + 2);
			if (run.some((w) => FUNCTION_WORDS.has(w))) continue;
			const holders = text.holders(run.join(" "));
			if (run[0] === run[1] || holders.length < 2 || holders.length > 4 || !holders.includes(doc)) continue;
			// A word of another holder's title that every other holder has and this paper has not.
			const others = holders.filter((d) => d !== doc);
			for (const x of subtitleWords(universe[others[0]]).filter(long)) {
				const withX = new Set(text.holders(x));
				if (!withX.has(doc) && others.every((d) => withX.has(d))) return { query: `${run.join(" ")} -${x}` };
			}
		}
		return null;
	});
	return queries;
}

/** Every prefix of a query, as typed one character at a time. */
export function prefixes(query: string): string[] {
	return Array.from(query, (_, i) => query.slice(0, i + 1));
}

/** Typing `wrong`, deleting back to where it parts from `right`, then typing the rest of `right`. */
function backspaced(wrong: string, right: string): string[] {
	let common = 0;
	while (common < wrong.length && wrong[common] === right[common]) common++;
	const out = prefixes(wrong);
	for (let n = wrong.length - 1; n >= common; n--) out.push(wrong.slice(0, n));
	for (let n = common + 1; n <= right.length; n++) out.push(right.slice(0, n));
	return out.filter((s) => s !== "");
}

/** The part of a title after the model name. */
function subtitle(r: PaperRecord): string {
	return r.title.replace(/^[^:：]*[:：]\s*/, "");
}

function subtitleWords(r: PaperRecord): string[] {
	return subtitle(r)
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => /^[a-z][a-z-]*$/.test(w));
}

/** Splits Chinese text into the corpus's words, longest first, as a user would put spaces between them. */
function segment(text: string): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < text.length) {
		let len = Math.min(5, text.length - i);
		while (len > 1 && !ZH_DICT.has(text.slice(i, i + len))) len--;
		out.push(text.slice(i, i + len));
		i += len;
	}
	return out;
}

const KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** A key next to `c` on a QWERTY keyboard: the letter a slip of the finger gives. */
function neighbour(c: string, rand: () => number): string {
	for (let row = 0; row < KEYBOARD.length; row++) {
		const col = KEYBOARD[row].indexOf(c);
		if (col < 0) continue;
		const near = [KEYBOARD[row][col - 1], KEYBOARD[row][col + 1], KEYBOARD[row - 1]?.[col], KEYBOARD[row + 1]?.[col]].filter((k): k is string => k !== undefined && k !== c);
		return near[Math.floor(rand() * near.length)];
	}
	return c === "e" ? "r" : "e";
}

/** One letter, not the first, replaced by a neighbouring key. */
function substitute(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 1));
	return word.slice(0, i) + neighbour(word[i], rand) + word.slice(i + 1);
}

/** One letter, not the first, left out. */
function drop(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 1));
	return word.slice(0, i) + word.slice(i + 1);
}

/** One letter typed twice or a neighbouring key hit too, inside the word. */
function insert(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 1));
	const extra = rand() < 0.5 ? word[i - 1] : neighbour(word[i], rand);
	return word.slice(0, i) + extra + word.slice(i);
}

/** Two neighbouring letters, not the first, swapped (and different, so the word changes). */
function transpose(word: string, rand: () => number): string {
	const spots = Array.from({ length: word.length - 2 }, (_, k) => k + 1).filter((i) => word[i] !== word[i + 1]);
	const i = spots[Math.floor(rand() * spots.length)];
	return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/**
 * The corpus's searchable text, read once: which papers hold a word, a word
 * being held when it is inside one of the paper's search tokens (a word
 * inside a longer one, as fuse.js finds it), every field counting.
 */
class CorpusText {
	private readonly postings = new Map<string, number[]>();
	private readonly vocabulary: string[];
	private readonly byWord = new Map<string, Set<number>>();
	private readonly texts: string[];
	private readonly titles: string[];

	constructor(records: readonly PaperRecord[]) {
		this.titles = records.map((r) => r.title.toLowerCase());
		this.texts = records.map(searchableText);
		this.texts.forEach((text, doc) => {
			for (const token of searchTokens(text)) {
				let list = this.postings.get(token);
				if (!list) this.postings.set(token, (list = []));
				if (list[list.length - 1] !== doc) list.push(doc);
			}
		});
		this.vocabulary = [...this.postings.keys()];
	}

	/** The papers whose title holds every search token of `text`. */
	titleHolders(text: string): number[] {
		const tokens = [...new Set(searchTokens(text.toLowerCase()))];
		const out: number[] = [];
		this.titles.forEach((title, doc) => {
			if (tokens.every((t) => title.includes(t))) out.push(doc);
		});
		return out;
	}

	haystack(doc: number): string {
		return this.texts[doc];
	}

	/** The papers holding every search token of `text`, in order. */
	holders(text: string): number[] {
		const tokens = [...new Set(searchTokens(text.toLowerCase()))];
		if (tokens.length === 0) return [];
		const sets = tokens.map((t) => this.papersWith(t)).sort((a, b) => a.size - b.size);
		return [...sets[0]].filter((d) => sets.every((s) => s.has(d))).sort((a, b) => a - b);
	}

	private papersWith(token: string): Set<number> {
		let set = this.byWord.get(token);
		if (set) return set;
		set = new Set<number>();
		for (const word of this.vocabulary) {
			if (!word.includes(token)) continue;
			for (const doc of this.postings.get(word) ?? []) set.add(doc);
		}
		this.byWord.set(token, set);
		return set;
	}
}
