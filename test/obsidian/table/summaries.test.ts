// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { paperNote, rowTexts, tableVault } from "./vault";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
});

const summary = (el: HTMLElement): string[] => [...el.querySelectorAll("tfoot tr.survey-vault-table-summary td")].map((td) => td.textContent ?? "");

describe("paper-table summaries and computed columns", () => {
	it("shows a summary row over every row, and keeps it current when a paper changes", async () => {
		const v = await tableVault();
		const { el } = v.renderWith({ pageSize: 2 }, 'from: Lib/Papers\ncolumns: [title, citations, score, year, {name: age, value: "2026 - year"}]\nsummaries: {citations: sum, score: average, year: min…max, age: max}');
		expect(rowTexts(el)).toHaveLength(2);
		// Over all four papers, not only the page shown.
		expect(summary(el)).toEqual(["", "sum 67", "average 3.7", "range 2023–2026", "max 3"]);

		await v.modify("Lib/Papers/Krill Chorus.md", paperNote({ title: "Krill Chorus", authors: ["Ines Moreau"], year: 2020, venue: "JASA", citations: 100, score: 1, directions: ["[[Ocean Bioacoustics]]"] }));
		await vi.advanceTimersByTimeAsync(400);
		expect(summary(el)).toEqual(["", "sum 148", "average 3.03", "range 2020–2026", "max 6"]);
	});

	it("shows one summary per group", async () => {
		const v = await tableVault();
		const { el } = v.render("from: Lib/Papers\ncolumns: [title, citations]\ngroup: venue\nsummaries: {citations: sum}\nwhere: venue = \"NeurIPS\" or venue = \"Interspeech\"");
		expect([...el.querySelectorAll("tfoot")].map((t) => t.textContent)).toEqual(["sum 41", "sum 0"]);
	});
});
