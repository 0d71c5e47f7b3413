import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ROOT } from "./support/page-server";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/** A survey of the project's own fixtures, in a vault that already holds one of its papers' notes. */
const SURVEY = readFileSync(path.join(ROOT, "test/fixtures/surveys/en-report-llm-agents.md"), "utf8");

/** Opens the survey note and runs "Import survey from current note", which shows the preview. */
async function preview(): Promise<Page> {
	const { page } = await suite.open({ notes: { "Inbox/agents.md": SURVEY } });
	await page.evaluate(() => {
		window.surveyVault.edit("Inbox/agents.md");
		window.surveyVault.command("import-current-note");
	});
	await page.locator(".survey-vault-preview").waitFor();
	return page;
}

function researchNotes(page: Page): Promise<string[]> {
	return page.evaluate(() => window.surveyVault.state().files.filter((f) => f.startsWith("Research/")));
}

describe("import preview in Chromium", () => {
	it("shows what the import will write, with counts that match its lists", async () => {
		const page = await preview();
		const summary = await page.locator(".survey-vault-preview > p").first().innerText();
		const match = /^(\d+) notes: (\d+) created, (\d+) updated, (\d+) left, (\d+) unchanged\.$/.exec(summary);
		expect(match, summary).not.toBeNull();
		const [total, created] = [Number(match![1]), Number(match![2])];
		expect(total).toBeGreaterThan(3);
		expect(created).toBe(total);
		expect(await page.locator(".survey-vault-preview-section summary").first().innerText()).toBe(`Created (${created})`);
		expect(await page.locator(".survey-vault-preview-section[open] li").count()).toBe(created);
		await expect.poll(() => page.getByRole("button", { name: `Write ${created} notes` }).isVisible()).toBe(true);
		expect(await researchNotes(page)).toEqual([]);
	});

	it("writes every listed note when confirmed", async () => {
		const page = await preview();
		const listed = await page.locator(".survey-vault-preview-section li").allInnerTexts();
		await page.getByRole("button", { name: /^Write \d+ notes$/ }).click();
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		await expect.poll(() => researchNotes(page)).toEqual([...listed].sort());
		const notices = (await page.evaluate(() => window.surveyVault.state())).notices;
		expect(notices.some((n) => n.startsWith("Imported ") && n.includes(`${listed.length} created`))).toBe(true);
	});

	it("writes nothing when cancelled, by the button or by Escape", async () => {
		const page = await preview();
		await page.getByRole("button", { name: "Cancel" }).click();
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		expect(await researchNotes(page)).toEqual([]);
		await page.evaluate(() => window.surveyVault.command("import-current-note"));
		await page.locator(".survey-vault-preview").waitFor();
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		expect(await researchNotes(page)).toEqual([]);
	});

	it("counts an import again as unchanged notes and offers nothing to write", async () => {
		const page = await preview();
		await page.getByRole("button", { name: /^Write \d+ notes$/ }).click();
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		const written = (await researchNotes(page)).length;
		await page.evaluate(() => window.surveyVault.command("import-current-note"));
		await page.locator(".survey-vault-preview").waitFor();
		expect(await page.locator(".survey-vault-preview > p").first().innerText()).toBe(`${written} notes: 0 created, 0 updated, 0 left, ${written} unchanged.`);
		expect(await page.getByRole("button", { name: "Nothing to write" }).isDisabled()).toBe(true);
	});
});
