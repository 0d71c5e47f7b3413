import type { RowGroup } from "../../core/query/grouping";
import { groupHeading, numericColumns, toCsv, toMarkdown, type CellFormat, type TableData } from "../../core/query/table-export";
import { sortRowsByColumn, type Row, type TableModel } from "../../core/query/table-model";
import { summaryRow } from "../../core/query/summaries";
import { NUMBER_CLASS, renderCell, renderScalar } from "./cell-render";

/** What the view asks of the block around it. */
export interface TableViewHost {
	copy(text: string, format: "Markdown" | "CSV", rows: number): void;
	/** Exports the rows shown, in the order shown, to a file (the host asks which format). */
	export(data: TableData): void;
	/** Replaces the block in its note with this Markdown. */
	freeze(markdown: string): void;
}

/** Header-click order: a column and a direction; null is the block's own order. */
interface ViewSort {
	column: number;
	descending: boolean;
}

/** Where rendering stopped, so "Show more" continues from there. */
interface RenderCursor {
	groups: RowGroup[];
	group: number;
	row: number;
	tbody: HTMLElement | null;
	/** The group whose table `tbody` belongs to; -1 before the first. */
	open: number;
	rendered: number;
	total: number;
	/** Columns holding only numbers, right-aligned in every group's header. */
	numeric: boolean[];
}

const ACTION = "data-survey-vault-action";

/**
 * The DOM of one `paper-table` block: a real `<table>` (one per group),
 * rendered a page at a time ("Show more" adds the next page, so 10,000 rows
 * never block the note), and a footer with the row count and copy buttons.
 * After a change it patches only the rows that changed, found through a Map
 * from path to `<tr>`, when the table shows the block's own order ungrouped;
 * otherwise it redraws.
 */
export class TableView {
	readonly rootEl: HTMLElement;
	private readonly bodyEl: HTMLElement;
	private readonly countEl: HTMLElement;
	private readonly moreButton: HTMLButtonElement;
	private readonly freezeButton: HTMLButtonElement;
	/** The summary row of an ungrouped table, refilled when rows change. */
	private summaryEl: HTMLElement | null = null;
	/** Freezing rewrites the note, so it takes a second click to confirm. */
	private freezeArmed = false;
	private readonly rowEls = new Map<string, HTMLElement>();
	private sort: ViewSort | null = null;
	/** How many rows the reader has asked to see: pages grow with "Show more". */
	private wanted: number;
	private cursor: RenderCursor | null = null;
	private readonly fmt: CellFormat;

	constructor(
		containerEl: HTMLElement,
		private readonly model: TableModel,
		private readonly pageSize: number,
		private readonly host: TableViewHost,
	) {
		this.wanted = pageSize;
		this.fmt = { dateFormat: model.spec.format };
		this.rootEl = containerEl.createDiv({ cls: "survey-vault-table" });
		this.bodyEl = this.rootEl.createDiv({ cls: "survey-vault-table-scroll" });
		const footer = this.rootEl.createDiv({ cls: "survey-vault-table-footer" });
		this.countEl = footer.createSpan({ cls: "survey-vault-table-count" });
		this.moreButton = footer.createEl("button", { cls: "survey-vault-table-more", text: "Show more", attr: { [ACTION]: "more" } });
		footer.createEl("button", { text: "Copy as Markdown", attr: { [ACTION]: "copy-md" } });
		footer.createEl("button", { text: "Copy as CSV", attr: { [ACTION]: "copy-csv" } });
		footer.createEl("button", { text: "Export…", attr: { [ACTION]: "export", title: "Save these papers to a file in the vault" } });
		this.freezeButton = footer.createEl("button", { text: "Freeze this table", attr: { [ACTION]: "freeze", title: "Replace this block in the note with the table as Markdown" } });
	}

	/** Draws the table from the model, keeping the reader's sort and page count. */
	render(): void {
		this.bodyEl.empty();
		this.summaryEl = null;
		this.rowEls.clear();
		const groups = this.displayGroups();
		const total = groups.reduce((n, g) => n + g.rows.length, 0);
		// Alignment is judged on the rows shown first, so a page of a large table reads only its own cells.
		const firstPage: Row[] = [];
		for (const g of groups) {
			for (const row of g.rows) {
				if (firstPage.length >= this.wanted) break;
				firstPage.push(row);
			}
		}
		const numeric = numericColumns({ columns: this.model.columns, group: null, groups: [{ key: null, rows: firstPage }] });
		this.cursor = { groups, group: 0, row: 0, tbody: null, open: -1, rendered: 0, total, numeric };
		this.renderUntil(Math.min(this.wanted, total));
		if (total === 0) this.bodyEl.createDiv({ cls: "survey-vault-table-empty", text: "No papers match this table." });
		this.updateFooter();
	}

