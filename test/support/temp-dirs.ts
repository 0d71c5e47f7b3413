import { afterEach } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";

/** Temporary folders removed after each test of the file that calls this. */
export function useTempDirs(prefix: string): () => string {
	const dirs: string[] = [];
	afterEach(() => {
		for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	});
	return () => {
		const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
		dirs.push(dir);
		return dir;
	};
}

/** Temporary vault folders holding the given files, removed after each test. */
export function useTempVaults(prefix: string): (files?: Record<string, string>) => Promise<string> {
	const temp = useTempDirs(prefix);
	return async (files = {}) => {
		const dir = temp();
		for (const [p, text] of Object.entries(files)) {
			await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
			await writeFile(path.join(dir, p), text);
		}
		return dir;
	};
}
