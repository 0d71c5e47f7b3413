import { type App, Modal, Setting } from "obsidian";
import type { ImportPlan, PlannedNote } from "../core/notes";

type Action = PlannedNote["action"];

const SECTIONS: ReadonlyArray<{ action: Action; label: string }> = [
	{ action: "create", label: "Created" },
	{ action: "update", label: "Updated" },
	{ action: "skip", label: "Left untouched (cannot be read)" },
	{ action: "unchanged", label: "Unchanged" },
];

/** Shows what an import will create, update and leave alone, with counts; resolves true to write. */
export class ImportPreviewModal extends Modal {
	private decided = false;

	constructor(
		app: App,
		private readonly plan: ImportPlan,
		private readonly warningCount: number,
		private readonly decide: (confirmed: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle(`Import ${this.plan.surveyTitle}`);
		contentEl.addClass("survey-vault-preview");
		const counts = SECTIONS.map((s) => `${this.count(s.action)} ${s.label.split(" ")[0].toLowerCase()}`).join(", ");
		contentEl.createEl("p", { text: `${this.plan.notes.length} notes: ${counts}.` });
		if (this.warningCount > 0) contentEl.createEl("p", { cls: "survey-vault-preview-warning", text: `The parser noted ${this.warningCount} issues in the document; the import skips what it could not read.` });
		for (const w of this.plan.warnings) contentEl.createEl("p", { cls: "survey-vault-preview-warning", text: w });
		for (const section of SECTIONS) {
			const notes = this.plan.notes.filter((n) => n.action === section.action);
			if (notes.length === 0) continue;
			const details = contentEl.createEl("details", { cls: "survey-vault-preview-section" });
			if (section.action !== "unchanged") details.setAttr("open", true);
			details.createEl("summary", { text: `${section.label} (${notes.length})` });
			const list = details.createEl("ul");
			for (const n of notes) list.createEl("li", { text: n.action === "skip" ? `${n.path}: ${n.reason}` : n.path });
		}
		const writes = this.count("create") + this.count("update");
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.finish(false)))
			.addButton((b) =>
				b
					.setButtonText(writes > 0 ? `Write ${writes} notes` : "Nothing to write")
					.setCta()
					.setDisabled(writes === 0)
					.onClick(() => this.finish(true)),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.decided) this.decide(false);
	}

	private count(action: Action): number {
		return this.plan.notes.filter((n) => n.action === action).length;
	}

	private finish(confirmed: boolean): void {
		this.decided = true;
		this.decide(confirmed);
		this.close();
	}
}

export function confirmImport(app: App, plan: ImportPlan, warningCount: number): Promise<boolean> {
	return new Promise((resolve) => new ImportPreviewModal(app, plan, warningCount, resolve).open());
}
