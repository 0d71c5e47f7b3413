import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { TextContrast } from "./page/harness";
import { ROOT } from "./support/page-server";
import { browserSuite } from "./support/suite";
import { SEARCH_NOTES } from "./support/fixtures";
import { syntheticVault } from "./support/vaults";

const suite = browserSuite();
/** WCAG 2 AA for body text. */
const AA = 4.5;
const SURVEY = readFileSync(path.join(ROOT, "test/fixtures/surveys/en-report-llm-agents.md"), "utf8");

/** Measures, and prints the lowest ratio found, so a run shows how much room each part has. */
async function measure(page: Page, selector: string): Promise<TextContrast[]> {
	const found = await page.evaluate((s) => window.surveyVault.contrast(s), selector);
	const theme = await page.evaluate(() => (document.body.classList.contains("theme-dark") ? "dark" : "light"));
	const lowest = found.filter((c) => !c.classes.includes("mod-cta")).sort((a, b) => a.ratio - b.ratio)[0];
	if (lowest) console.log(`${theme} ${selector}: ${found.length} texts, lowest ${lowest.ratio}:1 ("${lowest.text}", ${lowest.tag}${lowest.classes ? `.${lowest.classes.split(" ").join(".")}` : ""})`);
	return found;
}

/**
 * Every measured text below AA, described so a failure names the rule to fix.
 * Obsidian's own call-to-action button (white on the accent colour, 4.3:1 in
 * the default light theme) is the theme's, not the plugin's, and is left out.
 */
function belowAA(found: TextContrast[]): string[] {
	return found.filter((c) => c.ratio < AA && !c.classes.split(" ").includes("mod-cta")).map((c) => `${c.ratio}:1 "${c.text}" (${c.tag}${c.classes ? `.${c.classes.split(" ").join(".")}` : ""}) ${c.color} on ${c.background}`);
}

describe.each(["light", "dark"] as const)("text contrast in the %s theme", (theme) => {
	it("the table block's headers, cells, group headings, footer and buttons reach 4.5:1", async () => {
		const { page } = await suite.open({ notes: syntheticVault(40), theme });
		await page.evaluate(() => window.surveyVault.renderBlock("columns: [title, authors, year, venue, score]\nsort: score desc\ngroup: venue"));
		await page.locator(".survey-vault-table-grid").first().waitFor();
		await page.locator("th", { hasText: "Year" }).first().click();
		const found = await measure(page, ".survey-vault-table");
		expect(found.length).toBeGreaterThan(100);
		for (const cls of ["survey-vault-table-sortable", "internal-link", "survey-vault-table-group-heading", "survey-vault-table-group-count", "survey-vault-table-count"]) {
			expect(found.some((c) => c.classes.includes(cls)), cls).toBe(true);
		}
		expect(belowAA(found)).toEqual([]);
	});

	it("the table's error box reaches 4.5:1", async () => {
		const { page } = await suite.open({ theme });
		await page.evaluate(() => window.surveyVault.renderBlock('where: year >>= 2020\nsort: banana sideways'));
		await page.getByRole("alert").waitFor();
		const found = await measure(page, ".survey-vault-table-error");
		expect(found.length).toBeGreaterThan(2);
		expect(belowAA(found)).toEqual([]);
	});

	it("the search modal's titles, highlights, details, snippets and instructions reach 4.5:1", async () => {
		const { page } = await suite.open({ notes: SEARCH_NOTES, theme });
		await page.evaluate(() => window.surveyVault.command("search-papers"));
		await page.keyboard.type("polyhedral");
		await expect.poll(() => page.locator(".survey-vault-search-snippet").count()).toBeGreaterThan(0);
		const found = await measure(page, ".prompt");
		for (const cls of ["survey-vault-search-title", "survey-vault-search-meta", "survey-vault-search-match", "survey-vault-search-field", "prompt-instruction-command"]) {
			expect(found.some((c) => c.classes.includes(cls)), cls).toBe(true);
		}
		expect(belowAA(found)).toEqual([]);
	});

	it("the import preview reaches 4.5:1", async () => {
		const { page } = await suite.open({ notes: { "Inbox/agents.md": SURVEY }, theme });
		await page.evaluate(() => {
			window.surveyVault.edit("Inbox/agents.md");
			window.surveyVault.command("import-current-note");
		});
		await page.locator(".survey-vault-preview").waitFor();
		const found = await measure(page, ".modal");
		expect(found.some((c) => c.text.startsWith("Research/"))).toBe(true);
		expect(belowAA(found)).toEqual([]);
	});

	it("the import preview's warnings reach 4.5:1", async () => {
		// A score the parser cannot read: the preview warns about it.
		const survey = SURVEY.replace("| 2025 | 12 | 3.9 |", "| 2025 | 12 | high |");
		expect(survey).not.toBe(SURVEY);
		const { page } = await suite.open({ notes: { "Inbox/agents.md": survey }, theme });
		await page.evaluate(() => {
			window.surveyVault.edit("Inbox/agents.md");
			window.surveyVault.command("import-current-note");
		});
		await page.locator(".survey-vault-preview-warning").first().waitFor();
		const found = await measure(page, ".survey-vault-preview-warning");
		expect(found.length).toBeGreaterThan(0);
		expect(belowAA(found)).toEqual([]);
	});
});
