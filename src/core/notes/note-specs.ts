import type { Direction, Paper, Survey, Trend } from "../survey/model";
import { labelsFor, type Labels } from "./labels";
import { unlinkedProperties, wikilink } from "./links";
import type { NoteSpec } from "./note-merge";
import { neutralise } from "./regions";
import { shortTitle } from "./file-names";
import type { YamlValue } from "./yaml-writer";

/** Property names a comparison-table column may not take: they belong to the note contract. */
export const CONTRACT_KEYS = new Set(["type", "title", "citekey", "aliases", "authors", "year", "arxiv", "doi", "url", "venue", "citations", "score", "method", "innovation", "confidence", "directions", "trends", "surveys", "tags", "imported", "date", "source", "lang", "cssclasses"]);

/** Links between the notes of one import, already resolved to targets. */
export interface LinkBook {
	survey: string;
	paper(key: string): string;
	direction(name: string): string;
	trend(name: string): string;
}

export interface SpecContext {
	survey: Survey;
	links: LinkBook;
	/** Region id of this survey's text in shared notes. */
	regionId: string;
	labels: Labels;
	today: string;
	paperTags: string[];
	source?: string;
}

export function specContext(survey: Survey, links: LinkBook, regionId: string, today: string, paperTags: string[], source?: string): SpecContext {
	return { survey, links, regionId, labels: labelsFor(survey.language), today, paperTags, ...(source ? { source } : {}) };
}

const TABLE_REGION = { id: "table", content: "```paper-table\n```\n" };

function surveyLink(ctx: SpecContext): string {
	return wikilink(ctx.links.survey, ctx.survey.title);
}

function paperLink(ctx: SpecContext, paper: Paper): string {
	return wikilink(ctx.links.paper(paper.key), paper.title);
}

/** One line about a paper for lists: first author, year, venue. */
function paperFacts(paper: Paper): string {
	return [paper.authors[0], paper.year, paper.venue].filter((x) => x !== undefined && x !== "").join(" · ");
}

