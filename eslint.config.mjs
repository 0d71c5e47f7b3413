import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "url", "util", "stream", "buffer", "process", "module", "vm", "worker_threads"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "coverage/", "bench/results.json"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "bin/*.cjs", "scripts/*.mjs", "bench/*.mjs"], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24 },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The core is pure: no Obsidian, no Node built-ins.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: ["obsidian", ...nodeBuiltins],
					patterns: [{ group: ["node:*"], message: "src/core must not depend on Node built-ins." }, { group: ["**/obsidian/**", "**/cli/**"], message: "src/core must not depend on the adapters." }],
				},
			],
		},
	},
	{
		// The CLI and the build scripts run on Node by design.
		files: ["src/cli/**/*.ts", "*.mjs", "bin/*.cjs", "scripts/*.mjs", "bench/**/*.{ts,mjs}", "test/**/*.ts", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-window-timers": "off",
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
			// On disk, outside Obsidian, the vault's configuration folder has its default name.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		files: ["test/**/*.ts"],
		rules: {
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@typescript-eslint/require-await": "off",
			"@typescript-eslint/unbound-method": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-active-doc": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"@typescript-eslint/no-deprecated": "off",
		},
	},
	{
		files: ["bin/*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);
