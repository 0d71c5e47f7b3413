import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, scoreCorpusDocument } from "../../bench/accuracy/corpus";
import { summarise, type DocumentScore } from "../../bench/accuracy/match";
import { documentLine } from "../../bench/accuracy/report";

/** The development corpus beside the repository (../shared/corpus), scored as `npm run accuracy` does. */
const CORPUS_DIR = path.resolve(__dirname, "../../../shared/corpus");
const present = existsSync(path.join(CORPUS_DIR, "docs"));
const required = process.env.SURVEY_VAULT_REQUIRE_SHARED === "1";

/**
 * Floors a little under the figures measured on the corpus; raise them as the
 * importer improves, so a change that loses papers or directions fails here.
 */
const FLOORS = { paperRecall: 0.97, paperPrecision: 0.98, directionRecall: 0.9, trendRecall: 0.95, yearAccuracy: 0.97 };

if (!present && required) {
	describe("development corpus", () => {
		it("is present, as SURVEY_VAULT_REQUIRE_SHARED=1 requires", () => {
			expect.fail(`${CORPUS_DIR} is absent but SURVEY_VAULT_REQUIRE_SHARED=1 asks for the shared files`);
		});
	});
} else if (!present) {
	console.warn(`corpus-accuracy: skipped, the development corpus is not at ${CORPUS_DIR}`);
}

describe.skipIf(!present)("development corpus accuracy", () => {
	const docs = present ? loadCorpus(CORPUS_DIR) : [];
	const scores: DocumentScore[] = [];
	beforeAll(async () => {
		for (const doc of docs) scores.push(await scoreCorpusDocument(doc));
	});

	it("scores every corpus document with one line", () => {
		expect(docs.length).toBe(readdirSync(path.join(CORPUS_DIR, "docs")).filter((f) => f.endsWith(".md")).length);
		const lines = scores.map(documentLine);
		expect(lines).toHaveLength(docs.length);
		for (const [i, line] of lines.entries()) expect(line).toMatch(new RegExp(`^${docs[i].name}  (papers \\d+/\\d+  precision|REFUSED: \\S)`));
	});

	it("does not fall under the recorded floors", () => {
		const summary = summarise(scores);
		for (const [figure, floor] of Object.entries(FLOORS)) expect(summary[figure as keyof typeof FLOORS] ?? 0, figure).toBeGreaterThanOrEqual(floor);
	});
});
