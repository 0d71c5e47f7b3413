// Plain Node (no browser): the README's screenshots are there, near the top, as PNGs.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

describe("README screenshots", () => {
	it("shows at least three pictures from docs/images before its first section, each a real PNG", () => {
		const top = readme.slice(0, readme.indexOf("\n## "));
		const images = [...top.matchAll(/!\[[^\]]+\]\((docs\/images\/[^)]+\.png)\)/g)].map((m) => m[1]);
		expect(images.length).toBeGreaterThanOrEqual(3);
		for (const image of images) {
			const file = path.join(root, image);
			expect(existsSync(file), image).toBe(true);
			const bytes = readFileSync(file);
			expect(bytes.subarray(1, 4).toString("latin1"), image).toBe("PNG");
			// The IHDR chunk holds the width and height: a screenshot is larger than an icon.
			expect(bytes.readUInt32BE(16), `${image} width`).toBeGreaterThan(300);
			expect(bytes.readUInt32BE(20), `${image} height`).toBeGreaterThan(200);
		}
	});
});
