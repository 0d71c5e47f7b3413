import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { sharedMode } from "../support/shared";

describe("tests that read ../shared", () => {
	it("run when the folder is there, skip when it is absent, and fail when it is required", () => {
		const dir = mkdtempSync(path.join(tmpdir(), "survey-vault-shared-"));
		try {
			expect(sharedMode(dir, false)).toBe("run");
			expect(sharedMode(dir, true)).toBe("run");
			const missing = path.join(dir, "seeds");
			expect(sharedMode(missing, false)).toBe("skip");
			expect(sharedMode(missing, true)).toBe("fail");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
