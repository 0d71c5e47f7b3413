import { type App, Keymap, MarkdownView, Notice, SuggestModal, TFile, requireApiVersion } from "obsidian";
import type { PaperRecord } from "../core/papers/paper-record";
import { FIELD_LABELS, describePaper, describeQuery, otherMatch, parseQuery, searchPapers, segments, snippet, type FieldMatch, type SearchResult } from "../core/search";
import type { LivePaperIndex } from "./live-paper-index";

/** How many papers the modal lists. */
export const RESULTS_SHOWN = 20;

/**
 * The paper search modal: a thin SuggestModal around `searchPapers`. Enter
 * opens the paper, Mod+Enter opens it in a new tab, Shift+Enter or Alt+Enter
 * inserts a link to it in the note being edited. A line above the results
 * says how the query's filters, phrases and exclusions were read.
 */
export class PaperSearchModal extends SuggestModal<SearchResult> {
	private readonly understoodEl: HTMLElement;
	private closed = false;

	constructor(
		app: App,
		private readonly papers: LivePaperIndex,
	) {
		super(app);
		this.limit = RESULTS_SHOWN;
		this.emptyStateText = "No paper matches.";
		this.setPlaceholder('Search papers by title, author or method; "exact phrase", -word to leave out; filter with year:, venue:, author:, dir:, tag:');
		this.understoodEl = createDiv({ cls: "survey-vault-search-understood" });
		this.understoodEl.hide();
		this.resultContainerEl.before(this.understoodEl);
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to open" },
			{ command: "Ctrl/⌘ ↵", purpose: "to open in a new tab" },
			{ command: "Shift ↵ or Alt ↵", purpose: "to insert a link" },
			{ command: "esc", purpose: "to dismiss" },
		]);
		// Enter with a modifier chooses too; before Obsidian 1.7.2 only a click with one does.
		if (requireApiVersion("1.7.2")) {
			const chooseWith = (evt: KeyboardEvent): boolean => {
				this.selectActiveSuggestion(evt);
				return false;
			};
			this.scope.register(["Mod"], "Enter", chooseWith);
			this.scope.register(["Shift"], "Enter", chooseWith);
			this.scope.register(["Alt"], "Enter", chooseWith);
		}
	}

	override onOpen(): void {
		void super.onOpen();
		// Right after Obsidian starts, the papers' prose and summaries may still be being indexed: the list is asked for again once they are.
		const papers = this.papers;
		papers.get();
		const refresh = (): void => void (this.closed || this.inputEl.dispatchEvent(new Event("input")));
		if (papers.textPending > 0) void papers.textIndexed.then(refresh, refresh);
	}

	override onClose(): void {
		this.closed = true;
		super.onClose();
	}

	getSuggestions(query: string): SearchResult[] {
		// Obsidian asks for suggestions on every input, so the line follows each keystroke.
		this.showUnderstood(describeQuery(parseQuery(query)));
		const results = searchPapers(this.papers.get(), query, RESULTS_SHOWN);
		const waiting = this.papers.textPending;
		// Right after Obsidian starts, a word from a summary may not be found yet: say so rather than "no match".
		this.emptyStateText = waiting > 0 ? `No paper matches yet: the text of ${waiting} ${waiting === 1 ? "paper" : "papers"} is still being indexed.` : "No paper matches.";
		return results;
	}

	renderSuggestion(result: SearchResult, el: HTMLElement): void {
		const { record, matches } = result;
		el.addClass("survey-vault-search-result");
		const title = matches.find((m) => m.field === "title");
		renderHighlighted(el.createDiv({ cls: "survey-vault-search-title" }), record.title, title?.ranges ?? []);
		const meta = describePaper(record);
		if (meta !== "") el.createDiv({ cls: "survey-vault-search-meta", text: meta });
		const other = otherMatch(matches, record.title);
		if (other) renderOther(el.createDiv({ cls: "survey-vault-search-snippet" }), other);
	}

	onChooseSuggestion(result: SearchResult, evt: MouseEvent | KeyboardEvent): void {
		const file = this.app.vault.getFileByPath(result.record.path);
		if (!(file instanceof TFile)) {
			new Notice(`"${result.record.title}" is no longer in the vault.`);
			return;
		}
		// Mod, with or without more modifiers, opens where Obsidian's own convention says (tab, split, window).
		const paneType = Keymap.isModEvent(evt);
		if (!paneType && (evt.shiftKey || evt.altKey)) this.insertLink(file, result.record);
		else void this.app.workspace.getLeaf(paneType).openFile(file);
	}

	private showUnderstood(parts: string[]): void {
		this.understoodEl.setText(parts.length > 0 ? `Filtering: ${parts.join(" · ")}` : "");
		this.understoodEl.toggle(parts.length > 0);
	}

	private insertLink(file: TFile, record: PaperRecord): void {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (!view) {
			new Notice("Open a note in editing mode to insert a link to a paper.");
			return;
		}
		const alias = record.title !== file.basename ? record.title : undefined;
		view.editor.replaceSelection(this.app.fileManager.generateMarkdownLink(file, view.file?.path ?? "", undefined, alias));
	}
}

function renderOther(el: HTMLElement, match: FieldMatch): void {
	el.createSpan({ cls: "survey-vault-search-field", text: `${FIELD_LABELS[match.field]}: ` });
	const cut = snippet(match.value, match.ranges);
	renderHighlighted(el.createSpan(), cut.text, cut.ranges);
}

function renderHighlighted(el: HTMLElement, text: string, ranges: ReadonlyArray<readonly [number, number]>): void {
	for (const part of segments(text, ranges)) {
		if (part.match) el.createSpan({ cls: "survey-vault-search-match", text: part.text });
		else el.appendText(part.text);
	}
}
