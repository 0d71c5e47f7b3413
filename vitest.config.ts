import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		// Plugin code imports `obsidian`; tests run it against a typed in-memory fake.
		alias: { obsidian: fileURLToPath(new URL("./test/fakes/obsidian.ts", import.meta.url)) },
	},
	test: {
		include: ["test/**/*.test.ts"],
		environment: "node",
		// DOM-facing tests opt in with a `@vitest-environment jsdom` comment.
		env: { TZ: "UTC" },
		testTimeout: 30_000,
		pool: "forks",
	},
});
