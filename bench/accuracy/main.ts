/**
 * `npm run accuracy`: imports every corpus document, scores the notes against
 * the truth, prints a line per document and a summary, and writes accuracy.json.
 *   npm run accuracy [-- --verbose] [-- --doc 04[,11]] [-- --corpus DIR]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { loadCorpus, scoreCorpusDocument } from "./corpus";
import { summarise, type DocumentScore, type Summary } from "./match";
import { changeLines, documentDetails, documentLine, summaryLines } from "./report";

interface Options {
	verbose: boolean;
	docs: string[] | null;
	corpus: string;
}

function optionValue(argv: string[], name: string): string | undefined {
	const inline = argv.find((a) => a.startsWith(`--${name}=`));
	if (inline) return inline.slice(name.length + 3);
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
}

function parseOptions(argv: string[]): Options {
	const known = new Set(["--verbose", "-v", "--doc", "--corpus"]);
	for (const [i, a] of argv.entries()) {
		const flag = a.split("=")[0];
		const isValue = i > 0 && (argv[i - 1] === "--doc" || argv[i - 1] === "--corpus");
		if (!isValue && !known.has(flag)) throw new Error(`unknown option ${a}; expected --verbose, --doc NN[,NN] or --corpus DIR`);
	}
	const doc = optionValue(argv, "doc");
	if (argv.includes("--doc") && doc === undefined) throw new Error("--doc needs a document number, e.g. --doc 04");
	return {
		verbose: argv.includes("--verbose") || argv.includes("-v"),
		docs: doc === undefined ? null : doc.split(",").map((d) => d.trim()).filter((d) => d !== ""),
		corpus: path.resolve(optionValue(argv, "corpus") ?? "../shared/corpus"),
	};
}

function previousSummary(file: string): Partial<Summary> | null {
	if (!existsSync(file)) return null;
	try {
		return (JSON.parse(readFileSync(file, "utf8")) as { summary?: Partial<Summary> }).summary ?? null;
	} catch {
		console.warn(`${file} is not valid JSON; no comparison with the last run`);
		return null;
	}
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	if (!existsSync(path.join(options.corpus, "docs"))) {
		console.error(`The development corpus is not at ${options.corpus} (expected docs/ and truth/ there); nothing to score.`);
		return 1;
	}
	const all = loadCorpus(options.corpus);
	const chosen = options.docs === null ? all : all.filter((d) => options.docs?.some((n) => d.name === n || d.name.startsWith(`${n}-`)));
	if (chosen.length === 0) {
		console.error(`No corpus document matches --doc ${options.docs?.join(",")}; the documents are ${all.map((d) => d.name.split("-")[0]).join(", ")}`);
		return 1;
	}
	const started = performance.now();
	const scores: DocumentScore[] = [];
	for (const doc of chosen) {
		const score = await scoreCorpusDocument(doc);
		scores.push(score);
		console.log(documentLine(score));
		if (options.verbose || options.docs !== null) for (const line of documentDetails(score)) console.log(line);
	}
	const summary = summarise(scores);
	console.log(`\n== summary (${scores.length} documents, ${((performance.now() - started) / 1000).toFixed(1)} s) ==`);
	for (const line of summaryLines(summary)) console.log(line);
	// A run over some documents only would overwrite the full figures, so only a full run is recorded.
	if (options.docs !== null) return 0;
	const file = path.resolve("accuracy.json");
	const before = previousSummary(file);
	if (before) {
		console.log("\n== change since the last run ==");
		const changes = changeLines(summary, before);
		for (const line of changes.length > 0 ? changes : ["(no figure to compare)"]) console.log(line);
	}
	writeFileSync(file, `${JSON.stringify({ corpus: options.corpus, summary, documents: scores }, null, 2)}\n`);
	console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exitCode = 1;
	},
);
