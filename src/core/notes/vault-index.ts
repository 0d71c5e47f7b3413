import { findFrontmatter, FrontmatterError, parseNoteFrontmatter, type FrontmatterData } from "../markdown/frontmatter";
import { readVaultNotes, type NoteReading } from "../papers/paper-reader";
import { asText, asTextList } from "../papers/paper-record";
import type { NoteStore } from "../store/note-store";
import { identifyPaperUrl, normaliseTitle, parseArxivId, titleKey } from "../survey/paper-id";
import { collisionKey } from "./file-names";
import { readState, scanRegions } from "./regions";

/** A note that could not be read as properties: the planner never rewrites it. */
export interface BrokenNote {
	path: string;
	reason: string;
	line?: number;
}

/**
 * Where the vault's existing Survey Vault notes are, by identity: papers by
 * key (arXiv id, DOI, link, title), directions and trends by name, surveys by
 * title and date. Found by properties, so a renamed or moved note is found.
 */
export interface VaultIndex {
	papers: Map<string, string>;
	directions: Map<string, string>;
	trends: Map<string, string>;
	surveys: Map<string, string>;
	/** Every path in use, as collision keys (case- and normalisation-insensitive). */
	taken: Set<string>;
	/** How many notes bear each name (lower case), to know when a link needs a path. */
	nameCounts: Map<string, number>;
	broken: Map<string, BrokenNote>;
	/**
	 * Notes whose properties cannot be read (broken YAML, or deleted) but
	 * whose text still says which paper or note they are: the planner matches
	 * them before creating a second note for the same thing.
	 */
	traced: NoteTraces[];
	/** Paper keys claimed by more than one note (the first path, sorted, wins). */
	duplicates: Array<{ key: string; paths: string[] }>;
	/** The `citekey` property of every paper note that has one, by path. */
	citekeys: Map<string, string>;
}

/** What a note whose properties cannot be read still tells about itself. */
export interface NoteTraces {
	path: string;
	/** Paper identity keys (arXiv id, DOI, link) found in what is left of its properties. */
	keys: string[];
	/** The hashes the import record in its body keeps of what was written (type, title, date, …). */
	recorded: Record<string, string>;
	/** Whether it carries generated regions or an import record, so it is certainly the importer's. */
	generated: boolean;
	/** Why its properties cannot be read. */
	reason: string;
}

/**
 * The vault's notes as the planner sees them: each note's reading (from its
 * text, or from Obsidian's metadata cache), and a note's text when the
 * planner needs it (to merge into it, or to trace a broken one).
 */
export interface VaultNotes {
	readings: readonly NoteReading[];
	text(path: string): Promise<string>;
}

/** Reads the properties of every note of a store once; the few notes the plan merges into are read whole later. */
export async function vaultNotesFromStore(store: NoteStore): Promise<VaultNotes> {
	const notes = await readVaultNotes(store, { frontmatterOnly: true });
	return { readings: notes.map((n) => n.reading), text: (path) => store.read(path) };
}

/** Why a traced note without any properties is not read. */
export const NO_PROPERTIES = "the note has no properties (its frontmatter was deleted?)";

export function surveyIdentity(title: string, date?: string): string {
	return `${normaliseTitle(title)}|${date ?? ""}`;
}

/** Identity keys a paper note answers to, strongest first. */
export function paperKeysOf(fm: FrontmatterData): string[] {
	const keys: string[] = [];
	const arxiv = asText(fm.arxiv);
	const id = arxiv ? parseArxivId(arxiv.replace(/^arxiv:/i, "")) : null;
	if (id) keys.push(id);
	const doi = asText(fm.doi);
	if (doi) keys.push(`doi:${doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "").toLowerCase()}`);
	const url = asText(fm.url);
	const fromUrl = url ? identifyPaperUrl(url) : null;
	if (fromUrl) keys.push(fromUrl.key);
	const title = asText(fm.title);
	if (title) keys.push(titleKey(title));
	return [...new Set(keys)];
}

/**
 * Identity left in a note whose properties cannot be read: `arxiv:`, `doi:`
 * and `url:` lines of its (broken) frontmatter, and the import record's hashes.
 */
