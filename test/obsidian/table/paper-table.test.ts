// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice } from "../../fakes/obsidian";
import { button, click, firstColumn, header, paperNote, rowTexts, tableVault } from "./vault";

beforeEach(() => {
	vi.useFakeTimers();
	Notice.shown = [];
});

afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
});

describe("paper-table rendering", () => {
	it("renders a real table with linked titles, joined lists, right-aligned numbers and empty cells", async () => {
		const v = await tableVault();
		const { el } = v.render("from: Lib/Papers\ncolumns: [title, authors, year, score]\nsort: title");
		const table = el.querySelector("table.survey-vault-table-grid");
		expect(table).not.toBeNull();
		expect([...el.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Title", "Authors", "Year", "Score"]);
		expect(rowTexts(el)).toEqual(["Ice Sheet Emulator | Sigrid Holm | 2026 | 3.8", "Krill Chorus | Ines Moreau | 2023 | ", "Reef Noise Index | Kai Tanaka | 2025 | 3.1", "Whale Song Atlas | Ines Moreau, Kai Tanaka | 2024 | 4.2"]);
		const link = el.querySelector("tbody tr td a.internal-link") as HTMLAnchorElement;
		expect(link.getAttribute("data-href")).toBe("Lib/Papers/Ice Sheet Emulator");
		expect(link.getAttribute("href")).toBe("Lib/Papers/Ice Sheet Emulator");
		const yearCells = [...el.querySelectorAll("tbody tr")].map((tr) => tr.children[2]);
		expect(yearCells.every((td) => td.classList.contains("survey-vault-table-number"))).toBe(true);
		expect(header(el, "Score").classList.contains("survey-vault-table-number")).toBe(true);
		expect(header(el, "Authors").classList.contains("survey-vault-table-number")).toBe(false);
		expect(el.querySelector(".survey-vault-table-count")?.textContent).toBe("4 papers");
	});

	it("renders wikilink properties as internal links, and says when nothing matches", async () => {
		const v = await tableVault();
		const { el } = v.render('from: "#nothing"\ncolumns: [title]');
		expect(rowTexts(el)).toEqual([]);
		expect(el.textContent).toContain("No papers match this table.");
		const { el: directions } = v.render("columns: [title, directions]\nwhere: year = 2026");
		const anchor = directions.querySelector("tbody td:nth-child(2) a.internal-link");
		expect(anchor?.getAttribute("data-href")).toBe("Glacier Modelling");
		expect(anchor?.textContent).toBe("Glacier Modelling");
	});

	it("sorts by a clicked header: ascending, descending, then the block's order", async () => {
		const v = await tableVault();
		const { el, child } = v.render("columns: [title, score]\nsort: title");
		const blockOrder = ["Ice Sheet Emulator", "Krill Chorus", "Loop Tiling Revisited", "Reef Noise Index", "Whale Song Atlas"];
		expect(firstColumn(el)).toEqual(blockOrder);
		const loads = child.tableModel?.stats.loads;
		click(header(el, "Score"));
		expect(firstColumn(el)).toEqual(["Loop Tiling Revisited", "Reef Noise Index", "Ice Sheet Emulator", "Whale Song Atlas", "Krill Chorus"]);
		expect(header(el, "Score").getAttribute("aria-sort")).toBe("ascending");
		click(header(el, "Score"));
		expect(firstColumn(el)).toEqual(["Whale Song Atlas", "Ice Sheet Emulator", "Reef Noise Index", "Loop Tiling Revisited", "Krill Chorus"]);
		expect(header(el, "Score").getAttribute("aria-sort")).toBe("descending");
		click(header(el, "Score"));
		expect(firstColumn(el)).toEqual(blockOrder);
		expect(header(el, "Score").hasAttribute("aria-sort")).toBe(false);
		// The keyboard does what the mouse does.
		header(el, "Title").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(header(el, "Title").getAttribute("aria-sort")).toBe("ascending");
		expect(child.tableModel?.stats.loads).toBe(loads);
	});

	it("keeps the keyboard on the header it sorted by, so Space reverses the order", async () => {
		const v = await tableVault();
		const { el } = v.render("columns: [title, score]\nsort: title");
		header(el, "Score").focus();
		header(el, "Score").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(document.activeElement).toBe(header(el, "Score"));
		(document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
		expect(header(el, "Score").getAttribute("aria-sort")).toBe("descending");
		expect(document.activeElement).toBe(header(el, "Score"));
	});

	it("copies the table as Markdown and as CSV, in the order shown", async () => {
		const writeText = vi.fn(async (text: string) => {
			void text;
		});
		Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
		const v = await tableVault();
		const { el } = v.render('from: "[[Ocean Bioacoustics]]"\ncolumns: [title, authors, Cited: citations]\nsort: citations desc');
		click(button(el, "Copy as Markdown"));
		expect(writeText).toHaveBeenLastCalledWith(
			[
				"| Title | Authors | Cited |",
				"| --- | --- | ---: |",
				"| [[Lib/Papers/Whale Song Atlas\\|Whale Song Atlas]] | Ines Moreau, Kai Tanaka | 41 |",
				"| [[Lib/Papers/Krill Chorus\\|Krill Chorus]] | Ines Moreau | 19 |",
				"| [[Lib/Papers/Reef Noise Index\\|Reef Noise Index]] | Kai Tanaka | 7 |",
				"",
			].join("\n"),
		);
		click(header(el, "Title"));
		click(button(el, "Copy as CSV"));
		expect(writeText).toHaveBeenLastCalledWith('Title,Authors,Cited\r\nKrill Chorus,Ines Moreau,19\r\nReef Noise Index,Kai Tanaka,7\r\nWhale Song Atlas,"Ines Moreau, Kai Tanaka",41\r\n');
		await vi.waitFor(() => expect(Notice.shown.map((n) => n.message)).toEqual(["Copied 3 rows as Markdown.", "Copied 3 rows as CSV."]));
	});

	it("shows an error box naming the key for a syntax error, and never throws", async () => {
		const v = await tableVault();
		const { el } = v.render("where: year >= and score > 1\nlimit: none");
		const box = el.querySelector(".survey-vault-table-error");
		expect(box).not.toBeNull();
		expect(el.querySelector("table")).toBeNull();
		const items = [...(box?.querySelectorAll("li") ?? [])];
		expect(items[0].querySelector(".survey-vault-table-error-key")?.textContent).toBe("where");
		expect(items[0].textContent).toContain('expected a value after ">=", found "and" (column 9)');
		expect(items[0].querySelector("pre")?.textContent).toBe("year >= and score > 1\n        ^");
		expect(items[1].textContent).toBe('limit expected a whole number of rows, 1 or more, found "none"');
		expect(box?.querySelector(".survey-vault-table-error-title")?.textContent).toBe("This paper table has 2 problems");
		const { el: missing } = v.render('from: "[[Volcano Seismology]]"');
		expect(missing.querySelector(".survey-vault-table-error li")?.textContent).toBe('from no note named "Volcano Seismology"');
		const { el: yaml } = v.render("sort: score desc\ncolumns: title, Year: year");
		expect(yaml.querySelector(".survey-vault-table-error-key")?.textContent).toBe("columns");
		expect(yaml.querySelector(".survey-vault-table-error li")?.textContent).toMatch(/^columns is not valid YAML: .+ \(line 2\)$/);
		const { el: scalar } = v.render("year > 2020");
		expect(scalar.querySelector(".survey-vault-table-error li")?.textContent).toBe('block expected one "key: value" per line, with keys from from, where, columns, sort, limit, group, format, summaries');
	});

	it("shows a small notice above the table for a field or folder that looks like a typo", async () => {
		const v = await tableVault();
		const { el } = v.render("from: Lib/Papres\nwhere: yaer >= 2020\ncolumns: [title, year]");
		const notice = el.querySelector(".survey-vault-table-warning");
		expect([...(notice?.querySelectorAll("li") ?? [])].map((li) => li.textContent)).toEqual(["unknown field `yaer` — did you mean `year`?", "unknown folder `Lib/Papres`: no paper note is in it — did you mean `Lib/Papers`?"]);
		expect(notice?.nextElementSibling?.classList.contains("survey-vault-table")).toBe(true);
		expect(el.textContent).toContain("No papers match this table.");
		const { el: fine } = v.render("from: Lib/Papers\ncolumns: [title, year]");
		expect(fine.querySelector(".survey-vault-table-warning")).toBeNull();
	});

	it("lists exactly a direction note's linked papers in its empty block", async () => {
		const v = await tableVault();
		const { el } = v.render("", "Lib/Directions/Ocean Bioacoustics.md");
		// Krill Chorus links to the direction, but the direction does not link to it.
		expect(firstColumn(el)).toEqual(["Reef Noise Index", "Whale Song Atlas"]);
		const { el: elsewhere } = v.render("", "Lib/Notes/Reading.md");
		expect(firstColumn(elsewhere)).toHaveLength(5);
	});

	it("groups into one sub-table per value", async () => {
		const v = await tableVault();
		const { el } = v.render("columns: [title]\ngroup: venue\nwhere: year <= 2024");
		const headings = [...el.querySelectorAll(".survey-vault-table-group-heading")].map((h) => h.textContent);
		expect(headings).toEqual(["venue: Interspeech (1)", "venue: JASA (1)", "venue: PLDI (1)"]);
		expect(el.querySelectorAll("table")).toHaveLength(3);
	});

	it("renders a page at a time and shows more on request", async () => {
		const v = await tableVault();
		const { el } = v.renderWith({ pageSize: 2 }, "columns: [title]\nsort: title");
		expect(firstColumn(el)).toEqual(["Ice Sheet Emulator", "Krill Chorus"]);
		expect(el.querySelector(".survey-vault-table-count")?.textContent).toBe("Showing 2 of 5 rows · 5 papers");
		click(button(el, "Show 2 more"));
		expect(firstColumn(el)).toEqual(["Ice Sheet Emulator", "Krill Chorus", "Loop Tiling Revisited", "Reef Noise Index"]);
		click(button(el, "Show 1 more"));
		expect(firstColumn(el)).toHaveLength(5);
		expect((el.querySelector(".survey-vault-table-more") as HTMLElement).isShown()).toBe(false);
	});

	it("opens a link once, from the note, and asks for a hover preview", async () => {
		const v = await tableVault();
		const hovers: unknown[] = [];
		v.app.workspace.on("hover-link", (info) => hovers.push(info));
		const { el } = v.render("columns: [title]\nwhere: year = 2026");
		const link = el.querySelector("a.internal-link") as HTMLElement;
		click(link, { ctrlKey: true });
		expect(v.app.workspace.openedLinks).toEqual([{ linktext: "Lib/Papers/Ice Sheet Emulator", sourcePath: "Lib/Notes/Reading.md", newLeaf: "tab" }]);
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toMatchObject([{ source: "preview", linktext: "Lib/Papers/Ice Sheet Emulator", targetEl: link, sourcePath: "Lib/Notes/Reading.md" }]);
	});
});

describe("paper-table live updates", () => {
	it("re-renders in the new order after one paper's score changes, once the debounce passes", async () => {
		const v = await tableVault();
		const { el, child } = v.render("columns: [title, score]\nsort: score desc");
		expect(firstColumn(el)).toEqual(["Whale Song Atlas", "Ice Sheet Emulator", "Reef Noise Index", "Loop Tiling Revisited", "Krill Chorus"]);
		const untouched = child.tableView?.rowElement("Lib/Papers/Whale Song Atlas.md");
		await v.modify("Archive/Loop Tiling Revisited.md", paperNote({ title: "Loop Tiling Revisited", authors: ["Ada Brook"], year: 2023, venue: "PLDI", citations: 130, score: 4.9 }));
		expect(firstColumn(el)[0]).toBe("Whale Song Atlas");
		vi.advanceTimersByTime(300);
		expect(firstColumn(el)).toEqual(["Loop Tiling Revisited", "Whale Song Atlas", "Ice Sheet Emulator", "Reef Noise Index", "Krill Chorus"]);
		expect(rowTexts(el)[0]).toBe("Loop Tiling Revisited | 4.9");
		expect(child.refreshCount).toBe(1);
		// Rows that did not change are patched around, not rebuilt.
		expect(child.tableView?.rowElement("Lib/Papers/Whale Song Atlas.md")).toBe(untouched);
		expect(untouched?.isConnected).toBe(true);
	});

	it("does no work for a change that cannot affect the block", async () => {
		const v = await tableVault();
		const { el, child } = v.render("from: Archive\ncolumns: [title, score]");
		const other = v.render("columns: [title, score]\nsort: title");
		const before = el.innerHTML;
		const applied = child.tableModel?.stats.applied;
		await v.modify("Lib/Papers/Krill Chorus.md", paperNote({ title: "Krill Chorus", authors: ["Ines Moreau"], year: 2023, venue: "JASA", citations: 19, score: 2 }));
		// An edit to a property no table reads is no work for either block.
		await v.modify("Lib/Papers/Reef Noise Index.md", paperNote({ title: "Reef Noise Index", authors: ["Kai Tanaka"], year: "2025", venue: "ICASSP", citations: 7, score: 3.1, directions: ["[[Ocean Bioacoustics]]"] }, "A rewritten summary.\n"));
		vi.advanceTimersByTime(1000);
		expect(child.refreshCount).toBe(0);
		expect(child.tableModel?.stats.applied).toBe(applied);
		expect(el.innerHTML).toBe(before);
		expect(other.child.refreshCount).toBe(1);
		expect(other.child.tableModel?.stats.applied).toBe(1);
	});

	it("follows a new, a deleted and a renamed paper", async () => {
		const v = await tableVault();
		const { el } = v.render("from: Lib/Papers\ncolumns: [title]\nsort: title");
		await v.app.vault.create("Lib/Papers/Abyssal Echoes.md", paperNote({ title: "Abyssal Echoes", year: 2026 }));
		await v.app.vault.delete(v.file("Lib/Papers/Krill Chorus.md"));
		await v.app.vault.rename(v.file("Lib/Papers/Whale Song Atlas.md"), "Archive/Whale Song Atlas.md");
		await v.app.metadataCache.settle();
		vi.advanceTimersByTime(300);
		expect(firstColumn(el)).toEqual(["Abyssal Echoes", "Ice Sheet Emulator", "Reef Noise Index"]);
		expect(el.querySelector(".survey-vault-table-count")?.textContent).toBe("3 papers");
	});

	it("follows links added to the direction note it sits in", async () => {
		const v = await tableVault();
		const { el } = v.render("", "Lib/Directions/Ocean Bioacoustics.md");
		await v.modify("Lib/Directions/Ocean Bioacoustics.md", "---\ntype: direction\n---\n- [[Whale Song Atlas]]\n- [[Reef Noise Index]]\n- [[Krill Chorus]]\n\n```paper-table\n```\n");
		vi.advanceTimersByTime(300);
		expect(firstColumn(el)).toEqual(["Krill Chorus", "Reef Noise Index", "Whale Song Atlas"]);
	});

	it("leaves no listener behind when the note closes", async () => {
		const v = await tableVault();
		const changedBefore = v.app.metadataCache.listenerCount("changed");
		const { ctx, child } = v.render("", "Lib/Directions/Ocean Bioacoustics.md");
		v.render("sort: score desc", "Lib/Directions/Ocean Bioacoustics.md").ctx.children.forEach((c) => ctx.children.push(c));
		expect(v.plugin.catalog.listenerCount).toBe(2);
		expect(v.app.metadataCache.listenerCount("changed")).toBe(changedBefore + 2);
		await v.modify("Lib/Papers/Whale Song Atlas.md", paperNote({ title: "Whale Song Atlas", score: 1 }));
		ctx.close();
		expect(v.plugin.catalog.listenerCount).toBe(0);
		expect(v.app.metadataCache.listenerCount("changed")).toBe(changedBefore);
		expect((child as unknown as { registeredCount: number }).registeredCount).toBe(0);
		// The pending refresh was cancelled with the block.
		expect(vi.getTimerCount()).toBe(0);
		const applied = child.tableModel?.stats.applied;
		await v.modify("Lib/Papers/Whale Song Atlas.md", paperNote({ title: "Whale Song Atlas", score: 2 }));
		expect(child.tableModel?.stats.applied).toBe(applied);
	});
});
