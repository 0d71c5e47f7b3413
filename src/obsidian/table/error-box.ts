import type { SpecError } from "../../core/query/spec";

/**
 * Shows what is wrong with a block in place of the table: each mistake
 * under the key it belongs to and, for `where`, the expression with a
 * caret under the column where it goes wrong.
 */
export function renderSpecErrors(containerEl: HTMLElement, errors: readonly SpecError[]): HTMLElement {
	const box = containerEl.createDiv({ cls: "survey-vault-table-error", attr: { role: "alert" } });
	box.createDiv({ cls: "survey-vault-table-error-title", text: errors.length === 1 ? "This paper table has a problem" : `This paper table has ${errors.length} problems` });
	const list = box.createEl("ul");
	for (const error of errors) {
		const item = list.createEl("li");
		item.createEl("code", { cls: "survey-vault-table-error-key", text: error.key });
		item.appendText(` ${error.message}`);
		if (error.expression !== undefined && error.column !== undefined) {
			const pre = item.createEl("pre", { cls: "survey-vault-table-error-where" });
			pre.setText(`${error.expression}\n${" ".repeat(Math.max(0, error.column - 1))}^`);
		}
	}
	return box;
}

/**
 * A small notice above a table that did render, for what in the block
 * looks like a typo (a field no paper has, a folder with no papers): the
 * table is shown, but an empty column or an empty table is explained.
 */
export function renderSpecWarnings(containerEl: HTMLElement, warnings: readonly string[]): HTMLElement | null {
	if (warnings.length === 0) return null;
	const box = containerEl.createDiv({ cls: "survey-vault-table-warning", attr: { role: "status" } });
	const list = box.createEl("ul");
	for (const warning of warnings) list.createEl("li", { text: warning });
	return box;
}
