import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Harness, StartOptions } from "../page/harness";
import { ROOT, type PageServer } from "./page-server";

declare global {
	interface Window {
		surveyVault: Harness;
	}
}

export interface OpenOptions extends StartOptions {
	viewport?: { width: number; height: number };
}

export interface Session {
	page: Page;
	/** Uncaught errors and console errors on the page, which every test expects to stay empty. */
	errors: string[];
	close(): Promise<void>;
}

/** A fresh page with the plugin loaded over `options.notes`; each test gets its own, so no state leaks. */
export async function openSession(browser: Browser, server: PageServer, options: OpenOptions = {}): Promise<Session> {
	const { viewport = { width: 1280, height: 800 }, ...start } = options;
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (err) => errors.push(err.message));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(msg.text());
	});
	await page.goto(server.url);
	await page.waitForFunction(() => window.surveyVault !== undefined);
	await page.evaluate((o) => window.surveyVault.start(o), start);
	return { page, errors, close: () => context.close() };
}

/** The two example surveys beside the repository, `../shared/seeds`. */
export const SEEDS_DIR = path.resolve(ROOT, "../shared/seeds");
export const SEED_FILES = ["000_d81ae2f4998a77c7.txt", "001_7cae16ac5b420dc8.txt"];

/**
 * Whether the seeds are there. Absent, tests over them skip with a message,
 * unless SURVEY_VAULT_REQUIRE_SHARED=1 asks for them, when their absence fails.
 */
export function seedsAvailable(): boolean {
	const present = SEED_FILES.every((f) => existsSync(path.join(SEEDS_DIR, f)));
	if (!present) {
		const message = `The example surveys are not at ${SEEDS_DIR}`;
		if (process.env.SURVEY_VAULT_REQUIRE_SHARED === "1") throw new Error(`${message}, and SURVEY_VAULT_REQUIRE_SHARED=1 requires them.`);
		console.warn(`${message}: the tests over them are skipped.`);
	}
	return present;
}

export function readSeedText(name: string): string {
	return readFileSync(path.join(SEEDS_DIR, name), "utf8");
}
