import { BIBTEX_TYPES, looksLikeBibtex, readBibtexEntries, type BibtexEntry } from "./bibtex-entries";
import { textOf, type Nodes, type Root, type RootContent } from "./markdown-tree";
import type { ParseContext } from "./parse-context";
import { normaliseTitle } from "./paper-id";
import type { Draft } from "./paper-registry";
import { headingWords, type SectionKind } from "./sections";
import type { Topic } from "./topic-directions";
import { SELF_CITATION_HEADING, SELF_CITATION_REQUEST } from "./vocabulary";

/** Code blocks tagged as BibTeX: every entry in them counts, whatever its type. */
const BIBTEX_LANGS = /^(?:bibtex|bib|biblatex)$/i;
/** Blocks that may hold BibTeX among other text: entries of the known types count. */
const MAYBE_BIBTEX_LANGS = /^(?:latex|tex|text|txt|plain|plaintext)?$/i;
/**
 * A "cite this" block cites the document, perhaps with its companion paper;
 * under a citation heading, more entries than this are a reference list.
 */
const MAX_SELF_CITATIONS = 2;

type Code = Extract<RootContent, { type: "code" }>;

/** A section as the parser splits the document. */
export interface BibtexSection {
	kind: SectionKind | null;
	heading: string;
	line: number;
	blocks: RootContent[];
}

/** One BibTeX block where it stands: the heading it sits under and the prose just before it. */
interface PlacedBlock {
	entries: Array<{ entry: BibtexEntry; line: number }>;
	heading: string;
	/** Counts the headings passed, so the blocks under one heading can be counted together. */
	scope: number;
	before: string;
}

/**
 * Turns paragraphs that are BibTeX (an `@inproceedings{…}` pasted as text, or
 * left bare in a `<details>` block) into code blocks, so prose readers do not
 * read its fields as sentences and the BibTeX reader finds it.
 */
export function bibtexParagraphsAsCode(root: Root): void {
	const stack: Nodes[] = [root];
	while (stack.length > 0) {
		const node = stack.pop() as Nodes;
		if (!("children" in node)) continue;
		const children = node.children as Nodes[];
		children.forEach((child, i) => {
			if (child.type === "paragraph" && mayHoldEntry(child)) {
				const text = textOf(child);
				if (looksLikeBibtex(text)) children[i] = { type: "code", lang: null, value: text, ...(child.position ? { position: child.position } : {}) };
			} else if (child.type === "list" || child.type === "listItem" || child.type === "blockquote") {
				stack.push(child);
			}
		});
	}
}

/** A cheap test before the paragraph's text is built: some text node holds an "@". */
function mayHoldEntry(paragraph: Extract<Nodes, { type: "paragraph" }>): boolean {
	return paragraph.children.some((c) => c.type === "text" && c.value.includes("@"));
}

/**
 * Reads the BibTeX blocks of every section and files their entries as
 * papers, except an entry that cites the document itself: one whose title
 * is the document's, or the one or two under a "Citation" / "引用本文"
 * heading or after "please cite". A paper known only from BibTeX under a
 * topic heading is one of that topic's papers.
 */
export function readBibtexSections(sections: readonly BibtexSection[], ctx: ParseContext, options: { documentTitle: string; topics: Topic[] }): void {
	const inTopics = new Set(options.topics.flatMap((t) => t.papers.map((d) => ctx.registry.resolve(d))));
	const ownTitle = normaliseTitle(options.documentTitle);
	for (const section of sections) {
		const blocks = placedBlocks(section, ctx);
		const perScope = new Map<number, number>();
		for (const b of blocks) perScope.set(b.scope, (perScope.get(b.scope) ?? 0) + b.entries.length);
		for (const block of blocks) {
			const selfCitingPlace = (SELF_CITATION_HEADING.test(headingWords(block.heading)) && (perScope.get(block.scope) ?? 0) <= MAX_SELF_CITATIONS) || (SELF_CITATION_REQUEST.test(block.before) && block.entries.length <= MAX_SELF_CITATIONS);
			for (const { entry, line } of block.entries) {
				if (selfCitingPlace || (ownTitle !== "" && normaliseTitle(entry.title ?? "") === ownTitle)) continue;
				const draft = ctx.bibtexPaper(entry, line).draft;
				if (section.kind === null && !inTopics.has(draft)) addToTopic(draft, line, section.line, options.topics);
			}
		}
	}
}

/** Puts a paper under the last topic heading of its section that precedes it. */
function addToTopic(draft: Draft, line: number, sectionLine: number, topics: Topic[]): void {
	let topic: Topic | undefined;
	for (const t of topics) if (t.line >= sectionLine && t.line <= line && (!topic || t.line >= topic.line)) topic = t;
	if (topic && !topic.papers.includes(draft)) topic.papers.push(draft);
}

/** The BibTeX blocks of a section in document order, lists and quotes included, with their place. */
function placedBlocks(section: BibtexSection, ctx: ParseContext): PlacedBlock[] {
	const out: PlacedBlock[] = [];
	let heading = section.heading;
	let scope = 0;
	let before = "";
	const stack: RootContent[] = [...section.blocks].reverse();
	while (stack.length > 0) {
		const node = stack.pop() as RootContent;
		if (node.type === "heading") {
			heading = textOf(node);
			scope++;
			before = "";
		} else if (node.type === "paragraph") {
			before = textOf(node);
		} else if (node.type === "code") {
			const entries = entriesOf(node, ctx);
			if (entries.length > 0) out.push({ entries, heading, scope, before });
		} else if (node.type === "list" || node.type === "listItem" || node.type === "blockquote") {
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
		}
	}
	return out;
}

/** The entries of one code block, each with its line in the document; broken entries are warned about. */
function entriesOf(code: Code, ctx: ParseContext): Array<{ entry: BibtexEntry; line: number }> {
	const tagged = BIBTEX_LANGS.test(code.lang ?? "");
	if (!tagged && !MAYBE_BIBTEX_LANGS.test(code.lang ?? "")) return [];
	if (!code.value.includes("@")) return [];
	const first = firstTextLine(code, ctx);
	const { entries, problems } = readBibtexEntries(code.value);
	for (const p of problems) {
		if (tagged || BIBTEX_TYPES.has(p.type)) ctx.warn(first + p.line, `a BibTeX entry (@${p.type}) could not be read: ${p.message}; skipped`);
	}
	return entries.filter((e) => tagged || BIBTEX_TYPES.has(e.type)).map((entry) => ({ entry, line: first + entry.line }));
}

/**
 * The document line of a code block's first line of text. A fence takes a
 * line of its own, so a block that spans more lines than its text has one;
 * an indented block and a `<pre>` start with their text.
 */
function firstTextLine(code: Code, ctx: ParseContext): number {
	const start = ctx.line(code);
	const span = (code.position?.end.line ?? 0) - (code.position?.start.line ?? 0) + 1;
	const textLines = code.value.split("\n").length - (code.value.endsWith("\n") ? 1 : 0);
	return span > textLines ? start + 1 : start;
}
