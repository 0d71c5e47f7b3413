import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { bibtexIds, looksLikeBibtex, readBibtexEntries, splitNames } from "../../../src/core/survey/bibtex-entries";
import { latexToText } from "../../../src/core/survey/latex-text";

const only = (text: string) => {
	const { entries, problems } = readBibtexEntries(text);
	expect(problems).toEqual([]);
	expect(entries).toHaveLength(1);
	return entries[0];
};

describe("readBibtexEntries", () => {
	it("reads an arXiv export: eprint with its prefix, authors turned to First Last, 'and others' dropped", () => {
		const e = only(`@misc{okafor2024tidal,
  title={Tidal Scheduling for Elastic Stream Joins},
  author={Okafor, Chidi and Mei Tanaka and others},
  year={2024},
  eprint={2403.01234v2},
  archivePrefix={arXiv},
  primaryClass={cs.DB}
}`);
		expect(e).toEqual({ type: "misc", citekey: "okafor2024tidal", title: "Tidal Scheduling for Elastic Stream Joins", authors: ["Chidi Okafor", "Mei Tanaka"], year: 2024, venue: "arXiv", arxiv: "2403.01234", line: 0 });
	});

	it("reads a proceedings entry with quoted values, nested braces and a DOI behind a resolver", () => {
		const e = only(`@inproceedings{haddad99lease,
  title = "Lease-Based Consensus for {Flaky} Networks",
  author = "Haddad, R. and Voss, S.",
  booktitle = {Proceedings of the 12th Symposium on {Distributed} Systems},
  year = 1999,
  doi = {https://doi.org/10.5555/Lease.1999}
}`);
		expect(e).toMatchObject({ title: "Lease-Based Consensus for Flaky Networks", authors: ["R. Haddad", "S. Voss"], year: 1999, venue: "12th Symposium on Distributed Systems", doi: "10.5555/lease.1999" });
	});

	it("cleans LaTeX accents, escapes, case braces and ties", () => {
		const e = only(`@article{m, title = {{GPT} Agents \\& Tools for M{\\"u}ller's Lab~Notes}, author = {M{\\"u}ller, Zo{\\"e} and Fran{\\c{c}}ois Lef\\'evre}, journal = {Journal of Imaginary Learning}}`);
		expect(e.title).toBe("GPT Agents & Tools for Müller's Lab Notes");
		expect(e.authors).toEqual(["Zoë Müller", "François Lefévre"]);
		expect(e.venue).toBe("Journal of Imaginary Learning");
	});

	it("reads a Chinese entry: Chinese title, authors and journal", () => {
		const e = only(`@article{wang2023kuosan,
  title = {基于扩散模型的图像修复方法研究},
  author = {王小明 and 李华},
  journal = {计算机学报},
  year = {2023}
}`);
		expect(e).toMatchObject({ title: "基于扩散模型的图像修复方法研究", authors: ["王小明", "李华"], venue: "计算机学报", year: 2023 });
	});

	it("finds the arXiv id in an 'arXiv preprint' journal and in a CoRR volume", () => {
		expect(only(`@article{a, title={Sparse Gradients for Frozen Encoders}, journal={arXiv preprint arXiv:2301.01234}, year={2023}}`)).toMatchObject({ arxiv: "2301.01234", venue: "arXiv" });
		expect(only(`@article{b, title={Bounded Queues for Robots}, journal={CoRR}, volume={abs/2105.04321}, year={2021}}`)).toMatchObject({ arxiv: "2105.04321", venue: "arXiv" });
	});

	it("joins '#' parts, expands @string macros and skips @comment and @preamble", () => {
		const { entries } = readBibtexEntries(`@comment{ignore {this} entirely}
@preamble{"\\newcommand{\\x}{y}"}
@string{jil = "Journal of Imaginary Learning"}
@article{c, title = "Graph " # {Prompting} # " for Tables", journal = jil, month = jan, year = 2022}`);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ title: "Graph Prompting for Tables", venue: "Journal of Imaginary Learning", year: 2022, line: 3 });
	});

	it("skips a broken entry with its line and reads the next one", () => {
		const { entries, problems } = readBibtexEntries(`@article{broken,
  title = {An Unclosed {Title},
  year = 2020
}
@article{fine, title = {A Title That Closes}, year = 2021}`);
		expect(entries.map((e) => e.citekey)).toEqual(["fine"]);
		expect(problems).toEqual([{ line: 0, type: "article", message: expect.stringMatching(/brace|closed/) as string }]);
	});

	it("gives nothing for an e-mail address, a software entry without an identifier, or an entry without title or id", () => {
		expect(readBibtexEntries("write to jane@example.org{x}").entries).toEqual([]);
		expect(readBibtexEntries("@software{tool, title={A Handy Tool}, url={https://github.com/x/y}}").entries).toEqual([]);
		expect(readBibtexEntries("@article{empty, year={2020}}").entries).toEqual([]);
	});

	it("never throws, whatever the text", () => {
		const bib = fc.array(fc.constantFrom("@article{", "@string{", "@comment{", "title", "=", "{", "}", '"', "#", ",", "\\", "and", " ", "\n", "2301.01234", "x"), { maxLength: 60 }).map((p) => p.join(""));
		fc.assert(fc.property(fc.oneof(bib, fc.string({ maxLength: 200 })), (s) => {
			readBibtexEntries(s);
			return true;
		}), { numRuns: 500 });
	});
});

