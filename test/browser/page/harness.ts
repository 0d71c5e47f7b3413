// The page the browser tests and screenshots drive: the built main.js loaded
// as Obsidian loads it (a CommonJS module whose only `require` is
// `obsidian`), over the browser build of the typed Obsidian fake. It draws a
// minimal workspace (a note in reading view, its backlinks, a settings pane)
// and exposes `window.surveyVault` so tests can set a vault up and read what
// the plugin did; every interaction itself is a real click or key press.
import * as obsidian from "../../fakes/obsidian";
import MarkdownIt from "markdown-it";
import type { Command, PluginManifest } from "obsidian";

/** What the plugin class looks like from outside the bundle. */
interface PluginInstance {
	onload(): Promise<void>;
}
type PluginClass = new (app: obsidian.App, manifest: PluginManifest) => PluginInstance;

export interface StartOptions {
	/** Notes to seed the vault with, by path. */
	notes?: Record<string, string>;
	/** What the plugin's data.json holds at start. */
	data?: unknown;
	theme?: "light" | "dark";
}

export interface HarnessState {
	files: string[];
	opened: Array<{ paneType: string; path: string }>;
	editor: string | null;
	data: unknown;
	notices: string[];
	modals: number;
}

// Raw HTML on: the paper-table placeholders are HTML; the notes are the tests' own.
const markdown = new MarkdownIt({ html: true });
let app: obsidian.App | null = null;
let plugin: (PluginInstance & obsidian.Plugin) | null = null;
const rendered: obsidian.FakeRenderContext[] = [];

function must<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(`${what}: call surveyVault.start() first`);
	return value;
}

function byId(id: string): HTMLElement {
	const el = document.getElementById(id);
	if (!el) throw new Error(`the page has no #${id}`);
	return el;
}

/** Loads main.js as Obsidian does: a function of module, exports and a require that knows `obsidian` only. */
async function loadPluginClass(): Promise<PluginClass> {
	const code = await (await fetch("/main.js")).text();
	const module = { exports: {} as { default?: PluginClass } };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidian;
		throw new Error(`Cannot find module '${name}'`);
	};
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the built bundle is the point of the page
	new Function("module", "exports", "require", code)(module, module.exports, require);
	if (!module.exports.default) throw new Error("main.js has no default export");
	return module.exports.default;
}

async function start(options: StartOptions = {}): Promise<void> {
	setTheme(options.theme ?? "light");
	const vault = new obsidian.Vault("Research vault");
	for (const [path, text] of Object.entries(options.notes ?? {})) vault.seed(path, text);
	app = new obsidian.App(vault);
	const manifest = (await (await fetch("/manifest.json")).json()) as PluginManifest;
	const Plugin = await loadPluginClass();
	const instance = new Plugin(app, manifest) as PluginInstance & obsidian.Plugin;
	instance.data = options.data ?? null;
	await instance.onload();
	plugin = instance;
	app.workspace.setLayoutReady();
}

function setTheme(theme: "light" | "dark"): void {
	document.body.classList.toggle("theme-light", theme === "light");
	document.body.classList.toggle("theme-dark", theme === "dark");
}

function command(id: string): void {
	const cmd: Command | undefined = must(plugin, "command").commands.get(id);
	if (!cmd) throw new Error(`no command ${id}`);
	if (cmd.callback) cmd.callback();
	else if (cmd.checkCallback) {
		if (!cmd.checkCallback(false)) throw new Error(`command ${id} is not available here`);
	} else throw new Error(`command ${id} has no callback`);
}

/** Makes `path` the note being edited, for the commands that act on the active note. */
function edit(path: string, cursorText = ""): void {
	const a = must(app, "edit");
	const file = a.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	a.workspace.activeView = new obsidian.MarkdownView(file, new obsidian.Editor(cursorText));
}

/** Shows a note in reading view: its properties, its body (paper-table blocks through the plugin) and its backlinks. */
function openNote(path: string): void {
	const a = must(app, "openNote");
	const file = a.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	closeNote();
	const text = a.vault.text(path) ?? "";
	const cache = a.metadataCache.getFileCache(file);
	const view = byId("note");
	view.createEl("h1", { cls: "inline-title", text: file.basename });
	const props = cache?.frontmatter;
	if (props && Object.keys(props).length > 0) {
		const table = view.createDiv({ cls: "metadata-container" });
		for (const [key, value] of Object.entries(props)) {
			const row = table.createDiv({ cls: "metadata-property" });
			row.createDiv({ cls: "metadata-property-key", text: key });
			row.createDiv({ cls: "metadata-property-value", text: Array.isArray(value) ? value.join(", ") : String(value) });
		}
	}
	renderMarkdown(text.slice(cache?.frontmatterPosition?.end.offset ?? 0), path, view.createDiv({ cls: "markdown-preview-section" }));
	renderBacklinks(path);
}

