import { describe, expect, it } from "vitest";
import { browserSuite } from "./support/suite";
import { SEARCH_NOTES } from "./support/fixtures";
import { syntheticVault } from "./support/vaults";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ROOT } from "./support/page-server";

const suite = browserSuite();
/** A phone held upright. */
const PHONE = { width: 390, height: 844 };
const SURVEY = readFileSync(path.join(ROOT, "test/fixtures/surveys/en-report-llm-agents.md"), "utf8");

describe("a 390×844 phone screen", () => {
	it("fits the search modal and its results on the screen", async () => {
		const { page } = await suite.open({ notes: SEARCH_NOTES, viewport: PHONE });
		await page.evaluate(() => window.surveyVault.command("search-papers"));
		await page.keyboard.type("reef graph");
		await expect.poll(() => page.locator(".suggestion-item").count()).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		expect(await page.evaluate(() => window.surveyVault.overflowing(".modal-container", "none"))).toEqual([]);
	});

	it("fits the import preview and its buttons on the screen", async () => {
		const { page } = await suite.open({ notes: { "Inbox/agents.md": SURVEY }, viewport: PHONE });
		await page.evaluate(() => {
			window.surveyVault.edit("Inbox/agents.md");
			window.surveyVault.command("import-current-note");
		});
		await page.locator(".survey-vault-preview").waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		expect(await page.evaluate(() => window.surveyVault.overflowing(".modal-container", "none"))).toEqual([]);
		await expect.poll(() => page.getByRole("button", { name: /^Write \d+ notes$/ }).isVisible()).toBe(true);
	});

	it("fits a wide table on the screen, scrolling sideways only inside its own area", async () => {
		const { page } = await suite.open({ notes: syntheticVault(120), viewport: PHONE });
		await page.evaluate(() => window.surveyVault.renderBlock("columns: [title, authors, year, venue, citations, score, method]\nsort: score desc"));
		await page.locator(".survey-vault-table-grid").waitFor();
		const scroll = page.locator(".survey-vault-table-scroll");
		const sizes = await scroll.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
		expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		expect(await page.evaluate(() => window.surveyVault.overflowing("#note", ".survey-vault-table-scroll"))).toEqual([]);
		// Long text keeps a readable width and scrolls sideways, rather than squeezing into a column a word wide.
		const narrowest = await page.locator(".survey-vault-table-grid tbody tr:first-child td:not(.survey-vault-table-number)").evaluateAll((tds) => Math.min(...tds.map((td) => td.getBoundingClientRect().width)));
		expect(narrowest).toBeGreaterThanOrEqual(140);
		const tallest = await page.locator(".survey-vault-table-grid tbody tr").evaluateAll((trs) => Math.max(...trs.map((tr) => tr.getBoundingClientRect().height)));
		expect(tallest).toBeLessThan(PHONE.height / 4);
		// A finger's sideways swipe moves the table, not the page.
		await scroll.hover();
		await page.mouse.wheel(400, 0);
		await expect.poll(() => scroll.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(await page.evaluate(() => window.scrollX)).toBe(0);
	});
});
