import { FrontmatterError, parseNoteFrontmatter, type FrontmatterData } from "../markdown/frontmatter";
import { asText, asTextList } from "../papers/paper-record";
import type { NoteStore } from "../store/note-store";
import { identifyPaperUrl, normaliseTitle, parseArxivId, titleKey } from "../survey/paper-id";
import { collisionKey } from "./file-names";

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
	/** Paper keys claimed by more than one note (the first path, sorted, wins). */
	duplicates: Array<{ key: string; paths: string[] }>;
	/** The `citekey` property of every paper note that has one, by path. */
	citekeys: Map<string, string>;
}

/** Reads the properties of a note; the store may answer from a cache (Obsidian's metadata cache). */
export type FrontmatterSource = (path: string) => Promise<FrontmatterData | null>;

export function frontmatterFromStore(store: NoteStore): FrontmatterSource {
	return async (path) => parseNoteFrontmatter(await store.read(path));
}

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

export async function buildVaultIndex(paths: string[], frontmatterOf: FrontmatterSource): Promise<VaultIndex> {
	const index: VaultIndex = { papers: new Map(), directions: new Map(), trends: new Map(), surveys: new Map(), taken: new Set(), nameCounts: new Map(), broken: new Map(), duplicates: [], citekeys: new Map() };
	const claims = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		index.taken.add(collisionKey(path));
		const name = (path.split("/").pop() ?? path).replace(/\.md$/i, "").toLowerCase();
		index.nameCounts.set(name, (index.nameCounts.get(name) ?? 0) + 1);
		let fm: FrontmatterData | null;
		try {
			fm = await frontmatterOf(path);
		} catch (err) {
			index.broken.set(path, { path, reason: err instanceof Error ? err.message : String(err), ...(err instanceof FrontmatterError && err.line !== undefined ? { line: err.line } : {}) });
			continue;
		}
		if (!fm) continue;
		const type = asText(fm.type)?.toLowerCase();
		const title = asText(fm.title);
		if (type === "paper") {
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
		for (const alias of type === "paper" ? asTextList(fm.aliases) : []) {
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
