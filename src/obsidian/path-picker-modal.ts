import { type App, SuggestModal, type TAbstractFile } from "obsidian";

/** Picks a file or folder of the vault by typing part of its path. */
export class PathPickerModal<T extends TAbstractFile> extends SuggestModal<T> {
	constructor(
		app: App,
		private readonly candidates: () => T[],
		placeholder: string,
		private readonly onPick: (item: T) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "Nothing matches.";
	}

	getSuggestions(query: string): T[] {
		const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
		return this.candidates()
			.filter((f) => words.every((w) => f.path.toLowerCase().includes(w)))
			.sort((a, b) => a.path.localeCompare(b.path))
			.slice(0, 200);
	}

	renderSuggestion(item: T, el: HTMLElement): void {
		el.createDiv({ text: item.path || "/" });
	}

	onChooseSuggestion(item: T): void {
		this.onPick(item);
	}
}
