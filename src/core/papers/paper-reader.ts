import { FrontmatterError, normaliseFrontmatter, parseNoteFrontmatter, type FrontmatterData } from "../markdown/frontmatter";
import { summaryFromNote } from "../search/note-summary";
import { MAX_NOTE_BYTES, StoreError, tooLarge, type NoteStore } from "../store/note-store";
import { isPaperNote, toPaperRecord, type PaperRecord } from "./paper-record";

/**
 * A note as a reader receives it: its text (the CLI, tests), or the
 * properties Obsidian already parsed with the note's size in bytes (the
 * plugin's metadata cache), and the text too when the caller has it.
 */
export type NoteSource = { path: string; text: string } | { path: string; frontmatter: unknown; bytes: number; text?: string };

/** What one note says of itself: its properties and, for a paper note, its record; or why it cannot be read. */
export type NoteReading =
	| { path: string; ok: true; properties: FrontmatterData; paper: PaperRecord | null }
	| {
			path: string;
			ok: false;
			reason: string;
			/** 1-based line of the YAML error, where the parser gave one. */
			line?: number;
			/** `properties`: its frontmatter cannot be read (a YAML error, an alias bomb); `store`: the note itself cannot (too large, gone). */
			cause: "properties" | "store";
	  };

export interface ReadOptions {
	/** Read the surveys' text about a paper from the note's body (search wants it; tables and the importer do not). */
	summary?: boolean;
	/** Only paper notes matter: any other note is answered without reading its properties further. */
	papersOnly?: boolean;
}

/**
 * The one reader of notes: decides whether a note is a paper note and reads
 * its record, the same way for the command line (text) and the plugin
 * (Obsidian's parsed frontmatter). A hostile note (a YAML alias bomb, a
 * note above MAX_NOTE_BYTES) is answered as unreadable, never expanded.
 */
export function readNote(source: NoteSource, options: ReadOptions = {}): NoteReading {
	const { path } = source;
	let properties: FrontmatterData;
	try {
		if ("frontmatter" in source) {
			const raw = source.frontmatter;
			// The cache shares objects between YAML aliases: only a note that matters is copied, with a bound.
			if (options.papersOnly && !isPaperNote(raw as FrontmatterData | undefined)) return { path, ok: true, properties: {}, paper: null };
			if (source.bytes > MAX_NOTE_BYTES) return storeFailure(path, tooLarge(path, source.bytes));
			properties = raw === null || raw === undefined ? {} : normaliseFrontmatter(raw);
		} else {
			properties = parseNoteFrontmatter(source.text);
		}
	} catch (err) {
		if (!(err instanceof FrontmatterError)) throw err;
		return { path, ok: false, reason: err.message, cause: "properties", ...(err.line !== undefined ? { line: err.line } : {}) };
	}
	if (!isPaperNote(properties)) return { path, ok: true, properties: options.papersOnly ? {} : properties, paper: null };
	const summary = options.summary && source.text !== undefined ? summaryFromNote(source.text) : undefined;
	return { path, ok: true, properties, paper: toPaperRecord(path, properties, summary) };
}

/** A StoreError as an unreadable note's reading, its reason without the path it already names. */
export function storeFailure(path: string, err: StoreError): NoteReading {
	return { path, ok: false, reason: err.message.replace(`${err.path}: `, ""), cause: "store" };
}

/** One note of a vault read from a store: its reading and, when asked for, its text. */
export interface ReadNote {
	reading: NoteReading;
	text?: string;
}

/**
 * Notes read at once: enough to keep the disk and the thread pool busy
 * while the previous notes are parsed, few enough to bound open files.
 */
export const READ_CONCURRENCY = 32;

/**
 * Reads every note of a store once, a bounded number at a time, each
 * through readNote; the notes come back sorted by path. `keepText` keeps
 * each note's text for callers that need more than its properties (links);
 * `frontmatterOnly` reads no more of a note than its properties, where the
 * store can (and reads no summary).
 */
export async function readVaultNotes(store: NoteStore, options: ReadOptions & { keepText?: boolean; frontmatterOnly?: boolean } = {}): Promise<ReadNote[]> {
	const paths = [...(await store.listNotes())].sort();
	const read = options.frontmatterOnly && store.readFrontmatter ? store.readFrontmatter.bind(store) : store.read.bind(store);
	return mapBounded(paths, READ_CONCURRENCY, async (path): Promise<ReadNote> => {
		let text: string;
		try {
			text = await read(path);
		} catch (err) {
			// One unreadable note (too large, gone meanwhile) leaves the rest of the vault readable.
			if (!(err instanceof StoreError)) throw err;
			return { reading: storeFailure(path, err) };
		}
		const reading = readNote({ path, text }, options.frontmatterOnly ? { ...options, summary: false } : options);
		return options.keepText ? { reading, text } : { reading };
	});
}

/** The paper records of a vault's readings, and the notes left out with why. */
export function papersOf(notes: Iterable<ReadNote>): { papers: PaperRecord[]; skipped: Array<Extract<NoteReading, { ok: false }>> } {
	const papers: PaperRecord[] = [];
	const skipped: Array<Extract<NoteReading, { ok: false }>> = [];
	for (const { reading } of notes) {
		if (!reading.ok) skipped.push(reading);
		else if (reading.paper) papers.push(reading.paper);
	}
	return { papers, skipped };
}

/** Maps items through an async function, at most `limit` at a time, keeping their order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
	const out = new Array<R>(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return out;
}
