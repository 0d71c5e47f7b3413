#!/usr/bin/env node
// Entry of the `survey-vault` command: runs the CLI bundle built by `npm ci` (prepare) or `npm run build`.
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(bundle)) {
	process.stderr.write("survey-vault: the CLI is not built yet; run `npm run build` in the repository first\n");
	process.exit(1);
}
require(bundle);
