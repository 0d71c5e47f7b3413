import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSurvey, SurveyParseError } from "../../src/core/survey";
import { DIGEST_SEED, readSeed, REPORT_SEED } from "../support/seeds";
import { itWithShared } from "../support/shared";

/**
 * Runs the parser and reports what it threw, if anything other than its own
 * error about the input (an "internal" SurveyParseError would hide a bug).
 */
function foreignError(input: string | Uint8Array): unknown {
	try {
		parseSurvey(input, { fileName: "fuzz.md" });
		return null;
	} catch (err) {
		return err instanceof SurveyParseError && err.code !== "internal" ? null : err;
	}
}

const fragments = ["# ", "## 1. 执行摘要", "### （1）*T*", "| a | b |\n|---|---|\n| [x](https://arxiv.org/abs/2401.00001) | 2 |", "**第一，X**。", "1. **Name**：", "- 代表性研究：", "[(A et al. 2024)](https://arxiv.org/abs/2401.00002)", "---\n", "```", "> ", "<!-- ", "\u0000", "\r", "\uFEFF", "](", "[[", "（1）a；（2）b", "[t](https://doi.org/10.1/x)",
	// HTML inside Markdown, whole and broken, and the reference shapes read without links.
	"<details><summary>Bibtex</summary>\n\n```\n@article{x, title={T}}\n```\n</details>", "<br />", "<b id=\"a1\"></b>", "<table><tr><td><a href=\"https://arxiv.org/abs/2401.00003\">T</a></td></tr></table>", "<a href=", "</details>",
	'Okafor, Chidi, et al. "A Title Here." Venue. 2022.', "Title of a Survey. ACM Comput. Surv. 57(5): 1-2 (2025)", "- [ ] ", "[[Wiki Title]]", "2024年09月30日\n",
	// BibTeX, whole and broken: fenced, bare and in <pre>, with the syntax a tolerant reader must survive.
	"```bibtex\n", "@article{k, title={A {Nested} Title}, author={Doe, Jane and others}, year=2024}", "@inproceedings{", "@string{j = \"J\"}", "@comment{", "title = \"Q\" # j,", "{\\\"u}", "eprint={2401.00004}, archivePrefix={arXiv}", "<pre>@misc{m, title={标题}}</pre>", "## Citation\n", "## 引用\n"];

/** A BibTeX block built from entry pieces, then cut and spliced like the Markdown above. */
const BIBTEX_PIECES = ["@article{", "@misc(", "@string{", "@preamble{", "@comment{", "key,", "title", "author", "year", "journal", "eprint", "doi", " = ", "=", "{", "}", "(", ")", '"', "#", ",", "\\", '\\"', "~", " and ", "others", "Doe, Jane", "基于扩散模型", "2301.01234", "10.1/x", "\n", "  "];

/** Markdown mutated the way real damage looks: cut, spliced, duplicated, with stray syntax. */
const mutatedSurvey = (seeds: string[]) => fc
	.tuple(
		fc.constantFrom(...seeds),
		fc.array(
			fc.record({
				at: fc.nat(),
				kind: fc.constantFrom("cut", "insert", "duplicate", "delete"),
				text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20, unit: "binary" })),
				len: fc.nat({ max: 400 }),
			}),
			{ maxLength: 8 },
		),
	)
	.map(([seed, edits]) => {
		let s = seed;
		for (const e of edits) {
			const at = e.at % (s.length + 1);
			if (e.kind === "cut") s = s.slice(0, at);
			else if (e.kind === "insert") s = s.slice(0, at) + e.text + s.slice(at);
			else if (e.kind === "duplicate") s = s.slice(0, at) + s.slice(at, at + e.len) + s.slice(at);
			else s = s.slice(0, at) + s.slice(at + e.len);
		}
		return s;
	});

describe("the survey parser never throws anything but SurveyParseError", () => {
	it("on random text", () => {
		fc.assert(fc.property(fc.string({ maxLength: 400, unit: "binary" }), (s) => foreignError(s) === null), { numRuns: 400 });
	});

	it("on random bytes", () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => foreignError(b) === null), { numRuns: 300 });
	});

	it("on random Markdown built from survey fragments, HTML fragments included", () => {
		const markdown = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(""));
		fc.assert(fc.property(markdown, (s) => foreignError(s) === null), { numRuns: 400 });
	});

	it("on random and mutated BibTeX, fenced, tagged, bare and in HTML", () => {
		const entry = fc.array(fc.constantFrom(...BIBTEX_PIECES), { maxLength: 50 }).map((p) => p.join(""));
		const valid = String.raw`@article{k, title = {Graph {\"u}ber Alles}, author = {M{\"u}ller, Zo{\"e} and others}, journal = {arXiv preprint arXiv:2301.01234}, year = 2023}`;
		const wrap = fc.constantFrom((b: string) => "```bibtex\n" + b + "\n```", (b: string) => "```\n" + b, (b: string) => b, (b: string) => `<details><summary>Bibtex</summary><pre><code>${b}</code></pre></details>`, (b: string) => `## 引用\n\n\`\`\`bib\n${b}\n\`\`\``);
		const doc = fc.tuple(wrap, fc.array(fc.oneof(entry, fc.constant(valid)), { minLength: 1, maxLength: 4 })).map(([w, parts]) => `# T\n\n${w(parts.join("\n"))}`);
		fc.assert(fc.property(doc, (s) => foreignError(s) === null), { numRuns: 300 });
		fc.assert(fc.property(mutatedSurvey([`# T\n\n\`\`\`bibtex\n${valid}\n${valid}\n\`\`\``]), (s) => foreignError(s) === null), { numRuns: 200 });
	});

	itWithShared("seeds", "on mutated real surveys", () => {
		const seeds = [REPORT_SEED, DIGEST_SEED].map((name) => new TextDecoder().decode(readSeed(name)));
		fc.assert(fc.property(mutatedSurvey(seeds), (s) => foreignError(s) === null), { numRuns: 200 });
	});

	it("on nesting 1,000 levels deep and a 1 MB single line", () => {
		const link = "[Deep Paper](https://arxiv.org/abs/2401.00001)";
		for (const doc of ["> ".repeat(1000) + link, "- ".repeat(1000) + link, "*".repeat(1000) + link + "*".repeat(1000), "[".repeat(1000) + link, `${link} ${"x".repeat(1024 * 1024)}`]) {
			expect(foreignError(doc)).toBeNull();
		}
		expect(parseSurvey(`${link} ${"y".repeat(1024 * 1024)}`).papers[0].title).toBe("Deep Paper");
	});
});