export function tracesOf(path: string, text: string, reason: string): NoteTraces | null {
	const state = readState(text);
	const generated = state !== null || scanRegions(text).regions.length > 0;
	// A note without properties counts only if the importer's markers say it is one of its notes.
	if (!generated && reason === NO_PROPERTIES) return null;
	// Only what is left of the properties: a body's links name other papers.
	const head = findFrontmatter(text)?.yaml ?? "";
	const keys: string[] = [];
	for (const m of head.matchAll(/^[ \t]*["']?(arxiv|doi|url)["']?[ \t]*:[ \t]*["']?([^"'\s#]+)/gim)) {
		const field = m[1].toLowerCase();
		const value = m[2];
		const key = field === "arxiv" ? parseArxivId(value.replace(/^arxiv:/i, "")) : field === "doi" ? `doi:${value.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "").toLowerCase()}` : (identifyPaperUrl(value)?.key ?? null);
		if (key) keys.push(key);
	}
	const h = state?.h;
	const recorded: Record<string, string> = {};
	if (h && typeof h === "object") for (const [k, v] of Object.entries(h)) if (typeof v === "string") recorded[k] = v;
	if (!generated && keys.length === 0) return null;
	return { path, keys: [...new Set(keys)], recorded, generated, reason };
}

/**
 * Indexes the vault's notes by identity, from their readings; a note's text
 * is read only when its properties cannot be read or are empty, to find its traces.
 */
export async function buildVaultIndex(notes: VaultNotes): Promise<VaultIndex> {
	const index: VaultIndex = { papers: new Map(), directions: new Map(), trends: new Map(), surveys: new Map(), taken: new Set(), nameCounts: new Map(), broken: new Map(), traced: [], duplicates: [], citekeys: new Map() };
	const trace = async (path: string, knownReason?: string): Promise<void> => {
		const text = await notes.text(path).catch(() => null);
		if (text === null) return;
		let reason = knownReason;
		if (reason === undefined) {
			// A source that answers null for broken YAML (Obsidian's cache): tell broken from empty here.
			try {
				parseNoteFrontmatter(text);
				reason = NO_PROPERTIES;
			} catch (err) {
				if (!(err instanceof FrontmatterError)) throw err;
				reason = err.message;
				index.broken.set(path, { path, reason, ...(err.line !== undefined ? { line: err.line } : {}) });
			}
		}
		const traces = tracesOf(path, text, reason);
		if (traces) index.traced.push(traces);
	};
	const claims = new Map<string, string[]>();
	for (const reading of [...notes.readings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		const { path } = reading;
		index.taken.add(collisionKey(path));
		const name = (path.split("/").pop() ?? path).replace(/\.md$/i, "").toLowerCase();
		index.nameCounts.set(name, (index.nameCounts.get(name) ?? 0) + 1);
		if (!reading.ok) {
			index.broken.set(path, { path, reason: reading.reason, ...(reading.line !== undefined ? { line: reading.line } : {}) });
			if (reading.cause === "properties") await trace(path, reading.reason);
			continue;
		}
		const fm = reading.properties;
		if (Object.keys(fm).length === 0) {
			await trace(path);
			continue;
		}
		const type = asText(fm.type)?.toLowerCase();
		const title = asText(fm.title);
		if (reading.paper) {
			const citekey = asText(fm.citekey);
			if (citekey) index.citekeys.set(path, citekey);
			for (const key of paperKeysOf(fm)) claims.set(key, [...(claims.get(key) ?? []), path]);
		} else if ((type === "direction" || type === "trend") && title) {
			const map = type === "direction" ? index.directions : index.trends;
			const key = normaliseTitle(title);
			if (!map.has(key)) map.set(key, path);
		} else if (type === "survey" && title) {
			const key = surveyIdentity(title, asText(fm.date));
			if (!index.surveys.has(key)) index.surveys.set(key, path);
		}
		for (const alias of reading.paper ? asTextList(fm.aliases) : []) {
			const key = titleKey(alias);
			if (!claims.has(key)) claims.set(key, [path]);
		}
	}
	for (const [key, claimants] of claims) {
		const unique = [...new Set(claimants)];
		index.papers.set(key, unique[0]);
		if (unique.length > 1 && !key.startsWith("title:")) index.duplicates.push({ key, paths: unique });
	}
	return index;
}
