import { isValid, parseISO, format } from "date-fns";
import { findFrontmatter, FrontmatterError, parseFrontmatterYaml, type FrontmatterData } from "../markdown/frontmatter";
import { asText, asTextList } from "../papers/paper-record";
import { readComparisonTable } from "./comparison-table";
import { flattenEntries } from "./entries";
import { readEnumeratedGroups } from "./enumeration";
import { SurveyParseError } from "./errors";
import { groupName, readGroups, readGroupTable, type Group } from "./grouping";
import { decodeSurveyInput } from "./input";
import { detectLanguage } from "./language";
import { NestingLimitError, parseMarkdown, textOf, type RootContent } from "./markdown-tree";
import type { Direction, Survey, Trend } from "./model";
import { ParseContext, textWithoutCitations, type PaperLink } from "./parse-context";
import { ReviewReader } from "./review-section";
import { BodyReader } from "./body-reader";
import { bibtexParagraphsAsCode, readBibtexSections } from "./bibtex-reader";
import { addNamedMentions, lineOfGroup, uniqueByName } from "./named-mentions";
import { matchReferences, readReferences, type Reference } from "./references";
import { DATE_LINE, PAPER_PART_HEADING } from "./vocabulary";
import { recogniseParagraph } from "./paper-entry";
import { directionsFromTopics, type Topic } from "./topic-directions";
import { classifyHeading, stripNumbering, type SectionKind } from "./sections";

export interface ParseOptions {
	/** File name, for the title fallback and for messages. */
	fileName?: string;
}

/** A heading and the blocks under it, up to the next heading of the same or higher level. */
interface Section {
	kind: SectionKind | null;
	heading: string;
	depth: number;
	line: number;
	blocks: RootContent[];
}

/**
 * Parses a survey document — a research report or an arXiv digest, in
 * Chinese or English — into papers, directions and trends.
 * Throws SurveyParseError (and nothing else) when the input is not a survey.
 */
export function parseSurvey(input: string | Uint8Array, options: ParseOptions = {}): Survey {
	try {
		return parse(decodeSurveyInput(input, options.fileName), options);
	} catch (err) {
		if (err instanceof SurveyParseError) throw err;
		if (err instanceof RangeError) throw new SurveyParseError("too-deep", "the document is nested too deeply to read (quotes or lists thousands of levels deep)", options.fileName);
		throw new SurveyParseError("internal", `unexpected failure while reading the document (${err instanceof Error ? err.message : String(err)})`, options.fileName);
	}
}

