import { describe, expect, it } from "vitest";
import { isInside, PathError, toVaultPath } from "../../../src/core/store/vault-path";

describe("toVaultPath", () => {
	it("normalises separators, duplicate slashes and Unicode form", () => {
		expect(toVaultPath("Research\\Papers//x.md")).toBe("Research/Papers/x.md");
		expect(toVaultPath("/Research/")).toBe("Research");
		expect(toVaultPath("Cafe\u0301.md")).toBe("Caf\u00e9.md");
	});

	it.each(["../etc/passwd", "a/../../b", "./a", "", "/", "C:\\x", "a/ /b", "a\u0000b"])("refuses %j", (raw) => {
		expect(() => toVaultPath(raw)).toThrow(PathError);
	});
});

describe("isInside", () => {
	it("matches whole segments only", () => {
		expect(isInside("Research/Papers/a.md", "Research/Papers")).toBe(true);
		expect(isInside("Research/Papers", "Research/Papers")).toBe(true);
		expect(isInside("Research/Papers2/a.md", "Research/Papers")).toBe(false);
	});
});
