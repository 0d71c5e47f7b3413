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
	// Obsidian hides %% comments %% in reading view.
	const visible = body.replace(/%%[\s\S]*?%%/g, "");
	const tokens = markdown.parse(visible.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_m, target: string, alias?: string) => `[${alias ?? target}](#wikilink:${encodeURIComponent(target)})`), {});
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

export interface TextContrast {
	/** The element's own text, cut short. */
	text: string;
	/** Its tag and class list, to tell which rule styled it. */
	tag: string;
	classes: string;
	color: string;
	background: string;
	ratio: number;
}

type Rgba = [number, number, number, number];

/** A computed colour: rgb()/rgba(), or color(srgb …) as color-mix() computes to. */
function parseColor(css: string): Rgba {
	const srgb = /color\(srgb ([^)]+)\)/.exec(css);
	if (srgb) {
		const [r, g, b, a] = srgb[1].split(/[ /]+/).filter((x) => x !== "").map(Number);
		return [r * 255, g * 255, b * 255, a ?? 1];
	}
	const m = /rgba?\(([^)]+)\)/.exec(css);
	if (!m) return [0, 0, 0, 0];
	const parts = m[1].split(/[ ,/]+/).filter((x) => x !== "").map(Number);
	return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
	const a = top[3];
	return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** The opaque colour behind an element: its own and its ancestors' backgrounds, composited from the page up. */
function backgroundOf(el: Element): Rgba {
	const layers: Rgba[] = [];
	for (let e: Element | null = el; e; e = e.parentElement) {
		const bg = parseColor(getComputedStyle(e).backgroundColor);
		if (bg[3] > 0) layers.push(bg);
		if (bg[3] >= 1) break;
	}
	let color: Rgba = [255, 255, 255, 1];
	for (const layer of layers.reverse()) color = over(layer, color);
	return color;
}

function luminance([r, g, b]: Rgba): number {
	const lin = (c: number): number => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * WCAG contrast of every visible element under `selector` that holds text of
 * its own, from computed styles: text colour (with its alpha) over the
 * composited background. Disabled controls are exempt, as WCAG exempts them.
 */
function contrast(selector: string): TextContrast[] {
	const out: TextContrast[] = [];
	for (const root of Array.from(document.querySelectorAll(selector))) {
		for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
			const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
			if (own.length === 0 || el.closest(":disabled")) continue;
			const rect = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (rect.width === 0 || rect.height === 0 || style.visibility === "hidden") continue;
			const background = backgroundOf(el);
			const color = over(parseColor(style.color), background);
			const [hi, lo] = [luminance(color), luminance(background)].sort((a, b) => b - a);
			out.push({
				text: own.map((n) => n.textContent ?? "").join("").trim().slice(0, 40),
				tag: el.tagName.toLowerCase(),
				classes: String(el.className),
				color: style.color,
				background: `rgb(${background.slice(0, 3).map(Math.round).join(", ")})`,
				ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
			});
		}
	}
	return out;
}

/** Elements under `selector` whose box reaches past the window's right edge, outside `allowedScroller` (which may scroll inside). */
function overflowing(selector: string, allowedScroller: string): Array<{ classes: string; tag: string; right: number }> {
	const width = document.documentElement.clientWidth;
	const out: Array<{ classes: string; tag: string; right: number }> = [];
	for (const root of Array.from(document.querySelectorAll(selector))) {
		for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
			if (el.parentElement?.closest(allowedScroller)) continue;
			const rect = el.getBoundingClientRect();
			if (rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5)) out.push({ classes: String(el.className), tag: el.tagName, right: Math.round(rect.right) });
		}
	}
	return out;
}

const harness = { start, setTheme, command, edit, openNote, renderBlock, closeNote, openSettings, setProperty, state, noteText, nextPaint, timeNext, timed, contrast, overflowing };
export type Harness = typeof harness;
(window as unknown as { surveyVault: Harness }).surveyVault = harness;
