import { FrontmatterError } from "../markdown/frontmatter";
import { assignCitekeys } from "../papers/citekey";
import type { NoteStore } from "../store/note-store";
import { PathError, toVaultPath } from "../store/vault-path";
import { identifyPaperUrl, normaliseTitle } from "../survey/paper-id";
import type { Paper, Survey } from "../survey/model";
import { collisionKey, renderNameTemplate, safeNoteName, uniquePath } from "./file-names";
import { linkTargetFor } from "./links";
import { hash, mergeIntoNote, renderNewNote, type MergeResult, type NoteSpec } from "./note-merge";
import { directionSpec, paperSpec, specContext, surveySpec, trendSpec, type LinkBook } from "./note-specs";
import { buildVaultIndex, NO_PROPERTIES, surveyIdentity, vaultNotesFromStore, type NoteTraces, type VaultIndex, type VaultNotes } from "./vault-index";

export type NoteKind = "paper" | "direction" | "trend" | "survey";

export interface ImportOptions {
	folders: { papers: string; directions: string; trends: string; surveys: string };
	/** File-name template for paper notes ("{{year}} {{shortTitle}}"); empty for the title. */
	paperFileNameTemplate?: string;
	paperTags?: string[];
	/** Today's date (yyyy-MM-dd), passed in so plans are reproducible. */
	today: string;
	/** The survey document's file name, recorded in the survey note. */
	source?: string;
	/** The vault's notes as already read (the plugin's metadata cache); by default every note is read from the store. */
	notes?: VaultNotes;
	/** Replace generated text the user edited too; by default such regions are kept. */
	overwriteEdited?: boolean;
}

export type PlannedNote =
	| { action: "create"; kind: NoteKind; path: string; content: string }
	| { action: "update"; kind: NoteKind; path: string; content: string; previous: string; keptEdits?: string[] }
	| { action: "unchanged"; kind: NoteKind; path: string; keptEdits?: string[] }
	| { action: "skip"; kind: NoteKind; path: string; reason: string };

export interface ImportPlan {
	surveyTitle: string;
	surveyPath: string;
	/** Folders to create before writing. */
	folders: string[];
	/** Survey note last, so a note that links to it exists when it is written. */
	notes: PlannedNote[];
	warnings: string[];
}

/** A reason the import cannot start at all (a bad folder setting, a file where a folder must be). */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "ImportError";
	}
}

interface Target {
	kind: NoteKind;
	path: string;
	existing: boolean;
}

/**
 * Plans an import: which notes to create, update or leave alone, each with its
 * final text. Reads the store but never writes; the adapters apply the plan.
 */
