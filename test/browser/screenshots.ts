// `npm run screenshots`: the README's pictures, taken in Chromium from the
// same page the browser tests drive, over a vault imported from the two
// example surveys in ../shared/seeds. Writes PNGs to docs/images/.
// Chinese text needs a CJK font (Debian: fonts-wqy-microhei or fonts-noto-cjk).
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { ROOT, startPageServer, type PageServer } from "./support/page-server";
import { openSession, readSeedText, SEED_FILES, seedsAvailable, type OpenOptions } from "./support/session";
import { seedVault } from "./support/vaults";

const OUT = path.join(ROOT, "docs/images");
const DESKTOP = { width: 1100, height: 660 };

interface Shot {
	file: string;
	options: OpenOptions;
	/** Sets the page up with real clicks and keys; returns the element to crop to, or null for the whole window. */
	act(page: Page): Promise<string | null>;
}

const TABLE = "columns: [title, authors, year, venue, citations, score]\nsort: year desc";

function shots(vault: Record<string, string>): Shot[] {
	// The direction note that lists the most papers, with its comparison table.
	const links = (p: string): number => (vault[p].match(/^- \[\[/gm) ?? []).length;
	const direction = Object.keys(vault)
		.filter((p) => p.startsWith("Research/Directions/") && vault[p].includes("```paper-table"))
		.sort((a, b) => links(b) - links(a))[0];
	return [
		{
			file: "search-modal.png",
			options: { notes: vault, viewport: { width: 900, height: 600 } },
			async act(page) {
				await page.evaluate(() => window.surveyVault.command("search-papers"));
				await page.keyboard.type("multimodal reason", { delay: 15 });
				await page.locator(".suggestion-item").first().waitFor();
				await page.keyboard.press("ArrowDown");
				return null;
			},
		},
		...(["light", "dark"] as const).map((theme) => ({
			file: `paper-table-${theme}.png`,
			options: { notes: vault, theme, viewport: DESKTOP },
			async act(page: Page) {
				await page.evaluate((s) => window.surveyVault.renderBlock(s), TABLE);
				await page.locator("th", { hasText: "Score" }).click();
				await page.locator("th", { hasText: "Score" }).click();
				return ".survey-vault-table";
			},
		})),
		{
			file: "import-preview.png",
			options: { notes: { "Inbox/survey.md": readSeedText(SEED_FILES[0]) }, viewport: { width: 900, height: 680 } },
			async act(page) {
				await page.evaluate(() => {
					window.surveyVault.edit("Inbox/survey.md");
					window.surveyVault.command("import-current-note");
				});
				await page.locator(".survey-vault-preview").waitFor();
				return ".modal";
			},
		},
		{
			file: "direction-note.png",
			options: { notes: vault, viewport: { width: 1200, height: 760 } },
			async act(page) {
				if (!direction) throw new Error("no direction note with a paper-table block in the imported vault");
				await page.evaluate((p) => window.surveyVault.openNote(p), direction);
				await page.locator(".survey-vault-table-grid").waitFor();
				return null;
			},
		},
	];
}

async function take(browser: Browser, server: PageServer, shot: Shot): Promise<void> {
	const session = await openSession(browser, server, shot.options);
	try {
		const crop = await shot.act(session.page);
		await session.page.evaluate(() => window.surveyVault.nextPaint());
		const file = path.join(OUT, shot.file);
		if (crop) await session.page.locator(crop).first().screenshot({ path: file });
		else await session.page.screenshot({ path: file });
		if (session.errors.length > 0) throw new Error(`${shot.file}: the page logged errors: ${session.errors.join("; ")}`);
		console.log(`wrote ${path.relative(ROOT, file)}`);
	} finally {
		await session.close();
	}
}

async function main(): Promise<void> {
	if (!seedsAvailable()) throw new Error("The screenshots show the example surveys; they are needed here.");
	mkdirSync(OUT, { recursive: true });
	const vault = await seedVault();
	const [browser, server] = await Promise.all([launchChromium(), startPageServer()]);
	try {
		for (const shot of shots(vault)) await take(browser, server, shot);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((err: unknown) => {
	console.error(err instanceof Error ? err.message : err);
	process.exitCode = 1;
});
