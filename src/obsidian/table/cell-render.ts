import { scalarsOf, type Cell, type ScalarCell } from "../../core/query/cell";
import { scalarDisplay, type CellFormat } from "../../core/query/table-export";

export const NUMBER_CLASS = "survey-vault-table-number";

/**
 * Fills a table cell. Links become `a.internal-link` with `data-href` and
 * `href`, the markup Obsidian's click and page-preview handling looks for;
 * numbers get a class that right-aligns them; a list's items are joined.
 */
export function renderCell(td: HTMLElement, cell: Cell, fmt: CellFormat): void {
	const items = scalarsOf(cell);
	if (items.length > 0 && items.every((s) => s.kind === "number")) td.addClass(NUMBER_CLASS);
	items.forEach((item, i) => {
		if (i > 0) td.appendText(", ");
		renderScalar(td, item, fmt);
	});
}

export function renderScalar(parent: HTMLElement, item: ScalarCell, fmt: CellFormat): void {
	if (item.kind === "link") {
		parent.createEl("a", { cls: "internal-link", text: item.display ?? item.target, href: item.target, attr: { "data-href": item.target } });
		return;
	}
	parent.appendText(scalarDisplay(item, fmt));
}
