import { type App, type ButtonComponent, Modal, Setting } from "obsidian";
import { keptEditsMessage, keptEditsOf, type ImportPlan, type PlannedNote } from "../core/notes";

type Action = PlannedNote["action"];

const SECTIONS: ReadonlyArray<{ action: Action; label: string }> = [
	{ action: "create", label: "Created" },
	{ action: "update", label: "Updated" },
	{ action: "skip", label: "Left untouched (cannot be read)" },
	{ action: "unchanged", label: "Unchanged" },
];

/** What the user chose in the preview. */
export interface ImportDecision {
	confirmed: boolean;
	/** Replace generated text the user edited, too. */
	overwriteEdited: boolean;
}

/** Shows what an import will create, update and leave alone, with counts; resolves with the user's choice. */
export class ImportPreviewModal extends Modal {
	private decided = false;
	private overwriteEdited = false;

	constructor(
		app: App,
		private readonly plan: ImportPlan,
		private readonly warningCount: number,
		private readonly decide: (decision: ImportDecision) => void,
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
		const kept = keptEditsOf(this.plan);
		const writes = this.count("create") + this.count("update");
		const label = (): string => {
			const n = writes + (this.overwriteEdited ? kept.filter((p) => this.plan.notes.some((x) => x.path === p && x.action === "unchanged")).length : 0);
			return n > 0 ? `Write ${n} notes` : "Nothing to write";
		};
		let write: ButtonComponent | null = null;
		if (kept.length > 0) {
			const details = contentEl.createEl("details", { cls: "survey-vault-preview-section" });
			details.setAttr("open", true);
			details.createEl("summary", { text: `Kept your edits (${kept.length})` });
			details.createEl("p", { text: `K${keptEditsMessage(kept, "the switch below").slice(1)}.` });
			const list = details.createEl("ul");
			for (const p of kept) list.createEl("li", { text: p });
			new Setting(contentEl)
				.setName("Replace my edits too")
				.setDesc("Rewrite the generated text you changed in these notes with the survey's text.")
				.addToggle((t) =>
					t.setValue(false).onChange((v) => {
						this.overwriteEdited = v;
						write?.setButtonText(label()).setDisabled(label() === "Nothing to write");
					}),
				);
		}
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.finish(false)))
			.addButton((b) => {
				write = b;
				b.setButtonText(label())
					.setCta()
					.setDisabled(writes === 0)
					.onClick(() => this.finish(true));
			});
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.decided) this.decide({ confirmed: false, overwriteEdited: false });
	}

	private count(action: Action): number {
		return this.plan.notes.filter((n) => n.action === action).length;
	}

	private finish(confirmed: boolean): void {
		this.decided = true;
		this.decide({ confirmed, overwriteEdited: confirmed && this.overwriteEdited });
		this.close();
	}
}

export function confirmImport(app: App, plan: ImportPlan, warningCount: number): Promise<ImportDecision> {
	return new Promise((resolve) => new ImportPreviewModal(app, plan, warningCount, resolve).open());
}