	/** Handles a click inside the block; returns whether it was the view's. */
	handleClick(evt: MouseEvent): boolean {
		const target = evt.target instanceof Element ? evt.target.closest(`[${ACTION}]`) : null;
		if (!target || !this.rootEl.contains(target)) return false;
		switch (target.getAttribute(ACTION)) {
			case "sort":
				this.cycleSort(Number(target.getAttribute("data-column")));
				return true;
			case "more":
				this.showMore();
				return true;
			case "copy-md":
				this.host.copy(toMarkdown(this.exportData(), this.fmt), "Markdown", this.model.visibleCount);
				return true;
			case "copy-csv":
				this.host.copy(toCsv(this.exportData(), this.fmt), "CSV", this.model.visibleCount);
				return true;
			case "export":
				this.host.export(this.exportData());
				return true;
			case "freeze":
				if (!this.freezeArmed) {
					this.freezeArmed = true;
					this.freezeButton.setText("Click again to replace this block with its Markdown");
					this.freezeButton.addClass("mod-warning");
				} else {
					this.freezeArmed = false;
					this.freezeButton.setText("Freeze this table");
					this.freezeButton.removeClass("mod-warning");
					this.host.freeze(toMarkdown(this.exportData(), this.fmt));
				}
				return true;
			default:
				return false;
		}
	}

	/** Enter or Space on a focused header sorts as a click does. */
	handleKey(evt: KeyboardEvent): boolean {
		if (evt.key !== "Enter" && evt.key !== " ") return false;
		const target = evt.target instanceof Element ? evt.target.closest(`[${ACTION}="sort"]`) : null;
		if (!target || !this.rootEl.contains(target)) return false;
		evt.preventDefault();
		const column = target.getAttribute("data-column") ?? "";
		const table = Array.from(this.bodyEl.querySelectorAll("table")).indexOf(target.closest("table") as HTMLTableElement);
		this.cycleSort(Number(column));
		// The redraw replaced the header: focus its new copy, or the reader's keyboard falls back to the page.
		this.bodyEl.querySelectorAll("table")[Math.max(0, table)]?.querySelector<HTMLElement>(`[${ACTION}="sort"][data-column="${column}"]`)?.focus();
		return true;
	}

	/** Header click: ascending, then descending, then back to the block's order. No query runs. */
	cycleSort(column: number): void {
		if (this.sort?.column !== column) this.sort = { column, descending: false };
		else if (!this.sort.descending) this.sort = { column, descending: true };
		else this.sort = null;
		this.render();
	}

	showMore(): void {
		this.wanted += this.pageSize;
		const cursor = this.cursor;
		if (!cursor) return;
		this.renderUntil(Math.min(this.wanted, cursor.total));
		this.updateFooter();
	}

	/**
	 * Brings the DOM in line with the model after the rows at `dirty` paths
	 * changed. In the block's own order, ungrouped: removes those rows' `<tr>`,
	 * inserts each again at its new index, then trims or extends the page.
	 * Rows that did not change keep their relative order, so this is exact.
	 */
	patch(dirty: ReadonlySet<string>): void {
		const cursor = this.cursor;
		const tbody = cursor?.tbody;
		if (!cursor || !tbody || this.sort !== null || this.model.isGrouped) {
			this.render();
			return;
		}
		for (const path of dirty) {
			const tr = this.rowEls.get(path);
			if (tr) {
				tr.remove();
				this.rowEls.delete(path);
			}
		}
		const rows = this.model.rows;
		const target = Math.min(this.wanted, this.model.visibleCount);
		const moved = [...dirty]
			.map((path) => ({ path, index: this.model.indexOf(path) }))
			.filter((d) => d.index >= 0 && d.index < target)
			.sort((a, b) => a.index - b.index);
		for (const { index } of moved) {
			if (index > tbody.childElementCount) break;
			tbody.insertBefore(this.buildRow(rows[index]), tbody.children[index] ?? null);
		}
		while (tbody.childElementCount > target) {
			const last = tbody.lastElementChild as HTMLElement;
			this.rowEls.delete(last.getAttribute("data-path") ?? "");
			last.remove();
		}
		for (let i = tbody.childElementCount; i < target; i++) tbody.appendChild(this.buildRow(rows[i]));
		cursor.groups = [{ key: null, rows: rows.slice(0, this.model.visibleCount) }];
		if (this.summaryEl) this.fillSummary(this.summaryEl, cursor.groups[0].rows);
		cursor.total = this.model.visibleCount;
		cursor.rendered = target;
		cursor.group = 0;
		cursor.row = target;
		this.bodyEl.querySelector(".survey-vault-table-empty")?.remove();
		if (target === 0 && cursor.total === 0) this.bodyEl.createDiv({ cls: "survey-vault-table-empty", text: "No papers match this table." });
		this.updateFooter();
	}

	/** Test and benchmark helper: the `<tr>` of a path, when it is rendered. */
	rowElement(path: string): HTMLElement | undefined {
		return this.rowEls.get(path);
	}

