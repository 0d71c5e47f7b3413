import { readFileSync } from "node:fs";
import * as vm from "node:vm";
import { JSDOM } from "jsdom";
import { installObsidianDom } from "../fakes/dom";

export interface SandboxResult<T> {
	exports: T;
	/** Modules the bundle asked `require` for. */
	required: string[];
	window: JSDOM["window"];
}

/**
 * Evaluates a CommonJS bundle the way Obsidian mobile would: browser globals
 * from jsdom with Obsidian's DOM helpers, a `require` that knows only
 * `obsidian`, and no Node globals (no Buffer, process, global, __dirname).
 */
export function loadInMobileSandbox<T>(bundlePath: string, obsidian: unknown): SandboxResult<T> {
	const dom = new JSDOM("<!doctype html><html><body></body></html>");
	const win = dom.window;
	installObsidianDom(win);
	const required: string[] = [];
	const module = { exports: {} as T };
	const sandbox = {
		window: win,
		document: win.document,
		navigator: win.navigator,
		activeDocument: win.document,
		activeWindow: win,
		HTMLElement: win.HTMLElement,
		Node: win.Node,
		Element: win.Element,
		KeyboardEvent: win.KeyboardEvent,
		MouseEvent: win.MouseEvent,
		createEl: (win as unknown as Record<string, unknown>).createEl,
		createDiv: (win as unknown as Record<string, unknown>).createDiv,
		createSpan: (win as unknown as Record<string, unknown>).createSpan,
		createFragment: (win as unknown as Record<string, unknown>).createFragment,
		TextEncoder,
		TextDecoder,
		URL,
		console,
		setTimeout: win.setTimeout.bind(win),
		clearTimeout: win.clearTimeout.bind(win),
		setInterval: win.setInterval.bind(win),
		clearInterval: win.clearInterval.bind(win),
		queueMicrotask,
		structuredClone,
		module,
		exports: module.exports,
		require: (name: string): unknown => {
			required.push(name);
			if (name === "obsidian") return obsidian;
			throw new Error(`Cannot find module '${name}' (not available on Obsidian mobile)`);
		},
	};
	vm.runInNewContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath });
	return { exports: module.exports, required, window: win };
}