function parse(text: string, options: ParseOptions): Survey {
	const { data, body, bodyLine, warnings } = splitFrontmatter(text);
	const ctx = new ParseContext(bodyLine - 1);
	ctx.warnings.push(...warnings);
	const tree = parseBody(body, bodyLine, options.fileName);
	bibtexParagraphsAsCode(tree);
	const { sections, firstH1 } = sectionsOf(tree.children, ctx);
	const title = asText(data.title) ?? (firstH1 ? stripHeadingNoise(firstH1) : undefined) ?? fileTitle(options.fileName);

	const summary: string[] = [];
	let directions: Group[] = [];
	const trends: Group[] = [];
	const summaryGroups: Group[] = [];
	const references: Reference[] = [];
	const topics: Topic[] = [];
	for (const section of sections) {
		switch (section.kind) {
			case "references":
				references.push(...readReferences(section.blocks, ctx));
				break;
			case "summary":
				for (const block of section.blocks) readSummaryBlock(block, ctx, summary, summaryGroups);
				break;
			case "review":
				readReviewSection(section, ctx);
				break;
			case "directions":
				directions.push(...readGroupSection(section.blocks, ctx));
				break;
			case "trends":
				trends.push(...readGroupSection(section.blocks, ctx));
				break;
			case "resources":
				// Tools, datasets, courses and blog posts are not papers; a link that identifies a paper still is.
				ctx.paperLinksIn(section.blocks, section.line);
				break;
			case "contents":
				// A table of contents repeats the headings.
				break;
			default:
				topics.push(...readBody(section.blocks, ctx));
		}
	}
	const description = asText(data.description);
	if (description) readDescription(description, ctx, frontmatterLine(text, "description"));
	// BibTeX is read once the prose is: a record adds authors, venue and identifiers to the papers the survey names.
	readBibtexSections(sections, ctx, { documentTitle: title, topics });

	if (directions.length === 0) directions = summaryGroups;
	// A document that groups its papers under topic headings, and names no directions, is grouped by those topics.
	if (directions.length === 0) directions = directionsFromTopics(topics);
	matchReferences(references, ctx);
	if (ctx.registry.size === 0) {
		throw new SurveyParseError(
			"no-papers",
			"no papers found: looked for paper links (arXiv, DOI, OpenReview, ACL Anthology, PMLR, publisher pages, notes beside the survey), comparison tables with a title column, reading-list entries, reference lines (MLA, APA, IEEE, DBLP), multi-line references and BibTeX entries",
			options.fileName,
		);
	}
	addNamedMentions([...directions, ...trends], ctx);
	const { papers, untitled, keyFor } = ctx.registry.finish();
	for (const u of untitled) ctx.warn(u.line, `paper ${u.key} has no title in the document; named after its citation`);
	// A paper read from wording alone is kept, and said to be unsure (its note gets confidence: low).
	for (const p of papers) if (p.confidence === "low") ctx.warn(p.mentions[0] ?? 1, `"${p.title}" was read as a paper from its wording alone (no link or identifier); its note says confidence: low`);
	const toKeys = (g: Group): string[] => [...new Set(g.papers.map(keyFor))];
	const directionList: Direction[] = uniqueByName(directions).map((g) => ({ name: g.name, ...(g.overview.length > 0 ? { overview: g.overview.join("\n") } : {}), papers: toKeys(g) }));
	const trendList: Trend[] = uniqueByName(trends).map((g) => ({ name: g.name, text: g.overview.join("\n"), papers: toKeys(g) }));
	for (const d of directionList) if (d.papers.length === 0) ctx.warn(lineOfGroup(directions, d.name), `direction "${d.name}" cites no paper`);

	const date = normaliseDate(data.date);
	const survey: Survey = {
		title,
		language: languageOf(data.lang ?? data.language, text),
		tags: asTextList(data.tags).map((t) => t.replace(/^#/, "")),
		papers,
		directions: directionList,
		trends: trendList,
		warnings: ctx.warnings.sort((a, b) => a.line - b.line),
	};
	if (date) survey.date = date;
	if (description) survey.description = description;
	const opening = summary.length > 0 ? summary : openingOf(sections);
	if (opening.length > 0) survey.summary = opening.join("\n\n");
	return survey;
}

/**
 * A document without a summary section is summed up by its opening: the
 * paragraphs before its first heading, list or table that name no paper
 * (never the first paper's paragraph).
 */
function openingOf(sections: Section[]): string[] {
	const out: string[] = [];
	for (const section of sections.slice(0, 2)) {
		if (section.kind !== null || section.depth > 1) break;
		for (const block of section.blocks) {
			if (block.type !== "paragraph") return out;
			if (block.children.some((n) => n.type === "link") || recogniseParagraph(block.children, 1).length > 0) return out;
			const text = textOf(block).replace(/\s+/g, " ").trim();
			if (text.length >= 20 && !DATE_LINE.test(text)) out.push(text);
			if (out.join(" ").length > 600 || out.length >= 2) return out;
		}
	}
	return out;
}

/** Parses the body, refusing a document whose nesting would make the parser drop what follows it. */
function parseBody(body: string, bodyLine: number, fileName?: string): ReturnType<typeof parseMarkdown> {
	try {
		return parseMarkdown(body);
	} catch (err) {
		if (!(err instanceof NestingLimitError)) throw err;
		const line = err.line + bodyLine - 1;
		throw new SurveyParseError("too-deep", `${err.what} are nested too deeply at line ${line} (${err.limit}); nothing after it could be read, so nothing was imported`, fileName);
	}
}

/** Splits off YAML frontmatter (parsed with gray-matter); a broken block is reported, never fatal. */
function splitFrontmatter(text: string): { data: FrontmatterData; body: string; bodyLine: number; warnings: Survey["warnings"] } {
	const block = findFrontmatter(text);
	if (!block) {
		const warnings = /^---[ \t]*\n/.test(text) ? [{ line: 1, message: "frontmatter is not closed by a '---' line; read as body text" }] : [];
		return { data: {}, body: text, bodyLine: 1, warnings };
	}
	const body = text.slice(block.end);
	const bodyLine = block.lineCount + 1;
	try {
		return { data: block.yaml.trim() === "" ? {} : parseFrontmatterYaml(block.yaml), body, bodyLine, warnings: [] };
	} catch (err) {
		const line = err instanceof FrontmatterError && err.line !== undefined ? err.line + 1 : 1;
		const reason = err instanceof Error ? err.message : String(err);
		return { data: {}, body, bodyLine, warnings: [{ line, message: `${reason}; frontmatter ignored` }] };
	}
}

/** Groups top-level blocks under their headings, classifying each section by its heading. */
function sectionsOf(blocks: RootContent[], ctx: ParseContext): { sections: Section[]; firstH1?: string } {
	const sections: Section[] = [{ kind: null, heading: "", depth: 0, line: 1, blocks: [] }];
	let firstH1: string | undefined;
	// With several top-level headings, they are the document's sections ("# general survey", "# agents").
	const h1Sections = blocks.filter((b) => b.type === "heading" && b.depth === 1).length > 1;
	// The classified ancestor a subheading belongs to (a review item, a direction name…).
	let owner: { kind: SectionKind; depth: number } | null = null;
	for (const block of blocks) {
		if (block.type !== "heading") {
			sections[sections.length - 1].blocks.push(block);
			continue;
		}
		const heading = textOf(block).trim();
		if (block.depth === 1 && firstH1 === undefined) {
			// The first top-level heading is the document's title, not a section ("…深度研报" is no review).
			firstH1 = heading;
			owner = null;
			sections.push({ kind: null, heading, depth: 1, line: ctx.line(block), blocks: h1Sections ? [block] : [] });
			continue;
		}
		const current = sections[sections.length - 1];
		if ((owner && block.depth > owner.depth) || (block.depth > current.depth && current.depth > 1 && PAPER_PART_HEADING.test(stripNumbering(heading)))) {
			// A subheading inside a known section is one of its items; "### 论文总结" under a paper is part of it.
			current.blocks.push(block);
			continue;
		}
		const kind = classifyHeading(heading);
		owner = kind ? { kind, depth: block.depth } : null;
		sections.push({ kind, heading, depth: block.depth, line: ctx.line(block), blocks: kind ? [] : [block] });
	}
	return { sections, firstH1 };
}

function readBody(blocks: RootContent[], ctx: ParseContext): Topic[] {
	const reader = new BodyReader(ctx);
	reader.readAll(blocks);
	return reader.topics;
}

/** A directions or trends section: its lists, paragraphs and headings, and any table of groups. */
function readGroupSection(blocks: RootContent[], ctx: ParseContext): Group[] {
	const fromTables: Group[] = [];
	const rest = blocks.filter((b) => {
		if (b.type !== "table") return true;
		const groups = readGroupTable(b, ctx);
		if (groups) fromTables.push(...groups);
		else readComparisonTable(b, ctx);
		return false;
	});
	return [...readGroups(flattenEntries(rest, ctx), ctx, { nameFromColon: true }), ...fromTables];
}

function readSummaryBlock(block: RootContent, ctx: ParseContext, summary: string[], groups: Group[]): void {
	if (block.type === "table") {
		readComparisonTable(block, ctx);
		return;
	}
	if (block.type === "paragraph") {
		const found = readEnumeratedGroups(block.children, ctx.line(block), ctx);
		groups.push(...found);
		const text = textWithoutCitations(block.children);
		if (text) summary.push(text);
		return;
	}
	if (block.type === "list" && block.children.length >= 2 && block.children.every(startsWithBold)) {
		// "- **Direction**: what it is [(X et al. 2025)](…)" items in a summary name its directions.
		groups.push(...readGroups(flattenEntries([block], ctx), ctx, { nameFromColon: false }));
	} else {
		ctx.paperLinksIn([block], ctx.line(block));
	}
	const text = textOf(block).trim();
	if (text) summary.push(text);
}

function startsWithBold(item: Extract<RootContent, { type: "list" }>["children"][number]): boolean {
	const first = item.children[0];
	return first?.type === "paragraph" && first.children.find((n) => !(n.type === "text" && n.value.trim() === ""))?.type === "strong";
}

function readReviewSection(section: Section, ctx: ParseContext): void {
	let reader: ReviewReader | null = null;
	for (const block of section.blocks) {
		if (block.type === "heading") {
			reader?.finish();
			reader = new ReviewReader(ctx, textOf(block), ctx.line(block), ctx.paperLinksIn(block.children, ctx.line(block)));
		} else if (block.type === "table") {
			readComparisonTable(block, ctx);
		} else if (reader) {
			reader.add(block);
		} else {
			new BodyReader(ctx).readAll([block]);
		}
	}
	reader?.finish();
}

/** The frontmatter description is Markdown too: papers it links are the body's papers. */
function readDescription(description: string, ctx: ParseContext, line: number): void {
	const tree = parseMarkdown(description);
	const descCtxLine = line;
	for (const block of tree.children) {
		if (block.type === "paragraph") {
			const links = ctx.paperLinksIn(block.children, descCtxLine);
			for (const l of links) l.paper.addMention(descCtxLine);
		}
	}
}

function frontmatterLine(text: string, key: string): number {
	const lines = text.split("\n", 200);
	const i = lines.findIndex((l) => l.startsWith(`${key}:`));
	return i >= 0 ? i + 1 : 1;
}

function stripHeadingNoise(heading: string): string {
	return groupName(heading) || stripNumbering(heading) || heading.trim();
}

function fileTitle(fileName?: string): string {
	const base = fileName?.split(/[\\/]/).pop()?.replace(/\.(?:md|markdown|txt)$/i, "").trim();
	return base || "Untitled survey";
}

function normaliseDate(value: unknown): string | undefined {
	if (typeof value !== "string" && typeof value !== "number") return undefined;
	const d = parseISO(String(value));
	return isValid(d) ? format(d, "yyyy-MM-dd") : undefined;
}

function languageOf(declared: unknown, text: string): "zh" | "en" {
	if (typeof declared === "string") {
		if (/^zh|^cn|chinese|中文/i.test(declared.trim())) return "zh";
		if (/^en|english/i.test(declared.trim())) return "en";
	}
	return detectLanguage(text);
}

export type { PaperLink };
