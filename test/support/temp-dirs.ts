import { afterEach } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
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