describe("bibtexIds", () => {
	it("names the arXiv id first and keeps the DOI beside it; an arXiv DOI is the arXiv id", () => {
		const e = only("@article{d, title={Moss Routing}, eprint={2402.00011}, archivePrefix={arXiv}, doi={10.1145/3600000.1}}");
		expect(bibtexIds(e).map((id) => id.key)).toEqual(["2402.00011", "doi:10.1145/3600000.1"]);
		const f = only("@misc{f, title={Lantern Retrieval}, doi={10.48550/arXiv.2501.00011}}");
		expect(bibtexIds(f).map((id) => id.key)).toEqual(["2501.00011"]);
	});
});

describe("splitNames and latexToText", () => {
	it("keeps a braced corporate name whole and reads the 'von Last, Jr, First' form", () => {
		expect(splitNames("{Barnes and Noble Research} and van der Berg, Jr, Anna")).toEqual(["Barnes and Noble Research", "Anna van der Berg Jr"]);
	});
	it("turns dashes and commands into text", () => {
		expect(latexToText("Zero--Shot \\emph{Parsing} --- a \\textsc{Bert} Study of $k$-means")).toBe("Zero–Shot Parsing — a Bert Study of k-means");
	});
	it("tells BibTeX text from prose", () => {
		expect(looksLikeBibtex("Cite as:\n@inproceedings{x, title={T}}")).toBe(true);
		expect(looksLikeBibtex("Ping @alice{in the chat}")).toBe(false);
	});
});

describe("agrees with @retorquere/bibtex-parser on title, authors and year", () => {
	const samples = [
		`@article{k1, title={Tidal Scheduling for {E}lastic Stream Joins}, author={Okafor, Chidi and Tanaka, Mei}, journal={Data Letters}, year={2022}}`,
		`@inproceedings{k2, title = "Lease-Based Consensus", author = "Rana Haddad and Sven Voss and Li Wei", booktitle = {Symposium on Systems}, year = 1999}`,
		`@article{k3, title={M{\\"u}ller's Theorem \\& Friends}, author={M{\\"u}ller, Zo{\\"e} and van Beethoven, Ludwig}, year={2021}}`,
		`@misc{k4, title={基于扩散模型的图像修复}, author={王小明 and 李华}, year={2023}, eprint={2301.01234}, archivePrefix={arXiv}}`,
	];
	it.each(samples)("%s", (text) => {
		const ours = only(text);
		const theirs = parseBibtex(text, { english: false }).entries[0];
		// That parser leaves accents decomposed; ours composes them, as Markdown text is.
		const nfc = (s: string | undefined) => s?.normalize("NFC");
		const names = (theirs.fields.author ?? []).map((a) => nfc([a.firstName, a.prefix, a.lastName, a.suffix].filter(Boolean).join(" ")));
		expect(ours.title).toBe(nfc(theirs.fields.title));
		expect(ours.authors).toEqual(names);
		expect(ours.year).toBe(Number(theirs.fields.year));
	});
});
