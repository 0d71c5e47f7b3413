import { existsSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumInstalled, CHROMIUM, launchChromium } from "../test/browser/support/chromium";
import { mainJsPath, startPageServer, type PageServer } from "../test/browser/support/page-server";
import { openSession } from "../test/browser/support/session";
import { syntheticVault } from "../test/browser/support/vaults";
import { figure, type BenchFigure, type BenchSection } from "./lib";

/** Runs before the timed ones, so the catalog is scanned and the JIT has compiled the rendering code. */
const WARM_UP = 3;
const SPEC = "columns: [title, authors, year, venue, citations, score]\nsort: score desc";
/** Typed key by key; one has a typo, one a filter. */
const QUERIES = ["diffusion policy", "robust vison transformr", "wang year:2024"];

/** Query, first page of rows, layout and paint of a block, from the call to the first frame painted after it. */
async function renderSamples(page: Page, runs: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < runs + WARM_UP; i++) {
		await page.evaluate(() => window.surveyVault.closeNote());
		const ms = await page.evaluate(async (spec) => {
			const start = performance.now();
			window.surveyVault.renderBlock(spec);
			return (await window.surveyVault.nextPaint()) - start;
		}, SPEC);
		if (i >= WARM_UP) samples.push(ms);
	}
	return samples;
}

/** A real click on a header, from the click event to the first frame painted after the table redrew. */
async function resortSamples(page: Page, runs: number): Promise<number[]> {
	const header = page.locator("th", { hasText: "Year" });
	const samples: number[] = [];
	for (let i = 0; i < runs + WARM_UP; i++) {
		await page.evaluate(() => window.surveyVault.timeNext("click"));
		await header.click();
		const ms = await page.evaluate(() => window.surveyVault.timed());
		if (i >= WARM_UP) samples.push(ms);
	}
	return samples;
}

/** Each key of each query, from the keydown event to the first frame painted with the new results. */
async function keystrokeSamples(page: Page): Promise<number[]> {
	await page.evaluate(() => window.surveyVault.command("search-papers"));
	// The first keystroke builds the index (Obsidian's warm-up would have): not timed.
	await page.keyboard.type("warm");
	const samples: number[] = [];
	for (const query of QUERIES) {
		await page.keyboard.press("ControlOrMeta+A");
		await page.keyboard.press("Backspace");
		for (const key of query) {
			await page.evaluate(() => window.surveyVault.timeNext("keydown"));
			await page.keyboard.press(key === " " ? "Space" : key);
			samples.push(await page.evaluate(() => window.surveyVault.timed()));
		}
	}
	const shown = await page.locator(".suggestion-item").count();
	if (shown === 0) throw new Error(`"${QUERIES[QUERIES.length - 1]}" found nothing: the keystrokes did not reach the modal`);
	return samples;
}

async function tableFigures(browser: Browser, server: PageServer, rows: number): Promise<BenchFigure[]> {
	const session = await openSession(browser, server, { notes: syntheticVault(rows) });
	try {
		const render = await renderSamples(session.page, 15);
		const resort = await resortSamples(session.page, 30);
		if (session.errors.length > 0) throw new Error(session.errors.join("; "));
		return [
			figure("table.render.chromium", rows, render, "ms", undefined, `query + first ${Math.min(rows, 100)} rows + layout + paint, real Chromium`),
			figure("table.resort.chromium", rows, resort, "ms", rows === 1000 ? { stat: "p95", max: 50 } : undefined, "header click to painted frame, real Chromium"),
		];
	} finally {
		await session.close();
	}
}

async function searchFigure(browser: Browser, server: PageServer, papers: number): Promise<BenchFigure> {
	const session = await openSession(browser, server, { notes: syntheticVault(papers) });
	try {
		const samples = await keystrokeSamples(session.page);
		if (session.errors.length > 0) throw new Error(session.errors.join("; "));
		return figure("search.keystroke.chromium", papers, samples, "ms", undefined, `${samples.length} keys of ${QUERIES.length} queries, keydown to painted results, real Chromium`);
	} finally {
		await session.close();
	}
}

/**
 * The table block and the search modal in Debian's Chromium, over the built
 * main.js: what a reader waits for, layout and paint included, beside the
 * jsdom figures of the table and search sections.
 */
export const browserSection: BenchSection = {
	name: "browser",
	async run(options) {
		if (!chromiumInstalled()) {
			console.log(`No Chromium at ${CHROMIUM} (apt-get install -y chromium): the browser figures are skipped.`);
			return [];
		}
		if (!existsSync(mainJsPath())) {
			console.log(`No ${path.relative(process.cwd(), mainJsPath())}: run \`npm run build\` first; the browser figures are skipped.`);
			return [];
		}
		const [browser, server] = await Promise.all([launchChromium(), startPageServer()]);
		try {
			const figures: BenchFigure[] = [];
			for (const rows of [100, 1000]) figures.push(...(await tableFigures(browser, server, rows)));
			for (const papers of options.sizes.filter((s) => s <= 10000)) figures.push(await searchFigure(browser, server, papers));
			return figures;
		} finally {
			await browser.close();
			await server.close();
		}
	},
};
