import { type App, Notice, type Plugin, SuggestModal, type TFile } from "obsidian";
import type { FrontmatterData } from "../core/markdown/frontmatter";
import { isPaperNote } from "../core/papers/paper-record";

/** Reading statuses a paper note can carry in its `status` property. */
export const READING_STATUSES = ["to-read", "reading", "read", "skipped"] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

class StatusModal extends SuggestModal<ReadingStatus> {
	constructor(
		app: App,
		private readonly current: string | undefined,
		private readonly onPick: (status: ReadingStatus) => void,
	) {
		super(app);
		this.setPlaceholder(`Reading status${current ? ` (now: ${current})` : ""}`);
	}

	getSuggestions(query: string): ReadingStatus[] {
		return READING_STATUSES.filter((s) => s.includes(query.trim().toLowerCase()));
	}

	renderSuggestion(status: ReadingStatus, el: HTMLElement): void {
		el.createSpan({ text: status });
		if (status === this.current) el.createSpan({ cls: "survey-vault-status-current", text: " (current)" });
	}

	onChooseSuggestion(status: ReadingStatus): void {
		this.onPick(status);
	}
}

/**
 * Sets a paper note's `status` property (to-read, reading, read, skipped)
 * with processFrontMatter, so Obsidian writes the YAML and the comparison
 * tables can show and filter it. The importer never owns this property.
 */
export async function setPaperStatus(app: App, file: TFile, status: ReadingStatus): Promise<void> {
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		frontmatter.status = status;
	});
	new Notice(`${file.basename}: ${status}`);
}

export function registerStatusCommand(plugin: Pick<Plugin, "app" | "addCommand">): void {
	const { app } = plugin;
	plugin.addCommand({
		id: "set-paper-status",
		name: "Set reading status of this paper…",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const frontmatter: FrontmatterData | undefined = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
			if (!file || !isPaperNote(frontmatter)) return false;
			if (!checking) {
				const current = typeof frontmatter?.status === "string" ? frontmatter.status : undefined;
				new StatusModal(app, current, (status) => void setPaperStatus(app, file, status)).open();
			}
			return true;
		},
	});
}