/** The first sentence of a text, for one-line descriptions. */
function firstSentence(text: string | undefined, max = 140): string {
	if (!text) return "";
	const one = text.replace(/\s+/g, " ").trim();
	const m = /^(.+?[。！？!?]|.+?\.(?=\s))/u.exec(one);
	const s = m ? m[1] : one;
	return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Prose from a survey as it goes into a note: safe inside a region, one paragraph per line of text. */
function prose(text: string): string {
	return neutralise(text.trim()).replace(/\n+/g, "\n\n");
}

export function paperSpec(ctx: SpecContext, paper: Paper, fileName: string, citekey?: string): NoteSpec {
	const { survey, links, labels } = ctx;
	const directions = survey.directions.filter((d) => d.papers.includes(paper.key));
	const trends = survey.trends.filter((t) => t.papers.includes(paper.key));
	const aliases = [...new Set([paper.title !== fileName ? paper.title : undefined, shortTitle(paper.title)].filter((a): a is string => a !== undefined && a !== fileName))];
	const properties: Array<[string, YamlValue]> = [["type", "paper"], ["title", paper.title]];
	if (citekey !== undefined) properties.push(["citekey", citekey]);
	if (aliases.length > 0) properties.push(["aliases", aliases]);
	if (paper.authors.length > 0) properties.push(["authors", paper.authors]);
	const optional: Array<[string, YamlValue | undefined]> = [
		["year", paper.year],
		["arxiv", paper.arxiv],
		["doi", paper.doi],
		["url", paper.url],
		["venue", paper.venue],
		["citations", paper.citations],
		["score", paper.score],
		["method", paper.method],
		["innovation", paper.innovation],
		["confidence", paper.confidence],
	];
	for (const [k, v] of optional) if (v !== undefined && v !== "") properties.push([k, v]);
	for (const [k, v] of Object.entries(paper.extra)) if (!CONTRACT_KEYS.has(k) && v !== "") properties.push([k, v]);
	if (directions.length > 0) properties.push(["directions", directions.map((d) => wikilink(links.direction(d.name)))]);
	if (trends.length > 0) properties.push(["trends", trends.map((t) => wikilink(links.trend(t.name)))]);
	properties.push(["surveys", [wikilink(links.survey)]]);
	if (ctx.paperTags.length > 0) properties.push(["tags", ctx.paperTags]);
	properties.push(["imported", ctx.today]);

	const parts = [`## ${labels.from} ${surveyLink(ctx)}`];
	if (paper.summary) parts.push(prose(paper.summary));
	if (paper.highlights.length > 0) parts.push(`**${labels.highlights}**: ${paper.highlights.map((h) => neutralise(h)).join(" · ")}`);
	for (const section of paper.review) parts.push(`### ${neutralise(section.heading).replace(/^\\/, "")}\n\n${prose(section.text)}`);
	const related: string[] = [];
	if (directions.length > 0) related.push(`**${labels.directions}**: ${directions.map((d) => wikilink(links.direction(d.name), d.name)).join(" · ")}`);
	if (trends.length > 0) related.push(`**${labels.trends}**: ${trends.map((t) => wikilink(links.trend(t.name), t.name)).join(" · ")}`);
	if (related.length > 0) parts.push(related.join("\n"));
	return { properties: unlinkedProperties(properties), createOnly: new Set(["imported"]), regions: [{ id: ctx.regionId, content: `${parts.join("\n\n")}\n` }] };
}

function paperList(ctx: SpecContext, keys: string[], describe: (p: Paper) => string): string {
	const byKey = new Map(ctx.survey.papers.map((p) => [p.key, p]));
	return keys
		.map((k) => byKey.get(k))
		.filter((p): p is Paper => p !== undefined)
		.map((p) => {
			const line = describe(p);
			return `- ${paperLink(ctx, p)}${line ? ` — ${neutralise(line)}` : ""}`;
		})
		.join("\n");
}

export function directionSpec(ctx: SpecContext, direction: Direction): NoteSpec {
	const parts = [`## ${ctx.labels.from} ${surveyLink(ctx)}`];
	if (direction.overview) parts.push(prose(direction.overview));
	const list = paperList(ctx, direction.papers, (p) => firstSentence(p.innovation ?? p.method ?? p.summary) || paperFacts(p));
	if (list) parts.push(`### ${ctx.labels.papers}\n\n${list}`);
	return {
		properties: unlinkedProperties<YamlValue>([["type", "direction"], ["title", direction.name], ["surveys", [wikilink(ctx.links.survey)]]]),
		regions: [{ id: ctx.regionId, content: `${parts.join("\n\n")}\n` }, { id: TABLE_REGION.id, content: `## ${ctx.labels.table}\n\n${TABLE_REGION.content}` }],
	};
}

export function trendSpec(ctx: SpecContext, trend: Trend): NoteSpec {
	const parts = [`## ${ctx.labels.from} ${surveyLink(ctx)}`];
	if (trend.text) parts.push(prose(trend.text));
	const list = paperList(ctx, trend.papers, paperFacts);
	if (list) parts.push(`### ${ctx.labels.citedBy}\n\n${list}`);
	const regions = [{ id: ctx.regionId, content: `${parts.join("\n\n")}\n` }];
	if (trend.papers.length > 0) regions.push({ id: TABLE_REGION.id, content: `## ${ctx.labels.table}\n\n${TABLE_REGION.content}` });
	return { properties: unlinkedProperties<YamlValue>([["type", "trend"], ["title", trend.name], ["surveys", [wikilink(ctx.links.survey)]]]), regions };
}

export function surveySpec(ctx: SpecContext): NoteSpec {
	const { survey, links, labels } = ctx;
	const properties: Array<[string, YamlValue]> = [["type", "survey"], ["title", survey.title]];
	if (survey.date) properties.push(["date", survey.date]);
	if (ctx.source) properties.push(["source", ctx.source]);
	properties.push(["lang", survey.language]);
	if (survey.tags.length > 0) properties.push(["tags", survey.tags]);
	properties.push(["imported", ctx.today]);

	const parts: string[] = [];
	if (survey.description && survey.description !== survey.summary) parts.push(`> ${prose(survey.description).replace(/\n\n/g, "\n>\n> ")}`);
	if (survey.summary) parts.push(`## ${labels.summary}\n\n${prose(survey.summary)}`);
	if (survey.directions.length > 0) {
		const items = survey.directions.map((d) => `- ${wikilink(links.direction(d.name), d.name)} (${d.papers.length})${d.overview ? ` — ${neutralise(firstSentence(d.overview))}` : ""}`);
		parts.push(`## ${labels.directions}\n\n${items.join("\n")}`);
	}
	if (survey.trends.length > 0) {
		const items = survey.trends.map((t) => `- ${wikilink(links.trend(t.name), t.name)}${t.text ? ` — ${neutralise(firstSentence(t.text))}` : ""}`);
		parts.push(`## ${labels.trends}\n\n${items.join("\n")}`);
	}
	parts.push(`## ${labels.papers}\n\n${paperList(ctx, survey.papers.map((p) => p.key), paperFacts)}`);
	parts.push(`## ${labels.table}\n\n${TABLE_REGION.content}`);
	return { properties: unlinkedProperties(properties), createOnly: new Set(["imported"]), regions: [{ id: "survey", content: `${parts.join("\n\n")}\n` }] };
}
