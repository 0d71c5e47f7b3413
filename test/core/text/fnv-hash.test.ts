import { describe, expect, it } from "vitest";
import { hash } from "../../../src/core/notes/note-merge";
import { hashRange } from "../../../src/core/search/tokens";
import { fnv1a } from "../../../src/core/text/fnv-hash";

describe("fnv1a", () => {
	it("gives the published FNV-1a 32-bit test vectors", () => {
		expect(fnv1a("")).toBe(0x811c9dc5);
		expect(fnv1a("a")).toBe(0xe40c292c);
		expect(fnv1a("foobar")).toBe(0xbf9cf968);
	});

	it("hashes a range as the slice it names", () => {
		expect(fnv1a("xxfoobarxx", 2, 8)).toBe(fnv1a("foobar"));
		expect(fnv1a("扩散策略", 1, 3)).toBe(fnv1a("散策"));
	});

	it("is the hash behind the importer's stored state and the search tokens", () => {
		// The stored state in notes written by earlier versions must still compare equal.
		expect(hash("foobar")).toBe(fnv1a(JSON.stringify("foobar")).toString(36));
		expect(hashRange("foobar", 0, 6)).toBe(0xbf9cf968 | 0);
	});
});
