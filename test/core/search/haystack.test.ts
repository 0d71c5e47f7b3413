import { describe, expect, it } from "vitest";
import { buildHaystack, fold, OFFSETS_PER_RECORD } from "../../../src/core/search/haystack";
import { SEARCH_FIELDS, fieldValues } from "../../../src/core/search/search-fields";
import { paper } from "../../support/paper-builder";

/** Each field's text as the haystack holds it. */
function fields(record: ReturnType<typeof paper>): string[] {
	const { text, offsets } = buildHaystack(record);
	expect(offsets).toHaveLength(OFFSETS_PER_RECORD);
	return SEARCH_FIELDS.map((_, f) => text.slice(offsets[f], offsets[f + 1] - 1));
}

describe("buildHaystack", () => {
	it("lower-cases every field and keeps each where its offsets say", () => {
		const record = paper("Quasar Variability", { authors: ["Ada Brook", "Li Wei"], year: 2026, tags: ["paper", "Astro"], trends: ["[[Time Domain]]"] });
		expect(fields(record)).toEqual(SEARCH_FIELDS.map((f) => fieldValues(record, f).map(fold).join("\u0001")));
		const { text, offsets } = buildHaystack(record);
		expect(text.slice(offsets[SEARCH_FIELDS.length], offsets[SEARCH_FIELDS.length + 1] - 1)).toBe("time domain");
	});

	it("keeps offsets right when a value holds a separator or changes length when lower-cased", () => {
		const record = paper("İstanbul Line\nBreak", { authors: ["A\u0001B", "Ça"], method: "ǅ digraph" });
		expect(fields(record)).toEqual(SEARCH_FIELDS.map((f) => fieldValues(record, f).map(fold).join("\u0001")));
		expect(fields(record)[0]).toBe("i̇stanbul line break");
	});
});
