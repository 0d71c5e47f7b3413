/** The development corpus beside the repository: `../shared/corpus/docs/NN-*.md` and their truth files. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { importDocument } from "./vault-notes";
import { refusedDocument, scoreDocument, type DocumentScore } from "./match";
import { parseTruth, type Truth } from "./truth";

export interface CorpusDocument {
	/** The file name without ".md", e.g. "04-zh-must-read-titles-table". */
	name: string;
	file: string;
	truth: Truth;
}

/** The corpus documents that have a truth file, in file order; throws when a document lacks one. */
export function loadCorpus(dir: string): CorpusDocument[] {
	const docs = readdirSync(path.join(dir, "docs")).filter((f) => f.endsWith(".md")).sort();
	return docs.map((f) => {
		const name = f.slice(0, -3);
		const truthFile = path.join(dir, "truth", `${name}.json`);
		if (!existsSync(truthFile)) throw new Error(`${path.join(dir, "docs", f)} has no truth file (expected ${truthFile})`);
		return { name, file: path.join(dir, "docs", f), truth: parseTruth(JSON.parse(readFileSync(truthFile, "utf8")), truthFile) };
	});
}

/** Imports one corpus document into a fresh vault and scores the notes. */
export async function scoreCorpusDocument(doc: CorpusDocument): Promise<DocumentScore> {
	const outcome = await importDocument(doc.file);
	return outcome.ok ? scoreDocument(doc.name, doc.truth, outcome.notes) : refusedDocument(doc.name, doc.truth, outcome.message);
}
