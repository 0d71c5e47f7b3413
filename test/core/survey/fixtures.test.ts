import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { parseSurvey, type Paper, type Survey } from "../../../src/core/survey";

/** What a fixture's NAME.expected.json states (see test/fixtures/surveys/README). */
interface Expected {
	title?: string;
	language?: "zh" | "en";
	paperCount?: number;
	papers?: Array<Record<string, unknown> & { key: string }>;
	directions?: Array<{ name?: string; nameContains?: string; papers: string[] }>;
	trends?: Array<{ name: string; papers: string[] }>;
}

const dir = path.resolve(__dirname, "../../fixtures/surveys");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

function field(paper: Paper, name: string): unknown {
	switch (name) {
		case "firstAuthor":
			return paper.authors[0];
		case "reviewSections":
			return paper.review.map((r) => r.heading);
		default:
			return (paper as unknown as Record<string, unknown>)[name];
	}
}

describe.each(fixtures)("fixture %s", (file) => {
	const text = readFileSync(path.join(dir, file), "utf8");
	const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.md$/, ".expected.json")), "utf8")) as Expected;
	const survey: Survey = parseSurvey(text, { fileName: file });

	it("has the expected title, language and papers", () => {
		if (expected.title !== undefined) expect(survey.title).toBe(expected.title);
		if (expected.language !== undefined) expect(survey.language).toBe(expected.language);
		if (expected.paperCount !== undefined) expect(survey.papers.map((p) => p.key)).toHaveLength(expected.paperCount);
		for (const want of expected.papers ?? []) {
			const paper = survey.papers.find((p) => p.key === want.key);
			expect(paper, `paper ${want.key}`).toBeDefined();
			for (const [name, value] of Object.entries(want)) {
				const got = field(paper as Paper, name);
				if (value === null) expect(got, `${want.key}.${name}`).toBeUndefined();
				else expect(got, `${want.key}.${name}`).toEqual(value);
			}
		}
	});

	it("has the expected directions and trends with their papers", () => {
		if (expected.directions) {
			expect(survey.directions.map((d) => d.name)).toHaveLength(expected.directions.length);
			expected.directions.forEach((want, i) => {
				const got = survey.directions[i];
				if (want.name !== undefined) expect(got.name).toBe(want.name);
				if (want.nameContains !== undefined) expect(got.name).toContain(want.nameContains);
				expect(new Set(got.papers), `direction ${got.name}`).toEqual(new Set(want.papers));
			});
		}
		if (expected.trends) {
			expect(survey.trends.map((t) => t.name)).toEqual(expected.trends.map((t) => t.name));
			expected.trends.forEach((want, i) => expect(new Set(survey.trends[i].papers), `trend ${want.name}`).toEqual(new Set(want.papers)));
		}
	});
});

it("covers at least eight fixtures in both languages", () => {
	expect(fixtures.length).toBeGreaterThanOrEqual(8);
	expect(fixtures.filter((f) => f.startsWith("zh-")).length).toBeGreaterThanOrEqual(4);
	expect(fixtures.filter((f) => f.startsWith("en-")).length).toBeGreaterThanOrEqual(4);
});
