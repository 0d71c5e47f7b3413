import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/page-server";
import { browserSuite } from "./support/suite";

const suite = browserSuite();
const SURVEY = readFileSync(path.join(ROOT, "test/fixtures/surveys/en-report-llm-agents.md"), "utf8");

describe("settings tab in Chromium", () => {
	it("saves a folder typed into its field, shows it when reopened, and the next import writes there", async () => {
		const { page } = await suite.open({ notes: { "Inbox/agents.md": SURVEY } });
		await page.evaluate(() => window.surveyVault.openSettings());
		const field = page.locator(".setting-item", { hasText: "Paper notes folder" }).locator("input");
		expect(await field.inputValue()).toBe("Research/Papers");
		await field.click();
		await page.keyboard.press("ControlOrMeta+A");
		await page.keyboard.type("Lit/Papers");
		await expect.poll(() => page.evaluate(() => (window.surveyVault.state().data as { papersFolder?: string } | null)?.papersFolder)).toBe("Lit/Papers");

		await page.evaluate(() => window.surveyVault.openSettings());
		expect(await page.locator(".setting-item", { hasText: "Paper notes folder" }).locator("input").inputValue()).toBe("Lit/Papers");

		const toggle = page.locator(".setting-item", { hasText: "Preview before import" }).locator(".checkbox-container");
		expect(await toggle.getAttribute("aria-checked")).toBe("true");
		await toggle.click();
		await expect.poll(() => page.evaluate(() => (window.surveyVault.state().data as { previewBeforeImport?: boolean } | null)?.previewBeforeImport)).toBe(false);

		await page.evaluate(() => {
			window.surveyVault.edit("Inbox/agents.md");
			window.surveyVault.command("import-current-note");
		});
		await expect.poll(() => page.evaluate(() => window.surveyVault.state().files.filter((f) => f.startsWith("Lit/Papers/")).length)).toBeGreaterThan(0);
		expect(await page.evaluate(() => window.surveyVault.state().files.filter((f) => f.startsWith("Research/Papers/")))).toEqual([]);
		expect(await page.locator(".modal-container").count()).toBe(0);
	});
});
