// A small in-memory imitation of the parts of Obsidian's API the plugin uses,
// aliased to `obsidian` in vitest.config.ts. Each class declares which slice of
// the real API it imitates (`implements Pick<O.X, ...>`), so tsc checks the
// fake's signatures against the real obsidian.d.ts and a drift is a compile error.
// Fake-only helpers (for tests) are marked "test helper".
import type * as O from "obsidian";
import { findFrontmatter, FrontmatterError, parseNoteFrontmatter, type FrontmatterData } from "../../src/core/markdown/frontmatter";
import { installObsidianDom } from "./dom";

if (typeof window !== "undefined") installObsidianDom(window as unknown as Parameters<typeof installObsidianDom>[0]);

// ---------------------------------------------------------------- utilities

/**
 * The real API's methods named by K, with their chaining results (the real
 * class) read as the fake class, so fluent methods can return `this`.
 */
type Fluent<Real, K extends keyof Real, Self> = {
	[P in K]: Real[P] extends (...args: infer A) => Real ? (...args: A) => Self : Real[P];
};

/** Obsidian's normalizePath: forward slashes, no duplicate, leading or trailing slash, NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ");
	p = p.replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const run = (): void => {
		timer = null;
		if (lastArgs) cb(...lastArgs);
		lastArgs = null;
	};
	const fn = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) clearTimeout(timer);
		if (timer === null || resetTimer) timer = setTimeout(run, timeout);
		return fn;
	}) as O.Debouncer<T, V>;
	fn.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return fn;
	};
	fn.run = () => {
		if (timer !== null) clearTimeout(timer);
		if (lastArgs) {
			const args = lastArgs;
			timer = null;
			lastArgs = null;
			return cb(...args);
		}
		return undefined;
	};
	return fn;
}

/** Imitates requireApiVersion: the fake stands for a current Obsidian, so every version is met. */
export const requireApiVersion: typeof O.requireApiVersion = (version) => {
	void version;
	return true;
};

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.setAttribute("data-icon", iconId);
}

export const Platform = { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false };

// ------------------------------------------------------------------- events

interface FakeEventRef extends O.EventRef {
	name: string;
	callback: (...data: unknown[]) => unknown;
	ctx: unknown;
	source: Events;
}

export class Events implements O.Events {
	private handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: (...data: unknown[]) => unknown, ctx?: unknown): O.EventRef {
		const ref: FakeEventRef = { name, callback, ctx, source: this };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: unknown[]) => unknown): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.callback !== callback));
	}

	offref(ref: O.EventRef): void {
		const r = ref as FakeEventRef;
		const list = this.handlers.get(r.name);
		if (list) this.handlers.set(r.name, list.filter((x) => x !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		const r = evt as FakeEventRef;
		try {
			r.callback.apply(r.ctx, args);
		} catch (err) {
			console.error(err);
		}
	}

	/** Test helper: how many listeners are registered for an event. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

// -------------------------------------------------------------------- files

export abstract class TAbstractFile implements O.TAbstractFile {
	vault: O.Vault;
	path: string;
	name: string;
	parent: O.TFolder | null = null;

	constructor(vault: Vault, path: string) {
		// The one place the fake vault stands in for the real type.
		this.vault = vault as unknown as O.Vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
	}
}

export class TFile extends TAbstractFile implements O.TFile {
	stat: O.FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string) {
		super(vault, path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
		const now = Date.now();
		this.stat = { ctime: now, mtime: now, size: 0 };
	}
}

export class TFolder extends TAbstractFile implements O.TFolder {
	get children(): O.TAbstractFile[] {
		const prefix = this.isRoot() ? "" : `${this.path}/`;
		return this.vault.getAllLoadedFiles().filter((f) => f !== this && f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes("/"));
	}

	isRoot(): boolean {
		return this.path === "/" || this.path === "";
	}
}

/** Test helper: an error a write can be made to fail with. */
export class FakeWriteError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "FakeWriteError";
	}
}

type VaultMethods =
	| "getName"
	| "getFileByPath"
	| "getFolderByPath"
	| "getAbstractFileByPath"
	| "create"
	| "createFolder"
	| "read"
	| "cachedRead"
	| "modify"
	| "process"
	| "rename"
	| "delete"
	| "getMarkdownFiles"
	| "getFiles"
	| "getAllLoadedFiles";

