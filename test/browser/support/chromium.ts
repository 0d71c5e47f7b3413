import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser of its own. */
export const CHROMIUM = process.env.SURVEY_VAULT_CHROMIUM ?? "/usr/bin/chromium";

export function chromiumInstalled(): boolean {
	return existsSync(CHROMIUM);
}

/**
 * Starts headless Chromium as this machine needs it: no sandbox (we run as
 * root), no GPU, and nothing that reaches for the network in the background.
 * playwright gives every launch a fresh, empty profile folder.
 */
export async function launchChromium(): Promise<Browser> {
	if (!chromiumInstalled()) throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set SURVEY_VAULT_CHROMIUM)`);
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		chromiumSandbox: false,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
	});
}