	private displayGroups(): RowGroup[] {
		const visible = this.model.visibleRows();
		const rows = this.sort ? sortRowsByColumn(visible, this.sort.column, this.sort.descending) : visible;
		return this.model.groups(rows);
	}

	/** The rows shown, all pages, in the order shown: what copy, export and freeze write. */
	exportData(): TableData {
		return { columns: this.model.columns, group: this.model.spec.group, groups: this.displayGroups(), summaries: this.model.spec.summaries };
	}

	private renderUntil(count: number): void {
		const cursor = this.cursor;
		if (!cursor) return;
		while (cursor.rendered < count && cursor.group < cursor.groups.length) {
			const group = cursor.groups[cursor.group];
			if (cursor.open !== cursor.group || !cursor.tbody) {
				cursor.tbody = this.startGroup(group, cursor.numeric);
				cursor.open = cursor.group;
			}
			const end = Math.min(group.rows.length, cursor.row + (count - cursor.rendered));
			const fragment = createFragment();
			for (let i = cursor.row; i < end; i++) fragment.appendChild(this.buildRow(group.rows[i]));
			cursor.tbody.appendChild(fragment);
			cursor.rendered += end - cursor.row;
			cursor.row = end;
			if (cursor.row >= group.rows.length) {
				cursor.group++;
				cursor.row = 0;
			}
		}
		// An ungrouped table shows its header even with no rows.
		if (!this.model.isGrouped && !cursor.tbody) {
			cursor.tbody = this.startGroup(cursor.groups[0] ?? { key: null, rows: [] }, cursor.numeric);
			cursor.open = 0;
		}
	}

	private startGroup(group: RowGroup, numeric: boolean[]): HTMLElement {
		const parent = this.model.isGrouped ? this.bodyEl.createDiv({ cls: "survey-vault-table-group" }) : this.bodyEl;
		if (this.model.isGrouped) {
			const heading = parent.createDiv({ cls: "survey-vault-table-group-heading" });
			const name = this.model.spec.group ?? "";
			if (group.key === null) heading.setText(groupHeading(name, null, this.fmt, false));
			else {
				heading.appendText(`${name}: `);
				renderScalar(heading, group.key, this.fmt);
			}
			heading.createSpan({ cls: "survey-vault-table-group-count", text: ` (${group.rows.length})` });
		}
		const table = parent.createEl("table", { cls: "survey-vault-table-grid" });
		const headRow = table.createEl("thead").createEl("tr");
		this.model.columns.forEach((column, i) => {
			const sorted = this.sort?.column === i ? (this.sort.descending ? "descending" : "ascending") : null;
			headRow.createEl("th", {
				cls: ["survey-vault-table-sortable", ...(numeric[i] ? [NUMBER_CLASS] : []), ...(sorted ? [`survey-vault-table-sorted-${sorted === "ascending" ? "asc" : "desc"}`] : [])],
				text: column.label,
				attr: { [ACTION]: "sort", "data-column": i, "aria-sort": sorted, title: "Sort by this column", tabindex: 0 },
			});
		});
		const tbody = table.createEl("tbody");
		if (this.model.spec.summaries.length > 0) {
			const tr = table.createEl("tfoot").createEl("tr", { cls: "survey-vault-table-summary" });
			this.fillSummary(tr, group.rows);
			if (!this.model.isGrouped) this.summaryEl = tr;
		}
		return tbody;
	}

	/** One summary cell per column, over all of the rows (every page), named by its function. */
	private fillSummary(tr: HTMLElement, rows: readonly Row[]): void {
		tr.empty();
		for (const cell of summaryRow(this.model.spec.summaries, this.model.columns, rows)) {
			tr.createEl("td", cell ? { cls: NUMBER_CLASS, text: cell.text === "" ? "" : `${cell.fn} ${cell.text}` } : {});
		}
	}

	private buildRow(row: Row): HTMLElement {
		const tr = createEl("tr", { attr: { "data-path": row.path } });
		for (const cell of row.cells) renderCell(tr.createEl("td"), cell, this.fmt);
		if (!this.model.isGrouped) this.rowEls.set(row.path, tr);
		return tr;
	}

	private updateFooter(): void {
		const cursor = this.cursor;
		const visible = this.model.visibleCount;
		const matches = this.model.matchCount;
		const papers = `${visible}${matches > visible ? ` of ${matches}` : ""} ${matches === 1 ? "paper" : "papers"}`;
		const rendered = cursor?.rendered ?? 0;
		const total = cursor?.total ?? 0;
		this.countEl.setText(rendered < total ? `Showing ${rendered} of ${total} rows · ${papers}` : papers);
		this.moreButton.toggle(rendered < total);
		this.moreButton.setText(`Show ${Math.min(this.pageSize, total - rendered)} more`);
	}
}