/** Imitates Vault over an in-memory map of paths to text. Fires create/modify/delete/rename. */
export class Vault extends Events implements Pick<O.Vault, VaultMethods> {
	configDir = ".obsidian";
	private contents = new Map<string, string>();
	private entries = new Map<string, TAbstractFile>();
	private readOnly = new Set<string>();
	private failures: Array<{ match: (path: string) => boolean; error: Error }> = [];
	/** Test helper: counts of writes by kind, to assert that nothing was written. */
	writes = { create: 0, modify: 0, folder: 0 };
	/** Test helper: files the vault does not index (dotfiles), seen only through `adapter`. */
	hidden = new Map<string, string>();
	/** Imitates the vault's DataAdapter: `exists` and `read`, over notes and hidden files. */
	adapter: Pick<O.DataAdapter, "exists" | "read"> = {
		exists: async (path) => this.hidden.has(normalizePath(path)) || this.entries.has(normalizePath(path)),
		read: async (path) => {
			const text = this.hidden.get(normalizePath(path)) ?? this.contents.get(normalizePath(path));
			if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
			return text;
		},
	};

	constructor(private readonly name = "Test vault") {
		super();
		const root = new TFolder(this, "/");
		this.entries.set("/", root);
	}

	getName(): string {
		return this.name;
	}

