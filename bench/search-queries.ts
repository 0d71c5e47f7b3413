import { seededRandom } from "./lib";
import type { PaperRecord } from "../src/core/papers/paper-record";

/** A query a user would type to find one paper, and that paper. */
export interface BenchQuery {
	kind: "title" | "name" | "typo" | "author" | "chinese" | "mixed" | "filter" | "arxiv" | "phrase";
	query: string;
	/** Path of the paper the query was written to find. */
	expected: string;
}

const CJK_RUN = /[\u3400-\u9fff]+/;

/**
 * About fifty realistic queries over the synthetic corpus, each written from
 * one paper among the first 1,000 (so it exists at every size): a remembered
 * title phrase, a model name, the same with a typo, an author with a title
 * word, a Chinese title fragment, a mixed one, field filters, an arXiv id, a
 * quoted phrase. Phrases are chosen so that no other title among `universe`
 * (the largest corpus) holds them: the paper a user means is well defined.
 */
export function benchQueries(universe: readonly PaperRecord[]): BenchQuery[] {
	const rand = seededRandom(7);
	const pool = universe.slice(0, 1000);
	const english = pool.filter((r) => !CJK_RUN.test(r.title));
	const chinese = pool.filter((r) => CJK_RUN.test(r.title));
	const titles = universe.map((r) => r.title.toLowerCase());
	const used = new Set<string>();
	const queries: BenchQuery[] = [];
	const take = (from: readonly PaperRecord[], make: (r: PaperRecord) => Omit<BenchQuery, "expected"> | null, count: number): void => {
		let tries = 0;
		let made = 0;
		while (made < count && tries++ < 500) {
			const r = from[Math.floor(rand() * from.length)];
			if (used.has(r.path)) continue;
			const q = make(r);
			if (!q) continue;
			used.add(r.path);
			queries.push({ ...q, expected: r.path });
			made++;
		}
	};
	/**
	 * The shortest run of `min`..5 consecutive title words whose words, in
	 * any order, no other title (passing `keep`) holds all of.
	 */
	const uniquePhrase = (r: PaperRecord, min: number, keep: (other: PaperRecord) => boolean = () => true): string[] | null => {
		const words = subtitle(r).toLowerCase().split(" ");
		for (let n = min; n <= 5; n++) {
			for (let start = 0; start + n <= words.length; start++) {
				const phrase = words.slice(start, start + n);
				if (new Set(phrase).size < n) continue;
				let holders = 0;
				for (let i = 0; i < titles.length && holders < 2; i++) if (phrase.every((w) => titles[i].includes(w)) && keep(universe[i])) holders++;
				if (holders === 1) return phrase;
			}
		}
		return null;
	};
	/** Whether only `r` among the universe has an author containing `name` and a title holding every word. */
	const onlyAuthorPaper = (r: PaperRecord, name: string, words: string[]): boolean => {
		let holders = 0;
		for (let i = 0; i < universe.length && holders < 2; i++) {
			if (universe[i].authors.some((a) => a.toLowerCase().includes(name)) && words.every((w) => titles[i].includes(w))) holders++;
		}
		return holders === 1;
	};
	const englishWords = (r: PaperRecord): string[] => subtitle(r).toLowerCase().split(" ");

	take(english, (r) => {
		const p = uniquePhrase(r, 3);
		return p && { kind: "title", query: p.join(" ") };
	}, 10);
	take(english, (r) => ({ kind: "name", query: r.title.split(":")[0].toLowerCase() }), 3);
	const typos = [swapLetters, swapLetters, swapLetters, swapLetters, dropLetter, dropLetter, wrongLetter, wrongLetter];
	for (const typo of typos) {
		take(english, (r) => {
			const p = uniquePhrase(r, 3);
			if (!p) return null;
			const i = p.findIndex((w) => w.length >= 5);
			if (i < 0) return null;
			p[i] = typo(p[i], rand);
			return { kind: "typo", query: p.join(" ") };
		}, 1);
	}
	take(english, (r) => {
		const author = r.authors[0]?.toLowerCase();
		const w = englishWords(r).slice(0, 2);
		return author && onlyAuthorPaper(r, author, w) ? { kind: "author", query: `${author} ${w.join(" ")}` } : null;
	}, 3);
	take(english, (r) => {
		const surname = r.authors[0]?.split(" ").pop()?.toLowerCase();
		const w = englishWords(r).slice(1, 4);
		return surname && surname.length >= 4 && onlyAuthorPaper(r, surname, w) ? { kind: "author", query: `${surname} ${w.join(" ")}` } : null;
	}, 3);
	take(chinese, (r) => {
		const run = subtitle(r);
		for (const len of [4, 5, 6]) {
			for (let start = 0; start + len <= run.length; start += 2) {
				const frag = run.slice(start, start + len);
				if (titles.filter((t) => t.includes(frag)).length === 1) return { kind: "chinese", query: frag };
			}
		}
		return null;
	}, 6);
	take(chinese, (r) => {
		const name = r.title.split("：")[0].replace(/\d+$/, "");
		const word = /^[A-Z][a-z]+/.exec(name)?.[0]?.toLowerCase();
		const run = subtitle(r);
		const frag = run.slice(0, 4);
		const holders = word ? titles.filter((t) => t.includes(frag) && t.includes(word)).length : 0;
		return word && holders === 1 ? { kind: "mixed", query: `${frag} ${word}` } : null;
	}, 3);
	const filtered = (prefix: (r: PaperRecord) => string | null, keep: (r: PaperRecord, other: PaperRecord) => boolean): ((r: PaperRecord) => Omit<BenchQuery, "expected"> | null) => (r) => {
		const filter = prefix(r);
		const p = filter === null ? null : uniquePhrase(r, 2, (o) => keep(r, o));
		return p && filter !== null ? { kind: "filter", query: `${filter} ${p.join(" ")}` } : null;
	};
	take(english, filtered((r) => (r.year ? `year:${r.year}` : null), (r, o) => o.year === r.year), 2);
	take(english, filtered((r) => (r.year && r.year >= 2020 ? `year:>=${r.year - 1}` : null), (r, o) => (o.year ?? 0) >= (r.year ?? 0) - 1), 1);
	take(english, filtered((r) => (r.venue ? `venue:${r.venue.toLowerCase().split(" ")[0]}` : null), (r, o) => (o.venue ?? "").toLowerCase().includes((r.venue ?? "").toLowerCase().split(" ")[0])), 2);
	take(english, filtered((r) => (r.authors[0] ? `author:${r.authors[0].split(" ").pop()?.toLowerCase()}` : null), (r, o) => o.authors.some((a) => a.endsWith(r.authors[0].split(" ").pop() ?? ""))), 1);
	take(english, filtered((r) => (r.tags.includes("robotics") ? "tag:robotics" : null), (_r, o) => o.tags.includes("robotics")), 1);
	take(english, filtered((r) => (r.directions.some((d) => d.includes("推理")) ? "dir:推理" : null), (_r, o) => o.directions.some((d) => d.includes("推理"))), 1);
	take(pool, (r) => (r.arxiv ? { kind: "arxiv", query: r.arxiv } : null), 3);
	take(english, (r) => {
		const p = uniquePhrase(r, 3);
		return p ? { kind: "phrase", query: `"${p[0]} ${p[1]}" ${p.slice(2).join(" ")}` } : null;
	}, 3);
	return queries;
}

/** The part of a synthetic title after the model name. */
function subtitle(r: PaperRecord): string {
	return r.title.replace(/^[^:：]*[:：]\s*/, "");
}

function swapLetters(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 3));
	return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function dropLetter(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 2));
	return word.slice(0, i) + word.slice(i + 1);
}

function wrongLetter(word: string, rand: () => number): string {
	const i = 1 + Math.floor(rand() * (word.length - 2));
	const next = word[i] === "e" ? "r" : "e";
	return word.slice(0, i) + next + word.slice(i + 1);
}