function renderMarkdown(body: string, sourcePath: string, el: HTMLElement): void {
	const tokens = markdown.parse(body.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_m, target: string, alias?: string) => `[${alias ?? target}](#wikilink:${encodeURIComponent(target)})`), {});
	const blocks: Array<{ id: string; source: string }> = [];
	for (const token of tokens) {
		if (token.type === "fence" && token.info.trim() === "paper-table") {
			const id = `block-${blocks.length}`;
			blocks.push({ id, source: token.content });
			token.type = "html_block";
			token.content = `<div class="block-language-paper-table" data-block="${id}"></div>`;
		}
	}
	const parsed = new DOMParser().parseFromString(markdown.renderer.render(tokens, markdown.options, {}), "text/html");
	el.append(...Array.from(parsed.body.childNodes));
	for (const a of Array.from(el.querySelectorAll<HTMLAnchorElement>("a[href^='#wikilink:']"))) {
		const target = decodeURIComponent(a.getAttribute("href")?.slice("#wikilink:".length) ?? "");
		a.className = "internal-link";
		a.setAttribute("data-href", target);
		a.setAttribute("href", target);
	}
	for (const block of blocks) {
		const host = el.querySelector<HTMLElement>(`[data-block="${block.id}"]`);
		if (host) renderBlockInto(host, block.source, sourcePath);
	}
}

function renderBacklinks(path: string): void {
	const a = must(app, "backlinks");
	const pane = byId("backlinks");
	pane.empty();
	pane.createDiv({ cls: "backlink-pane-title", text: "Linked mentions" });
	const from = Object.entries(a.metadataCache.resolvedLinks)
		.filter(([, targets]) => targets[path] !== undefined)
		.map(([source]) => source)
		.sort();
	pane.createDiv({ cls: "search-result-count", text: `${from.length} ${from.length === 1 ? "backlink" : "backlinks"}` });
	for (const source of from) {
		const item = pane.createDiv({ cls: "tree-item search-result" });
		item.createDiv({ cls: "tree-item-self search-result-file-title", text: source.split("/").pop()?.replace(/\.md$/, "") ?? source });
	}
}

function renderBlockInto(el: HTMLElement, source: string, sourcePath: string): void {
	const processor = must(plugin, "renderBlock").codeBlockProcessors.get("paper-table");
	if (!processor) throw new Error("paper-table is not registered");
	const ctx = new obsidian.FakeRenderContext(sourcePath);
	rendered.push(ctx);
	void processor(source, el, ctx);
}

/** Renders one paper-table block into the note pane, as a note holding only that block would. */
function renderBlock(source: string, sourcePath = "Notes/Compare.md"): void {
	closeNote();
	const host = byId("note").createDiv({ cls: "block-language-paper-table" });
	renderBlockInto(host, source, sourcePath);
}

function closeNote(): void {
	for (const ctx of rendered.splice(0)) ctx.close();
	byId("note").empty();
	byId("backlinks").empty();
}

function openSettings(): void {
	const tab = must(plugin, "openSettings").settingTabs[0];
	if (!tab) throw new Error("the plugin has no settings tab");
	const pane = byId("settings");
	pane.empty();
	pane.appendChild(tab.containerEl);
	tab.containerEl.addClass("vertical-tab-content");
	tab.display();
}

async function setProperty(path: string, key: string, value: unknown): Promise<void> {
	const a = must(app, "setProperty");
	const file = a.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	await a.fileManager.processFrontMatter(file, (fm) => {
		fm[key] = value;
	});
}

function state(): HarnessState {
	const a = must(app, "state");
	return {
		files: a.vault.getFiles().map((f) => f.path).sort(),
		opened: a.workspace.leaves.flatMap((leaf) => leaf.opened.map((f) => ({ paneType: String(leaf.paneType), path: f.path }))),
		editor: a.workspace.activeView?.editor.getValue() ?? null,
		data: must(plugin, "state").data,
		notices: obsidian.Notice.shown.map((n) => n.message),
		modals: obsidian.Modal.opened.length,
	};
}

function noteText(path: string): string | null {
	return must(app, "noteText").vault.text(path) ?? null;
}

/** Resolves after the next frame has been painted: a frame callback, then a task after it. */
function nextPaint(): Promise<number> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

let timing: Promise<number> | null = null;

/**
 * Arms a timer for the next real `type` event (keydown, click) anywhere on
 * the page: it runs from the event's own time stamp to the first paint
 * after the plugin handled it. `timed()` gives the milliseconds.
 */
function timeNext(type: "keydown" | "click"): void {
	timing = new Promise((resolve) => {
		document.addEventListener(type, (evt) => void nextPaint().then((painted) => resolve(painted - evt.timeStamp)), { capture: true, once: true });
	});
}

function timed(): Promise<number> {
	if (!timing) throw new Error("call timeNext() before the event");
	return timing;
}

const harness = { start, setTheme, command, edit, openNote, renderBlock, closeNote, openSettings, setProperty, state, noteText, nextPaint, timeNext, timed };
export type Harness = typeof harness;
(window as unknown as { surveyVault: Harness }).surveyVault = harness;