export async function planImport(store: NoteStore, survey: Survey, options: ImportOptions): Promise<ImportPlan> {
	const folders = checkFolders(options.folders);
	for (const folder of Object.values(folders)) await checkFolder(store, folder);
	const notes = options.notes ?? (await vaultNotesFromStore(store));
	const index = await buildVaultIndex(notes);
	const warnings: string[] = [];
	for (const d of index.duplicates) warnings.push(`notes ${d.paths.join(", ")} all claim paper ${d.key}; ${d.paths[0]} is updated`);

	const assign = new PathAssigner(index);
	const traced = (kind: NoteKind, title: string, more: (t: NoteTraces) => boolean = () => false): string | undefined =>
		index.traced.find((t) => t.recorded.type === hash(kind) && (t.recorded.title === hash(title) || more(t)))?.path;
	const surveyTarget = assign.target("survey", index.surveys.get(surveyIdentity(survey.title, survey.date)) ?? traced("survey", survey.title), folders.surveys, survey.date ? `${survey.title} (${survey.date})` : survey.title);
	const directionTargets = new Map(survey.directions.map((d) => [d.name, assign.target("direction", index.directions.get(normaliseTitle(d.name)) ?? traced("direction", d.name), folders.directions, d.name)]));
	const trendTargets = new Map(survey.trends.map((t) => [t.name, assign.target("trend", index.trends.get(normaliseTitle(t.name)) ?? traced("trend", t.name), folders.trends, t.name)]));
	const paperTargets = new Map(
		survey.papers.map((p) => {
			const keys = paperKeys(p);
			const found = findPaper(index, p) ?? index.traced.find((t) => t.keys.some((k) => keys.includes(k)))?.path ?? traced("paper", p.title, (t) => p.arxiv !== undefined && t.recorded.arxiv === hash(p.arxiv));
			return [p.key, assign.target("paper", found, folders.papers, paperName(p, options.paperFileNameTemplate))];
		}),
	);

	const target = (t: Target | undefined): string => linkTargetFor(t?.path ?? "", assign.nameCounts);
	const links: LinkBook = {
		survey: target(surveyTarget),
		paper: (key) => target(paperTargets.get(key)),
		direction: (name) => target(directionTargets.get(name)),
		trend: (name) => target(trendTargets.get(name)),
	};
	const citekeys = assignCitekeys(survey.papers.map((p) => ({ path: (paperTargets.get(p.key) as Target).path, fields: p })), index.citekeys);
	const ctx = specContext(survey, links, `survey:${hash(surveyIdentity(survey.title, survey.date))}`, options.today, options.paperTags ?? [], options.source);

	const planned: PlannedNote[] = [];
	const plan = async (t: Target, spec: NoteSpec): Promise<void> => {
		planned.push(await planNote(notes, index, t, spec, options.overwriteEdited ?? false));
	};
	for (const p of survey.papers) {
		const t = paperTargets.get(p.key) as Target;
		await plan(t, paperSpec(ctx, p, baseName(t.path), citekeys.get(t.path)));
	}
	for (const d of survey.directions) await plan(directionTargets.get(d.name) as Target, directionSpec(ctx, d));
	for (const tr of survey.trends) await plan(trendTargets.get(tr.name) as Target, trendSpec(ctx, tr));
	await plan(surveyTarget, surveySpec(ctx));

	// Broken notes that still look like this plugin's, but that no note of this survey is: said, not passed over.
	const targets = new Set(planned.map((n) => n.path));
	for (const t of index.traced) if (t.reason !== NO_PROPERTIES && !targets.has(t.path)) warnings.push(`${t.path}: ${t.reason}; not read, so this import cannot tell which paper it is (fix its frontmatter to have it updated)`);

	const needed = new Set(planned.filter((n) => n.action === "create").map((n) => parentOf(n.path)).filter((f) => f !== ""));
	return { surveyTitle: survey.title, surveyPath: surveyTarget.path, folders: [...needed].sort(), notes: planned, warnings };
}

function checkFolders(folders: ImportOptions["folders"]): ImportOptions["folders"] {
	const out = { ...folders };
	for (const key of Object.keys(out) as Array<keyof typeof out>) {
		try {
			out[key] = toVaultPath(out[key]);
		} catch (err) {
			throw new ImportError(`the ${key} folder setting is not a usable vault path: ${err instanceof PathError ? err.message : String(err)}`);
		}
	}
	return out;
}

async function checkFolder(store: NoteStore, folder: string): Promise<void> {
	const parts = folder.split("/");
	for (let i = 1; i <= parts.length; i++) {
		const prefix = parts.slice(0, i).join("/");
		if ((await store.stat(prefix)) === "file") throw new ImportError(`${prefix} is a file, but the import needs a folder there`);
	}
}

function findPaper(index: VaultIndex, paper: Paper): string | undefined {
	const keys = [paper.key, paper.arxiv, paper.doi ? `doi:${paper.doi}` : undefined, `title:${normaliseTitle(paper.title)}`];
	for (const k of keys) {
		const path = k ? index.papers.get(k) : undefined;
		if (path) return path;
	}
	return undefined;
}

/** The identity keys of a paper a note's text may hold: arXiv id, DOI, link. */
function paperKeys(paper: Paper): string[] {
	const keys = [paper.key, paper.arxiv, paper.doi ? `doi:${paper.doi.toLowerCase()}` : undefined, paper.url ? identifyPaperUrl(paper.url)?.key : undefined];
	return keys.filter((k): k is string => k !== undefined);
}

