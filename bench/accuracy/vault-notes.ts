/**
 * Imports one document the way `survey-vault import` does, into a fresh
 * temporary vault, and reads the notes it wrote back from disk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import matter from "gray-matter";
import type { CliIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import type { FoundNotes, FoundPaper } from "./truth";

export type ImportOutcome = { ok: true; notes: FoundNotes } | { ok: false; message: string };

/** Runs the CLI's import command on a file into a new vault, reads the notes, and removes the vault. */
export async function importDocument(file: string): Promise<ImportOutcome> {
	const vault = mkdtempSync(path.join(tmpdir(), "survey-vault-accuracy-"));
	let err = "";
	const io: CliIo = { cwd: process.cwd(), stdout: () => undefined, stderr: (text) => void (err += text), readStdin: () => Promise.resolve("") };
	try {
		const code = await runCli(["import", file, "--vault", vault, "--json"], io);
		// The message names the file, which the printed line already does.
		if (code !== 0) return { ok: false, message: err.trim().replace(/^survey-vault: /, "").replace(`${file}: `, "") || `exit code ${code}` };
		return { ok: true, notes: readNotes(vault) };
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
}

interface Note {
	/** Path inside the vault without ".md". */
	id: string;
	data: Record<string, unknown>;
}

function markdownFiles(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return e.name.startsWith(".") ? [] : markdownFiles(full, root);
		return e.name.endsWith(".md") ? [path.relative(root, full).split(path.sep).join("/")] : [];
	});
}

function text(value: unknown): string | undefined {
	if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
	if (typeof value === "number") return String(value);
	return undefined;
}

/** The target of a `[[target|shown]]` property value. */
function linkTarget(value: unknown): string | undefined {
	return typeof value === "string" ? /^\[\[([^\]|#]+)/.exec(value.trim())?.[1]?.trim() : undefined;
}

/** Every typed note of a vault folder, grouped by type. */
export function readNotes(vault: string): FoundNotes {
	const notes: Note[] = markdownFiles(vault).map((p) => ({ id: p.slice(0, -3), data: matter(readFileSync(path.join(vault, p), "utf8"), {}).data }));
	const ofType = (type: string): Note[] => notes.filter((n) => n.data.type === type);
	const title = (n: Note): string => text(n.data.title) ?? n.id.split("/").pop() ?? n.id;
	// Links name a note by its file name, or by its path when names clash.
	const directionByTarget = new Map<string, string>();
	for (const d of ofType("direction")) {
		directionByTarget.set(d.id, title(d));
		directionByTarget.set(d.id.split("/").pop() ?? d.id, title(d));
	}
	const papers: FoundPaper[] = ofType("paper").map((n) => {
		const authors = Array.isArray(n.data.authors) ? n.data.authors.map(text) : [text(n.data.authors)];
		const year = Number(text(n.data.year));
		const directions = (Array.isArray(n.data.directions) ? n.data.directions : []).map(linkTarget).flatMap((t) => (t !== undefined && directionByTarget.has(t) ? [directionByTarget.get(t) ?? t] : []));
		const paper: FoundPaper = { path: `${n.id}.md`, title: title(n), directions };
		const arxiv = text(n.data.arxiv);
		if (arxiv) paper.arxiv = arxiv;
		if (Number.isInteger(year)) paper.year = year;
		if (authors[0]) paper.firstAuthor = authors[0];
		const venue = text(n.data.venue);
		if (venue) paper.venue = venue;
		return paper;
	});
	return { papers, directions: ofType("direction").map(title), trends: ofType("trend").map(title) };
}
