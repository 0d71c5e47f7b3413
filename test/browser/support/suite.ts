import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { startPageServer, type PageServer } from "./page-server";
import { openSession, type OpenOptions, type Session } from "./session";

/**
 * One Chromium and one page server for a test file, a fresh page per test,
 * and a check after each test that the page logged no error.
 */
export function browserSuite(): { open(options?: OpenOptions): Promise<Session> } {
	let browser: Browser;
	let server: PageServer;
	let session: Session | null = null;
	beforeAll(async () => {
		[browser, server] = await Promise.all([launchChromium(), startPageServer()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	afterEach(async () => {
		const errors = session?.errors ?? [];
		await session?.close();
		session = null;
		expect(errors).toEqual([]);
	});
	return {
		async open(options) {
			await session?.close();
			session = await openSession(browser, server, options);
			return session;
		},
	};
}
