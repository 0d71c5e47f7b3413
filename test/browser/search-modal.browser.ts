import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "./support/suite";
import { SEARCH_NOTES } from "./support/fixtures";

const suite = browserSuite();

async function openSearch(): Promise<Page> {
	const { page } = await suite.open({ notes: SEARCH_NOTES });
	await page.evaluate(() => window.surveyVault.command("search-papers"));
	await page.locator(".prompt-input").waitFor();
	return page;
}

/** The titles listed, in order, as the reader sees them. */
function titles(page: Page): Promise<string[]> {
	return page.locator(".suggestion-item .survey-vault-search-title").allInnerTexts();
}

describe("search modal in Chromium", () => {
	it("types a query key by key into the focused input and lists the matching papers with visible highlights", async () => {
		const page = await openSearch();
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("prompt-input");
		await page.keyboard.type("reef", { delay: 20 });
		expect(await page.locator(".prompt-input").inputValue()).toBe("reef");
		const shown = await titles(page);
		expect(shown).toContain("Listening to Reefs: Acoustic Indices at Scale");
		expect(shown).not.toContain("Loop Tiling Revisited for Sparse Tensors");
		const mark = page.locator(".survey-vault-search-match").first();
		await expect.poll(() => mark.isVisible()).toBe(true);
		expect((await mark.innerText()).toLowerCase()).toContain("reef");
		const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(bg).not.toBe("rgba(0, 0, 0, 0)");
		expect(await page.locator(".suggestion-item.is-selected").count()).toBe(1);
	});

	it("moves the highlight with the arrow keys and opens the chosen paper on Enter", async () => {
		const page = await openSearch();
		await page.keyboard.type("reef");
		const shown = await titles(page);
		expect(shown.length).toBeGreaterThanOrEqual(2);
		await page.keyboard.press("ArrowDown");
		expect(await page.locator(".suggestion-item.is-selected .survey-vault-search-title").innerText()).toBe(shown[1]);
		await page.keyboard.press("Enter");
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		const { opened } = await page.evaluate(() => window.surveyVault.state());
		expect(opened).toHaveLength(1);
		expect(opened[0].paneType).toBe("false");
		const expected = Object.keys(SEARCH_NOTES).find((p) => SEARCH_NOTES[p].includes(`"title": ${JSON.stringify(shown[1])}`) || SEARCH_NOTES[p].includes(`title: ${JSON.stringify(shown[1])}`));
		expect(opened[0].path).toBe(expected);
	});

	it("opens the paper in a new tab on Mod+Enter", async () => {
		const page = await openSearch();
		await page.keyboard.type("glacier");
		await page.keyboard.press("ControlOrMeta+Enter");
		await expect.poll(() => page.evaluate(() => window.surveyVault.state().opened)).toEqual([{ paneType: "tab", path: "Research/Papers/Glacier Emulator.md" }]);
	});

	it("inserts a link to the paper into the note being edited on Shift+Enter", async () => {
		const { page } = await suite.open({ notes: SEARCH_NOTES });
		await page.evaluate(() => {
			window.surveyVault.edit("Notes/Draft.md", "Related work: ");
			window.surveyVault.command("search-papers");
		});
		await page.keyboard.type("loop tiling");
		await page.keyboard.press("Shift+Enter");
		await expect.poll(() => page.evaluate(() => window.surveyVault.state().editor)).toBe("Related work: [[Loop Tiling|Loop Tiling Revisited for Sparse Tensors]]");
		expect((await page.evaluate(() => window.surveyVault.state())).opened).toEqual([]);
	});

	it("opens a paper clicked with the mouse", async () => {
		const page = await openSearch();
		await page.keyboard.type("coral");
		await page.locator(".suggestion-item", { hasText: "Coral Bleaching Forecasts" }).click();
		await expect.poll(() => page.evaluate(() => window.surveyVault.state().opened.map((o) => o.path))).toEqual(["Research/Papers/Coral Bleaching Forecasts.md"]);
	});

	it("finds Chinese titles from text typed and from an input method's composition", async () => {
		const page = await openSearch();
		await page.keyboard.type("冰川");
		expect(await titles(page)).toContain("基于图神经网络的冰川消融模型");
		await page.locator(".prompt-input").fill("");
		// An IME composes pinyin first and commits the characters at the end, as a Chinese keyboard does.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send("Input.imeSetComposition", { text: "shanhu", selectionStart: 6, selectionEnd: 6 });
		await cdp.send("Input.insertText", { text: "珊瑚" });
		await expect.poll(() => titles(page)).toContain("珊瑚礁白化的遥感监测与预测");
		expect(await page.locator(".prompt-input").inputValue()).toBe("珊瑚");
		const marks = await page.locator(".suggestion-item", { hasText: "珊瑚礁白化" }).locator(".survey-vault-search-match").allInnerTexts();
		expect(marks.join("")).toContain("珊瑚");
	});

	it("says so when nothing matches, and Escape closes the modal", async () => {
		const page = await openSearch();
		await page.keyboard.type("zzzqqq");
		await expect.poll(() => page.locator(".suggestion-empty").innerText()).toBe("No paper matches.");
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".modal-container").count()).toBe(0);
		expect((await page.evaluate(() => window.surveyVault.state())).opened).toEqual([]);
	});
});
