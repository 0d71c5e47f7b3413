import type * as O from "obsidian";
import { App, FakeRenderContext, type Plugin as FakePlugin, type TFile } from "../../fakes/obsidian";
import { NOTES } from "../../support/table-notes";

export { NOTES, paperNote } from "../../support/table-notes";
import SurveyVaultPlugin from "../../../src/main";
import manifest from "../../../manifest.json";
import { renderPaperTable } from "../../../src/obsidian/table/register-paper-table";
import type { PaperTableChild } from "../../../src/obsidian/table/paper-table-child";

export interface TableVault {
	app: App;
	plugin: SurveyVaultPlugin;
	fake: FakePlugin;
	/** Renders a block as Obsidian would, through the plugin's registered processor. */
	render(source: string, sourcePath?: string): Rendered;
	/** Renders a block with its own options (page size, refresh delay). */
	renderWith(options: { pageSize?: number; refreshDelayMs?: number }, source: string, sourcePath?: string): Rendered;
	file(path: string): TFile;
	modify(path: string, text: string): Promise<void>;
}

export interface Rendered {
	el: HTMLElement;
	ctx: FakeRenderContext;
	child: PaperTableChild;
}

export async function tableVault(notes: Record<string, string> = NOTES): Promise<TableVault> {
	const app = new App();
	for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
	const plugin = new SurveyVaultPlugin(app as unknown as O.App, manifest);
	const fake = plugin as unknown as FakePlugin;
	await plugin.onload();
	const mount = (sourcePath: string): { el: HTMLElement; ctx: FakeRenderContext } => {
		const el = document.createElement("div");
		document.body.appendChild(el);
		return { el, ctx: new FakeRenderContext(sourcePath) };
	};
	const vault: TableVault = {
		app,
		plugin,
		fake,
		render(source, sourcePath = "Lib/Notes/Reading.md") {
			const { el, ctx } = mount(sourcePath);
			const processor = fake.codeBlockProcessors.get("paper-table");
			if (!processor) throw new Error("paper-table is not registered");
			void processor(source, el, ctx);
			return { el, ctx, child: ctx.children[0] as unknown as PaperTableChild };
		},
		renderWith(options, source, sourcePath = "Lib/Notes/Reading.md") {
			const { el, ctx } = mount(sourcePath);
			renderPaperTable(source, el, ctx, { app: app as unknown as O.App, catalog: plugin.catalog, refreshDelayMs: options.refreshDelayMs ?? 300, pageSize: options.pageSize ?? 100 });
			return { el, ctx, child: ctx.children[0] as unknown as PaperTableChild };
		},
		file(path) {
			const f = app.vault.getFileByPath(path);
			if (!f) throw new Error(`no file ${path}`);
			return f;
		},
		async modify(path, text) {
			await app.vault.modify(vault.file(path), text);
			await app.metadataCache.settle();
		},
	};
	return vault;
}

/** The text of each body row, cells joined with " | ". */
export function rowTexts(el: HTMLElement): string[] {
	return [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "").join(" | "));
}

/** The first cell's text of each body row. */
export function firstColumn(el: HTMLElement): string[] {
	return [...el.querySelectorAll("tbody tr")].map((tr) => tr.querySelector("td")?.textContent ?? "");
}

export function button(el: HTMLElement, text: string): HTMLButtonElement {
	const found = [...el.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}" in ${el.innerHTML}`);
	return found;
}

export function header(el: HTMLElement, label: string): HTMLElement {
	const found = [...el.querySelectorAll("th")].find((th) => th.textContent === label);
	if (!found) throw new Error(`no header "${label}"`);
	return found;
}

export function click(target: Element, init: MouseEventInit = {}): void {
	target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}
