import { seededRandom } from "./lib";
import { toPaperRecord, type PaperRecord } from "../src/core/papers/paper-record";
import type { FrontmatterData } from "../src/core/markdown/frontmatter";
import * as W from "./realistic-words";

/** Share of papers written in Chinese, as in the vaults the plugin imports into. */
const CHINESE_SHARE = 0.15;

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "with", "without"]);

/**
 * Deterministic papers shaped like imported paper notes, for the search
 * benchmark and the agreement test: English and about 15% Chinese; titles
 * like real ones (a model name, a colon, a descriptive phrase of varied
 * length); one to eight authors of many origins; year, venue and arXiv id;
 * method and innovation sentences; tags; directions; and a summary of 100 to
 * 300 words. Each paper has key terms of its own (real stems with real
 * affixes: "hypersegmentation", "pretokenizer") that recur through its
 * text, and words are drawn with a skew, so some are everywhere and most are
 * rare: at 50,000 papers the text holds tens of thousands of distinct words.
 * The first n papers of a corpus are the corpus of n papers.
 */
export function realisticCorpus(size: number, seed = 16): PaperRecord[] {
	const rand = seededRandom(seed);
	const gen = new Generator(rand);
	const records: PaperRecord[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < size; i++) {
		const { fm, title, summary } = gen.paper(i);
		let basename = title
			.replace(/[\\/:*?"<>|#^[\]：]/g, " ")
			.replace(/\s+/g, " ")
			.trim()
			.slice(0, 90)
			.trim();
		if (taken.has(basename)) basename = `${basename} ${i}`;
		taken.add(basename);
		records.push(toPaperRecord(`Research/Papers/${basename}.md`, fm, summary));
	}
	return records;
}

/** A paper's own vocabulary: the words its title, method and summary keep coming back to. */
interface Keywords {
	model: string;
	jargon: string[];
	nouns: string[];
	adjectives: string[];
	topics: string[];
	task: string;
}

class Generator {
	constructor(private readonly rand: () => number) {}

	private pick<T>(xs: readonly T[]): T {
		return xs[Math.floor(this.rand() * xs.length)];
	}

	/** Skewed towards the start of the list: the first words are common, the last rare. */
	private skewed<T>(xs: readonly T[]): T {
		const r = this.rand();
		return xs[Math.floor(r * r * xs.length)];
	}

	private int(min: number, max: number): number {
		return min + Math.floor(this.rand() * (max - min + 1));
	}

	/** A term made of a real stem and real affixes. */
	private jargon(): string {
		const pre = this.rand() < 0.45 ? this.pick(W.PREFIXES) : "";
		return pre + this.pick(W.STEMS) + this.pick(W.SUFFIXES);
	}

	private modelName(): string {
		let base: string;
		const r = this.rand();
		if (r < 0.45) base = this.pick(W.MODEL_BASES);
		else if (r < 0.65) base = this.pick(W.MODEL_BASES) + this.pick(W.MODEL_BASES);
		else if (r < 0.8) base = Array.from({ length: this.int(3, 5) }, () => String.fromCharCode(65 + Math.floor(this.rand() * 26))).join("");
		else {
			const s = Array.from({ length: this.int(2, 3) }, () => this.pick(W.MODEL_SYLLABLES)).join("");
			base = s[0].toUpperCase() + s.slice(1);
		}
		const suffix = this.pick(W.MODEL_SUFFIXES);
		return this.rand() < 0.15 ? `${base}-${this.int(1, 9)}${suffix}` : base + suffix;
	}

	private keywords(): Keywords {
		return {
			model: this.modelName(),
			jargon: Array.from({ length: this.int(2, 4) }, () => this.jargon()),
			nouns: Array.from({ length: this.int(3, 5) }, () => this.pick(W.NOUNS)),
			adjectives: Array.from({ length: 2 }, () => this.pick(W.ADJECTIVES)),
			topics: Array.from({ length: this.int(1, 2) }, () => this.skewed(W.TOPICS).replace(/-/g, " ")),
			task: this.pick(W.TASKS).replace(/-/g, " "),
		};
	}

	private noun(k: Keywords): string {
		const r = this.rand();
		if (r < 0.2) return this.pick(k.nouns);
		if (r < 0.3) return this.pick(k.jargon);
		if (r < 0.36) return this.pick(k.topics);
		return this.skewed(W.NOUNS);
	}

	private adjective(k: Keywords): string {
		return this.rand() < 0.25 ? this.pick(k.adjectives) : this.skewed(W.ADJECTIVES);
	}

	/** A noun phrase: "the sparse attention of multimodal tokens". */
	private nounPhrase(k: Keywords, out: string[]): void {
		if (this.rand() < 0.6) out.push(this.pick(["the", "a", "our", "each", "its", "these", "this"]));
		if (this.rand() < 0.6) out.push(this.adjective(k));
		if (this.rand() < 0.3) out.push(this.noun(k));
		out.push(this.noun(k));
		if (this.rand() < 0.3) out.push(this.pick(["of", "for", "in", "across", "over", "under", "between"]), this.adjective(k), this.noun(k));
	}

	private sentence(k: Keywords, out: string[]): void {
		const start = out.length;
		const r = this.rand();
		if (r < 0.12) out.push("We", "propose", `${k.model},`);
		else if (r < 0.2) out.push("In", "this", "paper,", "we", "study");
		else if (r < 0.28) out.push("Experiments", "on", this.pick(W.VENUES) === "arXiv" ? "public" : "standard", "benchmarks", "show", "that");
		else if (r < 0.35) out.push(k.model);
		else if (r < 0.42) out.push("Unlike", "prior", "work,");
		else if (r < 0.48) out.push("Compared", "with", "strong", "baselines,");
		this.nounPhrase(k, out);
		if (this.rand() < 0.2) out.push(this.pick(W.ADVERBS));
		out.push(this.skewed(W.VERBS));
		this.nounPhrase(k, out);
		if (this.rand() < 0.5) {
			out.push(this.pick(["with", "by", "through", "via", "using", "without", "under", "for"]));
			this.nounPhrase(k, out);
		}
		if (this.rand() < 0.15) out.push("by", `${this.int(1, 40)}.${this.int(0, 9)}%`);
		if (this.rand() < 0.3) {
			out.push(this.pick(["while", "and", "whereas", "which", "so", "because"]));
			this.nounPhrase(k, out);
			out.push(this.skewed(W.VERBS));
			this.nounPhrase(k, out);
		}
		out[start] = out[start][0].toUpperCase() + out[start].slice(1);
		out[out.length - 1] += ".";
	}

	private englishText(k: Keywords, min: number, max: number): string {
		const target = this.int(min, max);
		const out: string[] = [];
		while (out.length < target) this.sentence(k, out);
		return out.join(" ");
	}

	private titleCase(words: string[]): string {
		return words
			.map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/(^|[ -])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase())))
			.join(" ");
	}

	private englishTitle(k: Keywords): string {
		const n = (): string => this.noun(k);
		const a = (): string => this.adjective(k);
		const j = (): string => this.pick(k.jargon);
		const t = (): string => this.pick(k.topics);
		const patterns: Array<() => string[]> = [
			() => [a(), n(), n(), "for", k.task],
			() => ["towards", a(), n(), "via", j(), n()],
			() => ["learning", a(), n(), "from", a(), n()],
			() => [a(), j(), n(), "with", a(), n(), n()],
			() => ["scaling", n(), n(), "for", a(), t()],
			() => ["on", "the", n(), "of", a(), n(), "in", t()],
			() => ["rethinking", n(), n(), "for", k.task],
			() => [j(), n(), "is", "all", "you", "need", "for", t()],
			() => ["a", a(), n(), "for", a(), n(), k.task],
			() => ["when", n(), "meets", n(), "in", a(), t()],
			() => ["unified", a(), n(), "and", n(), k.task, "with", j(), n(), "and", a(), n()],
			() => [a(), n()],
			() => [j(), "for", t()],
			() => [a(), a(), n(), n(), "for", a(), t(), k.task, "from", a(), n()],
		];
		return `${k.model}: ${this.titleCase(this.pick(patterns)())}`;
	}

	private zhWord(k: Keywords): string {
		return this.rand() < 0.04 ? k.model : this.skewed(W.ZH_WORDS);
	}

	private chineseTitle(k: Keywords): string {
		const pattern = this.pick(W.ZH_TITLE_PATTERNS);
		return `${k.model}：${pattern.replace(/\{\}/g, () => this.pick(W.ZH_WORDS))}`;
	}

	/** Chinese prose: technical words joined by function words, without spaces, in clauses. */
	private chineseText(k: Keywords, min: number, max: number): string {
		const target = this.int(min, max);
		let words = 0;
		let text = "";
		while (words < target) {
			const clause = this.int(4, 9);
			for (let i = 0; i < clause; i++) text += this.rand() < 0.35 ? this.pick(W.ZH_GLUE) : this.zhWord(k);
			words += clause;
			text += this.rand() < 0.6 ? "，" : "。";
		}
		return text.replace(/，$/, "。");
	}

	private person(chinese: boolean): string {
		const regions = Object.keys(W.SURNAMES) as Array<keyof typeof W.SURNAMES>;
		const r = this.rand();
		const region = chinese && r < 0.8 ? "chinese" : r < 0.35 ? "chinese" : this.pick(regions);
		return `${this.pick(W.GIVEN_NAMES[region])} ${this.skewed(W.SURNAMES[region])}`;
	}

	paper(i: number): { fm: FrontmatterData; title: string; summary: string } {
		const chinese = this.rand() < CHINESE_SHARE;
		const k = this.keywords();
		const title = chinese ? this.chineseTitle(k) : this.englishTitle(k);
		const year = 2026 - Math.floor(11 * this.rand() ** 1.8);
		const id = `${String(year % 100).padStart(2, "0")}${String(this.int(1, 12)).padStart(2, "0")}.${String(10000 + ((i * 7919) % 90000))}`;
		const authors = Array.from({ length: Math.min(8, 1 + Math.floor(this.rand() * this.rand() * 9)) }, () => this.person(chinese));
		const directions = Array.from({ length: this.int(1, 2) }, () => this.pick(W.DIRECTIONS)).filter((d, j, all) => all.indexOf(d) === j);
		const tags = ["paper", ...Array.from({ length: this.int(1, 3) }, () => this.skewed(W.TAGS))].filter((t, j, all) => all.indexOf(t) === j);
		const fm: FrontmatterData = {
			type: "paper",
			title,
			authors,
			year,
			arxiv: id,
			url: `https://arxiv.org/abs/${id}`,
			venue: this.skewed(W.VENUES),
			citations: Math.floor(this.rand() * this.rand() * 2000),
			score: Math.round(this.rand() * 50) / 10,
			method: chinese ? this.chineseText(k, 12, 30) : this.englishText(k, 15, 35),
			innovation: chinese ? this.chineseText(k, 10, 24) : this.englishText(k, 12, 28),
			directions: directions.map((d) => `[[${d}]]`),
			tags,
			imported: `2026-${String(this.int(1, 11)).padStart(2, "0")}-${String(this.int(1, 28)).padStart(2, "0")}`,
		};
		if (this.rand() < 0.4) fm.aliases = [k.model];
		const summary = chinese ? this.chineseText(k, 100, 300) : this.englishText(k, 100, 300);
		return { fm, title, summary };
	}
}
