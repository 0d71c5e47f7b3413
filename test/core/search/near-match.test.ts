import { describe, expect, it } from "vitest";
import { holdsNear } from "../../../src/core/search/near-match";

const near = (text: string, term: string): boolean => holdsNear(text, term, 0, text.length);

describe("holdsNear", () => {
	it("finds a term with one letter wrong, missing or extra, anywhere in the text", () => {
		expect(near("latent graph memory", "agent")).toBe(true);
		expect(near("a language model", "aget")).toBe(true);
		expect(near("self-supervised reasoning", "reasonning")).toBe(true);
		expect(near("temporal", "temporal")).toBe(true);
		expect(near("the telescpe array", "telescope")).toBe(true);
	});

	it("rejects two typos, two swapped letters among them, as fuse.js does in words this short", () => {
		expect(near("an agnet", "agent")).toBe(false);
		expect(near("robust policy", "rubost")).toBe(false);
		expect(near("video memory", "mamery")).toBe(false);
	});

	it("stays inside the bounds it is given", () => {
		const text = "graph\u0001agent";
		expect(holdsNear(text, "agent", 0, 5)).toBe(false);
		expect(holdsNear(text, "agent", 6, text.length)).toBe(true);
		expect(holdsNear(text, "graph", 0, 4)).toBe(true);
		expect(holdsNear(text, "graph", 0, 3)).toBe(false);
	});
});
