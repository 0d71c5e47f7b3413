import { defineConfig } from "vitest/config";

// `npm run test:browser`: the plugin's UI in Debian's Chromium, over the built main.js.
// These tests run in Node and drive the browser; `npm test` (vitest.config.ts) never picks them up.
export default defineConfig({
	test: {
		include: ["test/browser/**/*.browser.ts"],
		environment: "node",
		env: { TZ: "UTC" },
		testTimeout: 60_000,
		// The page answers within a frame or two; the margin is for a machine busy with other work.
		expect: { poll: { timeout: 5_000, interval: 25 } },
		hookTimeout: 60_000,
		// One browser at a time: Chromium's own processes already take both cores.
		fileParallelism: false,
		pool: "forks",
	},
});