function paperName(paper: Paper, template: string | undefined): string {
	const fields = { title: paper.title, year: paper.year, firstAuthor: paper.authors[0], arxiv: paper.arxiv };
	const name = template ? renderNameTemplate(template, fields) : "";
	return name === "" ? paper.title : name;
}

/** Chooses each note's path: the existing note's, else a fresh, collision-free one in its folder. */
class PathAssigner {
	readonly nameCounts: Map<string, number>;
	private readonly taken: Set<string>;
	private readonly claimed = new Set<string>();
	/** Broken notes by collision key: looked up once per note planned, so never a scan. */
	private readonly brokenAt = new Map<string, string>();

	constructor(index: VaultIndex) {
		this.nameCounts = new Map(index.nameCounts);
		this.taken = new Set(index.taken);
		for (const p of index.broken.keys()) if (!this.brokenAt.has(collisionKey(p))) this.brokenAt.set(collisionKey(p), p);
	}

	target(kind: NoteKind, existing: string | undefined, folder: string, title: string): Target {
		if (existing && !this.claimed.has(existing)) {
			this.claimed.add(existing);
			return { kind, path: existing, existing: true };
		}
		const name = safeNoteName(title);
		// A note with broken properties where this one belongs is reported, not duplicated.
		const preferred = `${folder ? `${folder}/` : ""}${name}.md`;
		const broken = this.brokenAt.get(collisionKey(preferred));
		if (broken && !this.claimed.has(broken)) {
			this.claimed.add(broken);
			return { kind, path: broken, existing: true };
		}
		const path = uniquePath(folder, name, this.taken);
		this.taken.add(collisionKey(path));
		this.claimed.add(path);
		const lower = baseName(path).toLowerCase();
		this.nameCounts.set(lower, (this.nameCounts.get(lower) ?? 0) + 1);
		return { kind, path, existing: false };
	}
}

async function planNote(notes: VaultNotes, index: VaultIndex, t: Target, spec: NoteSpec, overwriteEdited: boolean): Promise<PlannedNote> {
	if (!t.existing) return { action: "create", kind: t.kind, path: t.path, content: renderNewNote(spec) };
	const broken = index.broken.get(t.path);
	if (broken) return { action: "skip", kind: t.kind, path: t.path, reason: `${broken.reason}${broken.line !== undefined && !broken.reason.includes("line") ? ` (line ${broken.line})` : ""}; note left untouched` };
	if (index.traced.some((x) => x.path === t.path && x.reason === NO_PROPERTIES)) {
		return { action: "skip", kind: t.kind, path: t.path, reason: `${NO_PROPERTIES}; found by its generated markers and left untouched, so no second note is made. Restore its frontmatter, or delete the note to have it made again` };
	}
	const previous = await notes.text(t.path);
	let merged: MergeResult;
	try {
		merged = mergeIntoNote(previous, spec, { overwriteEdited });
	} catch (err) {
		const where = err instanceof FrontmatterError && err.line !== undefined ? ` (line ${err.line})` : "";
		return { action: "skip", kind: t.kind, path: t.path, reason: `${err instanceof Error ? err.message : String(err)}${where}; note left untouched` };
	}
	const kept = merged.keptEdits.length > 0 ? { keptEdits: merged.keptEdits } : {};
	return merged.text === previous ? { action: "unchanged", kind: t.kind, path: t.path, ...kept } : { action: "update", kind: t.kind, path: t.path, content: merged.text, previous, ...kept };
}

/** Notes of a plan where generated text the user edited was kept, by path. */
export function keptEditsOf(plan: ImportPlan): string[] {
	return plan.notes.filter((n) => (n.action === "update" || n.action === "unchanged") && (n.keptEdits?.length ?? 0) > 0).map((n) => n.path);
}

/** The one sentence every adapter shows for kept edits, naming the notes. */
export function keptEditsMessage(paths: string[], overwriteHint: string): string {
	const shown = paths.slice(0, 10).join(", ") + (paths.length > 10 ? `, and ${paths.length - 10} more` : "");
	return `kept your edits in ${paths.length} ${paths.length === 1 ? "note" : "notes"} (${shown}); ${overwriteHint} replaces them`;
}

function baseName(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

function parentOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}
