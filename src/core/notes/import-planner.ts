import { FrontmatterError } from "../markdown/frontmatter";
import { assignCitekeys } from "../papers/citekey";
import type { NoteStore } from "../store/note-store";
import { PathError, toVaultPath } from "../store/vault-path";
import { normaliseTitle } from "../survey/paper-id";
import type { Paper, Survey } from "../survey/model";
import { collisionKey, renderNameTemplate, safeNoteName, uniquePath } from "./file-names";
import { linkTargetFor } from "./links";
import { hash, mergeIntoNote, renderNewNote, type NoteSpec } from "./note-merge";
import { directionSpec, paperSpec, specContext, surveySpec, trendSpec, type LinkBook } from "./note-specs";
import { buildVaultIndex, frontmatterFromStore, surveyIdentity, type FrontmatterSource, type VaultIndex } from "./vault-index";

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
	/** Reads a note's properties; defaults to reading and parsing the note. */
	frontmatterOf?: FrontmatterSource;
}

export type PlannedNote =
	| { action: "create"; kind: NoteKind; path: string; content: string }
	| { action: "update"; kind: NoteKind; path: string; content: string; previous: string }
	| { action: "unchanged"; kind: NoteKind; path: string }
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
	const index = await buildVaultIndex(await store.listNotes(), options.frontmatterOf ?? frontmatterFromStore(store));
	const warnings: string[] = [];
	for (const d of index.duplicates) warnings.push(`notes ${d.paths.join(", ")} all claim paper ${d.key}; ${d.paths[0]} is updated`);

	const assign = new PathAssigner(index);
	const surveyTarget = assign.target("survey", index.surveys.get(surveyIdentity(survey.title, survey.date)), folders.surveys, survey.date ? `${survey.title} (${survey.date})` : survey.title);
	const directionTargets = new Map(survey.directions.map((d) => [d.name, assign.target("direction", index.directions.get(normaliseTitle(d.name)), folders.directions, d.name)]));
	const trendTargets = new Map(survey.trends.map((t) => [t.name, assign.target("trend", index.trends.get(normaliseTitle(t.name)), folders.trends, t.name)]));
	const paperTargets = new Map(survey.papers.map((p) => [p.key, assign.target("paper", findPaper(index, p), folders.papers, paperName(p, options.paperFileNameTemplate))]));

	const target = (t: Target | undefined): string => linkTargetFor(t?.path ?? "", assign.nameCounts);
	const links: LinkBook = {
		survey: target(surveyTarget),
		paper: (key) => target(paperTargets.get(key)),
		direction: (name) => target(directionTargets.get(name)),
		trend: (name) => target(trendTargets.get(name)),
	};
	const citekeys = assignCitekeys(survey.papers.map((p) => ({ path: (paperTargets.get(p.key) as Target).path, fields: p })), index.citekeys);
	const ctx = specContext(survey, links, `survey:${hash(surveyIdentity(survey.title, survey.date))}`, options.today, options.paperTags ?? [], options.source);

	const notes: PlannedNote[] = [];
	const plan = async (t: Target, spec: NoteSpec): Promise<void> => {
		notes.push(await planNote(store, index, t, spec));
	};
	for (const p of survey.papers) {
		const t = paperTargets.get(p.key) as Target;
		await plan(t, paperSpec(ctx, p, baseName(t.path), citekeys.get(t.path)));
	}
	for (const d of survey.directions) await plan(directionTargets.get(d.name) as Target, directionSpec(ctx, d));
	for (const tr of survey.trends) await plan(trendTargets.get(tr.name) as Target, trendSpec(ctx, tr));
	await plan(surveyTarget, surveySpec(ctx));

	const needed = new Set(notes.filter((n) => n.action === "create").map((n) => parentOf(n.path)).filter((f) => f !== ""));
	return { surveyTitle: survey.title, surveyPath: surveyTarget.path, folders: [...needed].sort(), notes, warnings };
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

	constructor(private readonly index: VaultIndex) {
		this.nameCounts = new Map(index.nameCounts);
		this.taken = new Set(index.taken);
	}

	target(kind: NoteKind, existing: string | undefined, folder: string, title: string): Target {
		if (existing && !this.claimed.has(existing)) {
			this.claimed.add(existing);
			return { kind, path: existing, existing: true };
		}
		const name = safeNoteName(title);
		// A note with broken properties where this one belongs is reported, not duplicated.
		const preferred = `${folder ? `${folder}/` : ""}${name}.md`;
		const broken = [...this.index.broken.keys()].find((p) => collisionKey(p) === collisionKey(preferred));
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

async function planNote(store: NoteStore, index: VaultIndex, t: Target, spec: NoteSpec): Promise<PlannedNote> {
	if (!t.existing) return { action: "create", kind: t.kind, path: t.path, content: renderNewNote(spec) };
	const broken = index.broken.get(t.path);
	if (broken) return { action: "skip", kind: t.kind, path: t.path, reason: broken.reason };
	const previous = await store.read(t.path);
	let content: string;
	try {
		content = mergeIntoNote(previous, spec);
	} catch (err) {
		const where = err instanceof FrontmatterError && err.line !== undefined ? ` (line ${err.line})` : "";
		return { action: "skip", kind: t.kind, path: t.path, reason: `${err instanceof Error ? err.message : String(err)}${where}; note left untouched` };
	}
	return content === previous ? { action: "unchanged", kind: t.kind, path: t.path } : { action: "update", kind: t.kind, path: t.path, content, previous };
}

function baseName(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

function parentOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}
