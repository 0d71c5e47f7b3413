import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seedsAvailable } from "./support/session";
import { browserSuite } from "./support/suite";
import { seedVault, syntheticVault } from "./support/vaults";

const suite = browserSuite();
const hasSeeds = seedsAvailable();
let seeds: Record<string, string> = {};

beforeAll(async () => {
	if (hasSeeds) seeds = await seedVault();
});

async function table(notes: Record<string, string>, source: string): Promise<Page> {
	const { page } = await suite.open({ notes });
	await page.evaluate((s) => window.surveyVault.renderBlock(s), source);
	await page.locator(".survey-vault-table, .survey-vault-table-error").first().waitFor();
	return page;
}

/** The text of one column, row by row, as shown. */
function column(page: Page, index: number): Promise<string[]> {
	return page.locator(`.survey-vault-table-grid tbody tr td:nth-child(${index + 1})`).allInnerTexts();
}

function numbers(texts: string[]): number[] {
	return texts.filter((t) => t !== "").map(Number);
}

const ascending = (xs: number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
const descending = (xs: number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1] >= x);

const SEED_TABLE = "columns: [title, year, venue, citations, score]\nsort: score desc";

describe.skipIf(!hasSeeds)("paper-table over the two example surveys, in Chromium", () => {
	it("lists every imported paper, and sorts by a clicked header, then reverses", async () => {
		const papers = Object.entries(seeds).filter(([p, text]) => p.startsWith("Research/Papers/") && /^type: paper$/m.test(text)).length;
		const page = await table(seeds, SEED_TABLE);
		expect(await page.locator(".survey-vault-table-grid thead th").allInnerTexts()).toEqual(["Title", "Year", "Venue", "Citations", "Score"]);
		expect(await page.locator(".survey-vault-table-grid tbody tr").count()).toBe(papers);
		expect(await page.locator(".survey-vault-table-count").innerText()).toBe(`${papers} papers`);
		expect(descending(numbers(await column(page, 4)))).toBe(true);

		const year = page.locator("th", { hasText: "Year" });
		await year.click();
		expect(await year.getAttribute("aria-sort")).toBe("ascending");
		const up = numbers(await column(page, 1));
		expect(up.length).toBeGreaterThan(1);
		expect(ascending(up)).toBe(true);
		await year.click();
		expect(await year.getAttribute("aria-sort")).toBe("descending");
		const down = numbers(await column(page, 1));
		expect(descending(down)).toBe(true);
		expect(down[0]).toBeGreaterThan(down[down.length - 1]);
	});

	it("sorts from the keyboard: Tab to a header, Enter, then Space to reverse", async () => {
		const page = await table(seeds, SEED_TABLE);
		await page.keyboard.press("Tab");
		await page.keyboard.press("Tab");
		await page.keyboard.press("Tab");
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Citations");
		await page.keyboard.press("Enter");
		expect(await page.locator("th", { hasText: "Citations" }).getAttribute("aria-sort")).toBe("ascending");
		expect(ascending(numbers(await column(page, 3)))).toBe(true);
		await page.keyboard.press("Space");
		expect(await page.locator("th", { hasText: "Citations" }).getAttribute("aria-sort")).toBe("descending");
		expect(descending(numbers(await column(page, 3)))).toBe(true);
	});

	it("redraws by itself when a paper's property changes", async () => {
		const page = await table(seeds, "columns: [title, score]\nsort: score desc");
		const titles = await column(page, 0);
		const last = titles[titles.length - 1];
		const lastPath = Object.keys(seeds).find((p) => p.startsWith("Research/Papers/") && seeds[p].includes(`title: ${JSON.stringify(last)}`) || seeds[p].includes(`title: ${last}\n`));
		expect(lastPath, `note of ${last}`).toBeDefined();
		await page.evaluate((p) => window.surveyVault.setProperty(p, "score", 9.9), lastPath!);
		await expect.poll(() => column(page, 0).then((t) => t[0]), { timeout: 5000 }).toBe(last);
		expect((await column(page, 1))[0]).toBe("9.9");
	});
});

describe("paper-table in Chromium", () => {
	it("pages 1,000 rows: 100 at first, 100 more per click, inside its own scroll area with the header in view", async () => {
		const page = await table(syntheticVault(1000), "columns: [title, authors, year, venue, citations, score]\nsort: score desc");
		const rows = page.locator(".survey-vault-table-grid tbody tr");
		expect(await rows.count()).toBe(100);
		expect(await page.locator(".survey-vault-table-count").innerText()).toBe("Showing 100 of 1000 rows · 1000 papers");
		await page.getByRole("button", { name: "Show 100 more" }).click();
		expect(await rows.count()).toBe(200);
		expect(await page.locator(".survey-vault-table-count").innerText()).toBe("Showing 200 of 1000 rows · 1000 papers");
		const scroll = page.locator(".survey-vault-table-scroll");
		const box = await scroll.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
		expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
		await scroll.hover();
		await page.mouse.wheel(0, 3000);
		await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
		const headerTop = await page.locator(".survey-vault-table-grid thead th").first().evaluate((th) => Math.round(th.getBoundingClientRect().top - (th.closest(".survey-vault-table-scroll")?.getBoundingClientRect().top ?? 0)));
		expect(Math.abs(headerTop)).toBeLessThanOrEqual(1);
		expect(descending(numbers(await column(page, 5)))).toBe(true);
	});

	it("shows what is wrong with a bad block in place of the table", async () => {
		const page = await table({}, "columns: [title, year]\nsort: banana sideways\nlimit: -3");
		const box = page.getByRole("alert");
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await box.locator(".survey-vault-table-error-title").innerText()).toMatch(/^This paper table has (a problem|\d+ problems)$/);
		const text = await box.innerText();
		expect(text).toContain("sort");
		expect(text).toContain("limit");
		expect(await page.locator(".survey-vault-table-grid").count()).toBe(0);
	});
});