	getRoot(): TFolder {
		return this.entries.get("/") as TFolder;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	async create(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error("File already exists.");
		this.checkFailure(p);
		const parent = this.parentOf(p);
		if (parent === null) throw new Error(`Parent folder does not exist: ${p}`);
		const file = new TFile(this, p);
		file.parent = parent;
		this.entries.set(p, file);
		this.store(file, data);
		this.writes.create++;
		this.trigger("create", file);
		this.metadataCache?.fileChanged(file, data);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error("Folder already exists.");
		const parts = p.split("/");
		let current = "";
		let parent = this.getRoot();
		for (const part of parts) {
			current = current ? `${current}/${part}` : part;
			const existing = this.entries.get(current);
			if (existing instanceof TFile) throw new Error(`A file is in the way of folder ${current}`);
			if (existing instanceof TFolder) {
				parent = existing;
				continue;
			}
			const folder = new TFolder(this, current);
			folder.parent = parent;
			this.entries.set(current, folder);
			this.writes.folder++;
			this.trigger("create", folder);
			parent = folder;
		}
		return parent;
	}

	async read(file: O.TFile): Promise<string> {
		const text = this.contents.get(file.path);
		if (text === undefined) throw new Error(`File does not exist: ${file.path}`);
		return text;
	}

	cachedRead(file: O.TFile): Promise<string> {
		return this.read(file);
	}

	async modify(file: O.TFile, data: string): Promise<void> {
		if (!this.contents.has(file.path)) throw new Error(`File does not exist: ${file.path}`);
		this.checkFailure(file.path);
		this.store(file, data);
		this.writes.modify++;
		this.trigger("modify", file);
		this.metadataCache?.fileChanged(file, data);
	}

	async process(file: O.TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(await this.read(file));
		await this.modify(file, next);
		return next;
	}

	async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
		const to = normalizePath(newPath);
		if (this.entries.has(to)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		const moved = [...this.entries.values()].filter((f) => f.path === oldPath || f.path.startsWith(`${oldPath}/`));
		for (const f of moved) {
			const text = this.contents.get(f.path);
			this.entries.delete(f.path);
			this.contents.delete(f.path);
			f.path = to + f.path.slice(oldPath.length);
			f.name = f.path.split("/").pop() ?? f.path;
			if (f instanceof TFile) {
				const dot = f.name.lastIndexOf(".");
				f.basename = dot > 0 ? f.name.slice(0, dot) : f.name;
			}
			this.entries.set(f.path, f);
			if (text !== undefined) this.contents.set(f.path, text);
		}
		file.parent = this.parentOf(to);
		this.trigger("rename", file, oldPath);
		if (file instanceof TFile) this.metadataCache?.fileRenamed(file, oldPath);
	}

	async delete(file: O.TAbstractFile): Promise<void> {
		const prev = file instanceof TFile ? (this.metadataCache?.getFileCache(file) ?? null) : null;
		this.entries.delete(file.path);
		this.contents.delete(file.path);
		this.trigger("delete", file);
		if (file instanceof TFile) this.metadataCache?.fileDeleted(file, prev);
	}

	// ------------------------------------------------------------ test helpers

	/** The metadata cache that follows this vault's writes (set by App). */
	metadataCache: MetadataCache | null = null;

	/** Test helper: the text of a note, or undefined. */
	text(path: string): string | undefined {
		return this.contents.get(normalizePath(path));
	}

	/** Test helper: every file path with its text, sorted by path. */
	snapshot(): Record<string, string> {
		return Object.fromEntries([...this.contents.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	}

	/** Test helper: writes to this path fail as a read-only file would. */
	setReadOnly(path: string): void {
		this.readOnly.add(normalizePath(path));
	}

	/** Test helper: the next write to a matching path throws `error`, once. */
	failNextWrite(match: (path: string) => boolean, error: Error = new FakeWriteError("disk full")): void {
		this.failures.push({ match, error });
	}

	/** Test helper: seeds a file without firing events (as if it was there at start-up). */
	seed(path: string, text: string): TFile {
		const p = normalizePath(path);
		const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
		if (dir && !this.entries.has(dir)) {
			let current = "";
			for (const part of dir.split("/")) {
				const parent = this.getFolderByPath(current || "/") ?? this.getRoot();
				current = current ? `${current}/${part}` : part;
				if (!this.entries.has(current)) {
					const folder = new TFolder(this, current);
					folder.parent = parent;
					this.entries.set(current, folder);
				}
			}
		}
		const file = new TFile(this, p);
		file.parent = this.parentOf(p);
		this.entries.set(p, file);
		this.store(file, text);
		this.metadataCache?.fileSeeded(p);
		return file;
	}

	private store(file: O.TFile, data: string): void {
		this.contents.set(file.path, data);
		file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
	}

	private parentOf(path: string): TFolder | null {
		const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/";
		return this.getFolderByPath(dir);
	}

	private checkFailure(path: string): void {
		if (this.readOnly.has(path)) throw new FakeWriteError(`EACCES: permission denied, open '${path}'`);
		const i = this.failures.findIndex((f) => f.match(path));
		if (i >= 0) {
			const [failure] = this.failures.splice(i, 1);
			throw failure.error;
		}
	}
}

// ----------------------------------------------------------- metadata cache

const WIKILINK = /(!?)\[\[([^\]\n|#^]*)(?:[#^][^\]\n|]*)?(?:\|([^\]\n]*))?\]\]/g;
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm;

function position(text: string, start: number, end: number): O.Pos {
	const loc = (offset: number): O.Loc => {
		const before = text.slice(0, offset);
		const line = before.split("\n").length - 1;
		return { line, col: offset - (before.lastIndexOf("\n") + 1), offset };
	};
	return { start: loc(start), end: loc(end) };
}

function computeCache(text: string): O.CachedMetadata {
	const cache: O.CachedMetadata = {};
	const block = findFrontmatter(text);
	let frontmatter: FrontmatterData | undefined;
	try {
		frontmatter = parseNoteFrontmatter(text);
	} catch {
		frontmatter = undefined;
	}
	if (block) {
		cache.frontmatterPosition = position(text, 0, block.end);
		if (frontmatter) cache.frontmatter = frontmatter;
		const fmLinks: O.FrontmatterLinkCache[] = [];
		if (frontmatter) {
			for (const [key, value] of Object.entries(frontmatter)) {
				const values = Array.isArray(value) ? value : [value];
				values.forEach((v, i) => {
					if (typeof v !== "string") return;
					for (const m of v.matchAll(WIKILINK)) {
						fmLinks.push({ key: Array.isArray(value) ? `${key}.${i}` : key, link: m[2].trim(), original: m[0], displayText: m[3] ?? m[2] });
					}
				});
			}
		}
		if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
	}
	const bodyStart = block?.end ?? 0;
	const body = text.slice(bodyStart);
	const links: O.LinkCache[] = [];
	for (const m of body.matchAll(WIKILINK)) {
		if (m[1] === "!") continue;
		const start = bodyStart + (m.index ?? 0);
		links.push({ link: m[2].trim(), original: m[0], displayText: m[3] ?? m[2], position: position(text, start, start + m[0].length) });
	}
	if (links.length > 0) cache.links = links;
	const headings: O.HeadingCache[] = [];
	for (const m of body.matchAll(HEADING)) {
		const start = bodyStart + (m.index ?? 0);
		headings.push({ heading: m[2], level: m[1].length, position: position(text, start, start + m[0].length) });
	}
	if (headings.length > 0) cache.headings = headings;
	return cache;
}

type MetadataCacheMethods = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext";

/**
 * Imitates MetadataCache: frontmatter, links and headings computed from each
 * note's text. Like Obsidian it reports `changed` (and then `resolved`) after a
 * write, asynchronously; `deleted` after a delete. `settle()` awaits them.
 */
export class MetadataCache extends Events implements Pick<O.MetadataCache, MetadataCacheMethods> {
	private resolved: Record<string, Record<string, number>> = {};
	private unresolved: Record<string, Record<string, number>> = {};
	// Like Obsidian's, the link maps cover every note, seeded ones included; they
	// are recomputed on first read after a change rather than on every write.
	private linksStale = true;

	get resolvedLinks(): Record<string, Record<string, number>> {
		if (this.linksStale) this.computeResolvedLinks();
		return this.resolved;
	}

	get unresolvedLinks(): Record<string, Record<string, number>> {
		if (this.linksStale) this.computeResolvedLinks();
		return this.unresolved;
	}

	private caches = new Map<string, O.CachedMetadata>();
	private pending: Array<Promise<void>> = [];

	constructor(private readonly vault: Vault) {
		super();
	}

	getFileCache(file: O.TFile): O.CachedMetadata | null {
		return this.getCache(file.path);
	}

	getCache(path: string): O.CachedMetadata | null {
		const p = normalizePath(path);
		const cached = this.caches.get(p);
		if (cached) return cached;
		const text = this.vault.text(p);
		if (text === undefined) return null;
		const cache = computeCache(text);
		this.caches.set(p, cache);
		return cache;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		void sourcePath;
		const target = linkpath.replace(/#.*$/, "").trim();
		if (target === "") return null;
		const withExt = /\.[A-Za-z0-9]+$/.test(target) ? target : `${target}.md`;
		const exact = this.vault.getFileByPath(withExt);
		if (exact) return exact;
		const base = withExt.split("/").pop() ?? withExt;
		const candidates = this.vault.getFiles().filter((f) => f.name === base && (!target.includes("/") || f.path.endsWith(`/${withExt}`)));
		candidates.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		return candidates[0] ?? null;
	}

	fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const sameName = this.vault.getFiles().filter((f) => f.name === file.name);
		const name = sameName.length > 1 ? file.path : file.name;
		return omitMdExtension && file.extension === "md" ? name.slice(0, -3) : name;
	}

	/** Called by the vault after a seed: links are re-resolved on next read, without events. */
	fileSeeded(path: string): void {
		this.caches.delete(path);
		this.linksStale = true;
	}

	/** Called by the vault after a write. */
	fileChanged(file: O.TFile, data: string): void {
		this.caches.delete(file.path);
		this.schedule(() => {
			if (this.vault.getFileByPath(file.path) !== file) return;
			const cache = this.getFileCache(file);
			if (cache) this.trigger("changed", file, data, cache);
			this.updateResolvedLinks();
			this.trigger("resolved");
		});
	}

	fileRenamed(file: O.TFile, oldPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
		this.schedule(() => {
			this.updateResolvedLinks();
			this.trigger("resolved");
		});
	}

	fileDeleted(file: O.TFile, prevCache: O.CachedMetadata | null): void {
		this.caches.delete(file.path);
		this.schedule(() => {
			this.trigger("deleted", file, prevCache);
			this.updateResolvedLinks();
			this.trigger("resolved");
		});
	}

	/** Test helper: resolves once every queued metadata event has fired. */
	async settle(): Promise<void> {
		while (this.pending.length > 0) {
			const batch = this.pending;
			this.pending = [];
			await Promise.all(batch);
		}
	}

	private schedule(fn: () => void): void {
		this.pending.push(Promise.resolve().then(fn));
	}

	private updateResolvedLinks(): void {
		this.linksStale = true;
	}

	private computeResolvedLinks(): void {
		this.linksStale = false;
		const resolved: Record<string, Record<string, number>> = {};
		const unresolved: Record<string, Record<string, number>> = {};
		for (const file of this.vault.getMarkdownFiles()) {
			const cache = this.getFileCache(file);
			const targets = [...(cache?.links ?? []), ...(cache?.frontmatterLinks ?? [])].map((l) => l.link);
			for (const link of targets) {
				const dest = this.getFirstLinkpathDest(link, file.path);
				const bucket = dest ? resolved : unresolved;
				const key = dest ? dest.path : link;
				bucket[file.path] ??= {};
				bucket[file.path][key] = (bucket[file.path][key] ?? 0) + 1;
			}
		}
		this.resolved = resolved;
		this.unresolved = unresolved;
	}
}

// ------------------------------------------------------------- file manager

/** Imitates FileManager.processFrontMatter (re-serialising the YAML, as Obsidian does) and renames. */
export class FileManager implements Pick<O.FileManager, "processFrontMatter" | "renameFile" | "trashFile" | "generateMarkdownLink"> {
	constructor(private readonly app: App) {}

	async processFrontMatter(file: O.TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.app.vault.process(file, (text) => {
			const block = findFrontmatter(text);
			const data: Record<string, unknown> = block ? parseNoteFrontmatter(text) : {};
			fn(data);
			const body = block ? text.slice(block.end) : text;
			return `---\n${stringifyYaml(data)}---\n${body}`;
		});
	}

	async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
		await this.app.vault.rename(file, newPath);
	}

	async trashFile(file: O.TAbstractFile): Promise<void> {
		await this.app.vault.delete(file);
	}

	generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const text = this.app.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${text}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}
}

/** A plain YAML writer for the fake's processFrontMatter; JSON scalars are valid YAML. */
export function stringifyYaml(obj: Record<string, unknown>): string {
	let out = "";
	for (const [k, v] of Object.entries(obj)) {
		if (Array.isArray(v)) {
			out += v.length === 0 ? `${k}: []\n` : `${k}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join("\n")}\n`;
		} else {
			out += `${k}: ${JSON.stringify(v ?? null)}\n`;
		}
	}
	return out;
}

/** Imitates parseYaml: the parsed value; on invalid YAML an error with a 0-based `mark.line`, as js-yaml gives. */
export function parseYaml(yaml: string): unknown {
	try {
		return parseNoteFrontmatter(`---\n${yaml}\n---\n`);
	} catch (err) {
		// A lone scalar is valid YAML that is not a mapping: parseYaml returns it.
		if (err instanceof FrontmatterError && /not a mapping/.test(err.message)) return yaml.trim();
		if (err instanceof FrontmatterError && err.line !== undefined) {
			// FrontmatterError counts the opening fence as line 1; parseYaml sees no fence.
			throw Object.assign(new Error(err.message.replace(/^invalid YAML in frontmatter: /, "")), { mark: { line: err.line - 2 } });
		}
		throw err;
	}
}

// ---------------------------------------------------------------- workspace

/** Imitates the slice of Editor used to insert text at the cursor. */
export class Editor implements Pick<O.Editor, "replaceSelection" | "getValue" | "setValue"> {
	constructor(public value = "", public cursor = value.length) {}

	replaceSelection(replacement: string): void {
		this.value = this.value.slice(0, this.cursor) + replacement + this.value.slice(this.cursor);
		this.cursor += replacement.length;
	}

	getValue(): string {
		return this.value;
	}

	setValue(content: string): void {
		this.value = content;
		this.cursor = content.length;
	}
}

export class MarkdownView {
	editor: Editor;
	file: O.TFile | null;

	constructor(file: O.TFile | null, editor = new Editor()) {
		this.file = file;
		this.editor = editor;
	}
}

export class WorkspaceLeaf {
	/** Test helper: files opened in this leaf. */
	opened: O.TFile[] = [];

	constructor(readonly paneType: O.PaneType | boolean | undefined) {}

	async openFile(file: O.TFile): Promise<void> {
		this.opened.push(file);
	}
}

export class Workspace extends Events implements Pick<O.Workspace, "onLayoutReady" | "getActiveFile" | "openLinkText"> {
	layoutReady = false;
	/** Test helper: the view getActiveViewOfType returns. */
	activeView: MarkdownView | null = null;
	/** Test helper: leaves handed out by getLeaf, in order. */
	leaves: WorkspaceLeaf[] = [];
	/** Test helper: every openLinkText call. */
	openedLinks: Array<{ linktext: string; sourcePath: string; newLeaf: O.PaneType | boolean | undefined }> = [];
	private readyCallbacks: Array<() => unknown> = [];

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: marks the layout ready and runs the waiting callbacks. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	getActiveFile(): O.TFile | null {
		return this.activeView?.file ?? null;
	}

	getActiveViewOfType<T>(type: new (...args: never[]) => T): T | null {
		return this.activeView instanceof type ? this.activeView : null;
	}

	getLeaf(newLeaf?: O.PaneType | boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(newLeaf);
		this.leaves.push(leaf);
		return leaf;
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf });
	}
}

// ---------------------------------------------------------------------- app

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	keymap = new Keymap();
	scope = new Scope();

	constructor(vault = new Vault()) {
		this.vault = vault;
		this.metadataCache = new MetadataCache(vault);
		vault.metadataCache = this.metadataCache;
		this.fileManager = new FileManager(this);
		this.workspace = new Workspace();
	}

	isDarkMode(): boolean {
		return false;
	}
}

// --------------------------------------------------------------- components

export class Component implements Pick<O.Component, "load" | "onload" | "unload" | "onunload" | "register" | "registerEvent" | "registerInterval"> {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: Array<() => unknown> = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of this.children) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		this.children = this.children.filter((c) => c !== component);
		component.unload();
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: O.EventRef): void {
		const ref = eventRef as FakeEventRef;
		this.register(() => ref.source.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Test helper: whether the component is loaded. */
	get isLoaded(): boolean {
		return this.loaded;
	}

	/** Test helper: cleanups still registered (listeners, timers). */
	get registeredCount(): number {
		return this.cleanups.length + this.children.reduce((n, c) => n + c.registeredCount, 0);
	}
}

export class MarkdownRenderChild extends Component implements Pick<O.MarkdownRenderChild, "containerEl"> {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** Test helper: a post-processor context whose children load at once and unload on `close()`. */
export class FakeRenderContext implements Pick<O.MarkdownPostProcessorContext, "docId" | "sourcePath" | "frontmatter" | "addChild" | "getSectionInfo"> {
	docId = "doc";
	frontmatter: unknown = null;
	/** Test helper: the render children added to this note. */
	children: O.MarkdownRenderChild[] = [];

	constructor(readonly sourcePath: string) {}

	addChild(child: O.MarkdownRenderChild): void {
		this.children.push(child);
		child.load();
	}

	/** Test helper: what getSectionInfo answers (where the block sits in its note). */
	section: O.MarkdownSectionInformation | null = null;

	getSectionInfo(): O.MarkdownSectionInformation | null {
		return this.section;
	}

	/** Closing the note unloads every render child. */
	close(): void {
		for (const child of this.children.splice(0)) child.unload();
	}
}

// ------------------------------------------------------------------- plugin

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<unknown> | void;

type PluginMethods = "addCommand" | "addRibbonIcon" | "addSettingTab" | "loadData" | "saveData" | "registerMarkdownCodeBlockProcessor";

export abstract class Plugin extends Component implements Pick<O.Plugin, PluginMethods | "manifest"> {
	app: App;
	manifest: O.PluginManifest;
	/** Test helper: what the plugin registered. */
	commands = new Map<string, O.Command>();
	ribbonIcons: Array<{ icon: string; title: string; callback: (evt: MouseEvent) => unknown; el: HTMLElement }> = [];
	settingTabs: O.PluginSettingTab[] = [];
	codeBlockProcessors = new Map<string, CodeBlockHandler>();
	/** Test helper: what saveData last stored. */
	data: unknown = null;

	constructor(app: App, manifest: O.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: O.Command): O.Command {
		this.commands.set(command.id, command);
		this.register(() => this.commands.delete(command.id));
		return command;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement("div");
		el.setAttribute("aria-label", title);
		const entry = { icon, title, callback, el };
		this.ribbonIcons.push(entry);
		this.register(() => {
			this.ribbonIcons = this.ribbonIcons.filter((r) => r !== entry);
		});
		return el;
	}

	addSettingTab(settingTab: O.PluginSettingTab): void {
		this.settingTabs.push(settingTab);
		this.register(() => {
			this.settingTabs = this.settingTabs.filter((t) => t !== settingTab);
		});
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): O.MarkdownPostProcessor {
		this.codeBlockProcessors.set(language, handler);
		this.register(() => this.codeBlockProcessors.delete(language));
		const processor = (() => undefined) as unknown as O.MarkdownPostProcessor;
		return processor;
	}

	/** Like Obsidian: data.json in the plugin's folder, parsed; a file that is not JSON throws. */
	async loadData(): Promise<unknown> {
		const file = `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
		if (this.data === null && (await this.app.vault.adapter.exists(file))) return JSON.parse(await this.app.vault.adapter.read(file));
		return this.data === null ? null : structuredClone(this.data);
	}

	async saveData(data: unknown): Promise<void> {
		this.data = structuredClone(data);
	}
}

// --------------------------------------------------------------------- UI

export class Notice implements Fluent<O.Notice, "setMessage" | "hide", Notice> {
	/** Test helper: every notice shown, oldest first. */
	static shown: Notice[] = [];
	message: string;
	hidden = false;
	noticeEl: HTMLElement;

	constructor(message: string | DocumentFragment, readonly duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl = document.createElement("div");
		this.noticeEl.textContent = this.message;
		Notice.shown.push(this);
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl.textContent = this.message;
		return this;
	}

	hide(): void {
		this.hidden = true;
	}
}

export class Keymap {
	static isModEvent(evt?: UserEvent | null): O.PaneType | boolean {
		if (!evt) return false;
		return "ctrlKey" in evt && (evt.ctrlKey || evt.metaKey) ? "tab" : false;
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return evt.ctrlKey || evt.metaKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

interface FakeKeymapHandler extends O.KeymapEventHandler {
	func: O.KeymapEventListener;
}

export class Scope implements Pick<O.Scope, "register" | "unregister"> {
	/** Test helper: registered key handlers. */
	handlers: FakeKeymapHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
		const handler: FakeKeymapHandler = { scope: this, modifiers: (modifiers ?? []).join(","), key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: O.KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}

	/**
	 * Runs the handler whose key and modifiers match a real key event, as
	 * Obsidian's keymap does (Mod is Ctrl, or Cmd on macOS); a handler that
	 * returns false stops the event. Returns whether one matched.
	 */
	handleKey(evt: KeyboardEvent): boolean {
		const held = new Set<O.Modifier>();
		if (evt.ctrlKey || evt.metaKey) held.add("Mod");
		if (evt.shiftKey) held.add("Shift");
		if (evt.altKey) held.add("Alt");
		const handler = this.handlers.find((h) => {
			if (h.key !== evt.key) return false;
			const wanted = h.modifiers ? h.modifiers.split(",") : [];
			return wanted.length === held.size && wanted.every((m) => held.has(m as O.Modifier));
		});
		if (!handler) return false;
		const result = handler.func(evt, { modifiers: handler.modifiers, key: evt.key, vkey: evt.key });
		if (result === false) evt.preventDefault();
		return true;
	}

	/** Test helper: runs the handler registered for these modifiers and key. */
	press(modifiers: O.Modifier[], key: string, evt: KeyboardEvent = new KeyboardEvent("keydown", { key })): boolean {
		const handler = this.handlers.find((h) => h.key === key && h.modifiers === modifiers.join(","));
		if (!handler) return false;
		handler.func(evt, { modifiers: modifiers.join(","), key, vkey: key });
		return true;
	}
}

export class Modal implements Fluent<O.Modal, "open" | "close" | "onOpen" | "onClose" | "setTitle", Modal> {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	/** Test helper: whether the modal is open. */
	isOpen = false;
	/** Test helper: the modals open now, oldest first. */
	static opened: Modal[] = [];

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope(app.scope);
		this.containerEl = document.createElement("div");
		this.containerEl.className = "modal-container mod-dim";
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });

		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		this.isOpen = true;
		Modal.opened.push(this);
		document.body.appendChild(this.containerEl);
		document.addEventListener("keydown", this.onDocumentKey);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		Modal.opened = Modal.opened.filter((m) => m !== this);
		document.removeEventListener("keydown", this.onDocumentKey);
		this.containerEl.remove();
		this.onClose();
	}

	/** Like Obsidian's keymap, keys go to the top modal's scope wherever the focus is; Escape closes it. */
	private readonly onDocumentKey = (evt: KeyboardEvent): void => {
		if (Modal.opened[Modal.opened.length - 1] !== this || evt.defaultPrevented) return;
		if (this.scope.handleKey(evt)) return;
		if (evt.key === "Escape") {
			evt.preventDefault();
			this.close();
		} else this.onKeyDown(evt);
	};

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	/** A key the scope did not handle; SuggestModal moves its selection with it. */
	protected onKeyDown(evt: KeyboardEvent): void {
		void evt;
	}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
}

/**
 * Imitates SuggestModal: an input, a list of rendered suggestions and the
 * instructions footer. Tests drive it with `setQuery` and `choose`.
 */
export abstract class SuggestModal<T> extends Modal implements Pick<O.SuggestModal<T>, "limit" | "emptyStateText" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion"> {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	instructionsEl: HTMLElement;
	/** Test helper: the suggestions last shown. */
	suggestions: T[] = [];
	/** Test helper: which shown suggestion is highlighted (what the arrow keys move). */
	selectedIndex = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", attr: { enterkeyhint: "done" } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		// Typing updates the list on every input event, composed (IME) text included, as in Obsidian.
		this.inputEl.addEventListener("input", () => void this.setQuery(this.inputEl.value));
		this.resultContainerEl.addEventListener("mousemove", (evt) => {
			const index = this.suggestionIndexAt(evt);
			if (index >= 0 && index !== this.selectedIndex) this.select(index);
		});
		this.resultContainerEl.addEventListener("click", (evt) => {
			const index = this.suggestionIndexAt(evt);
			if (index >= 0) this.selectSuggestion(this.suggestions[index], evt);
		});
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		void this.setQuery(this.inputEl.value);
	}

	/** Arrow keys move the highlight (wrapping round), Enter chooses it; a composing IME keeps its keys. */
	protected override onKeyDown(evt: KeyboardEvent): void {
		if (evt.isComposing) return;
		const n = this.suggestions.length;
		if (evt.key === "ArrowDown" && n > 0) this.select((this.selectedIndex + 1) % n);
		else if (evt.key === "ArrowUp" && n > 0) this.select((this.selectedIndex - 1 + n) % n);
		else if (evt.key === "Enter") this.selectActiveSuggestion(evt);
		else return;
		evt.preventDefault();
	}

	private suggestionIndexAt(evt: MouseEvent): number {
		const item = evt.target instanceof Element ? evt.target.closest(".suggestion-item") : null;
		return item ? Array.prototype.indexOf.call(this.resultContainerEl.children, item) : -1;
	}

	private select(index: number): void {
		this.resultContainerEl.children[this.selectedIndex]?.classList.remove("is-selected");
		this.selectedIndex = index;
		const el = this.resultContainerEl.children[index];
		el?.classList.add("is-selected");
		el?.scrollIntoView?.({ block: "nearest" });
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: O.Instruction[]): void {
		this.instructionsEl.empty();
		for (const i of instructions) {
			const el = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: i.command });
			el.createSpan({ text: i.purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	/** Imitates choosing the highlighted suggestion, as Enter does. */
	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.suggestions[this.selectedIndex];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	/** Test helper: types a query and renders what getSuggestions returns. */
	async setQuery(query: string): Promise<T[]> {
		if (this.inputEl.value !== query) this.inputEl.value = query;
		const items = (await this.getSuggestions(query)).slice(0, this.limit);
		this.suggestions = items;
		this.selectedIndex = 0;
		this.resultContainerEl.empty();
		if (items.length === 0) {
			this.onNoSuggestion();
			return items;
		}
		for (const item of items) this.renderSuggestion(item, this.resultContainerEl.createDiv({ cls: "suggestion-item" }));
		this.select(0);
		return items;
	}

	/** Test helper: chooses the suggestion at `index` as Enter (with modifiers) would. */
	choose(index: number, init: KeyboardEventInit = {}): void {
		this.selectSuggestion(this.suggestions[index], new KeyboardEvent("keydown", { key: "Enter", ...init }));
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ----------------------------------------------------------------- settings

class ValueComponent<V> {
	protected changeHandlers: Array<(value: V) => unknown> = [];
	constructor(protected value: V) {}

	getValue(): V {
		return this.value;
	}

	setValue(value: V): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: V) => unknown): this {
		this.changeHandlers.push(callback);
		return this;
	}

	/** Test helper: the user changes the value. */
	async change(value: V): Promise<void> {
		this.value = value;
		for (const h of this.changeHandlers) await h(value);
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;

	constructor(containerEl: HTMLElement) {
		super("");
		this.inputEl = containerEl.createEl("input", { type: "text" });
		// Obsidian reports every edit of a text setting, keystroke by keystroke.
		this.inputEl.addEventListener("input", () => void this.change(this.inputEl.value));
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	override setValue(value: string): this {
		this.inputEl.value = value;
		return super.setValue(value);
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super(false);
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container", attr: { role: "switch", tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => void this.change(!this.value));
	}

	override setValue(value: boolean): this {
		this.toggleEl.classList.toggle("is-enabled", value);
		this.toggleEl.setAttribute("aria-checked", String(value));
		return super.setValue(value);
	}

	override async change(value: boolean): Promise<void> {
		this.toggleEl.classList.toggle("is-enabled", value);
		this.toggleEl.setAttribute("aria-checked", String(value));
		await super.change(value);
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	private clickHandlers: Array<(evt: MouseEvent) => unknown> = [];

	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
		this.buttonEl.addEventListener("click", (evt) => {
			for (const h of this.clickHandlers) void h(evt);
		});
	}

	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}

	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickHandlers.push(callback);
		return this;
	}
}

type SettingMethods = "setName" | "setDesc" | "setHeading" | "setClass";

/** Imitates Setting: a row with name, description and controls. Tests reach controls through `components`. */
export class Setting implements Fluent<O.Setting, SettingMethods, Setting> {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: Array<TextComponent | ToggleComponent | ButtonComponent> = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		const c = new TextComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		const c = new ToggleComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		const c = new ButtonComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
}

/** Imitates PluginSettingTab; `display()` is what Obsidian before 1.13 calls, as these tests do. */
export abstract class PluginSettingTab implements Pick<O.PluginSettingTab, "display" | "hide"> {
	app: App;
	containerEl: HTMLElement;

	constructor(app: App, readonly plugin: Plugin) {
		this.app = app;
		this.containerEl = document.createElement("div");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}
}
