import { describe, expect, it, vi } from "vitest";
import { createSearchIndex, searchPapers, type SearchIndex } from "../../../src/core/search";
import { SEARCH_FIELDS, fieldMask } from "../../../src/core/search/search-fields";
import { FIELD_CODES } from "../../../src/core/search/word-index";
import type { PaperRecord } from "../../../src/core/papers/paper-record";
import { library } from "../../support/paper-builder";

/** What the word index holds, by path rather than slot: equal for two indexes over the same papers however they were built. */
function contents(index: SearchIndex): unknown {
	const { words } = index;
	const where = (code: number): string => `${index.record(Math.floor(code / FIELD_CODES))?.path}#${SEARCH_FIELDS[code % FIELD_CODES]}`;
	const byWord: Record<string, unknown> = {};
	for (let id = 0; id < words.vocabulary.size; id++) {
		const postings = Array.from(words.postingsOf(id), where).sort();
		const df = words.frequency(words.vocabulary.words[id]);
		if (postings.length > 0 || df > 0) byWord[words.vocabulary.words[id]] = { df, postings };
	}
	const letters: Record<string, number> = {};
	for (const record of index.records()) {
		const slot = index.slotOf(record.path) as number;
		SEARCH_FIELDS.forEach((f, i) => (letters[`${record.path}#${f}`] = words.letters[slot * FIELD_CODES + i]));
	}
	return { fieldCount: words.fieldCount, byWord, letters };
}

const titles = (index: SearchIndex, query: string): string[] => searchPapers(index, query).map((r) => r.record.title);

const withSummaries = (): PaperRecord[] =>
	library().map((r, i) => ({ ...r, summary: i % 2 === 0 ? `The survey credits this work with a careful ablation, number ${i}.` : `综述认为这项工作的消融实验很细致，编号 ${i}。` }));

describe("SearchIndex with prose left for later", () => {
	it("finds papers by title at once, and by their prose once it is indexed", () => {
		const records = withSummaries();
		const index = createSearchIndex(records, { deferProse: true });
		expect(index.pendingCount).toBe(records.length);
		expect(titles(index, "Exoplanet Orbits")).toContain(records[0].title);
		expect(titles(index, "periodograms")).toEqual([]);
		expect(titles(index, "消融实验")).toEqual([]);
		expect(index.indexDeferred(1)).toBe(records.length - 1);
		expect(titles(index, "periodograms")).toEqual([records[0].title]);
		expect(index.indexDeferred(records.length)).toBe(0);
		expect(titles(index, "消融实验")).toHaveLength(Math.floor(records.length / 2));
	});

	it("ends holding exactly what an index built at once holds", () => {
		const records = withSummaries();
		const later = createSearchIndex(records, { deferProse: true });
		while (later.indexDeferred(3) > 0);
		expect(contents(later)).toEqual(contents(createSearchIndex(records)));
	});

	it("indexes a paper edited or removed meanwhile at once, and leaves it out of the queue", () => {
		const records = withSummaries();
		const index = createSearchIndex(records, { deferProse: true });
		const edited = { ...records[2], summary: "A rewritten summary about tidal gauges." };
		index.upsert(edited);
		expect(index.remove(records[3].path)).toBe(true);
		expect(index.pendingCount).toBe(records.length - 2);
		expect(titles(index, "tidal gauges")).toEqual([edited.title]);
		while (index.indexDeferred(2) > 0);
		const final = records.filter((_, i) => i !== 3).map((r, i) => (i === 2 ? edited : r));
		expect(contents(index)).toEqual(contents(createSearchIndex(final)));
	});
});

describe("SearchIndex edits", () => {
	it("re-indexes only the fields that changed", () => {
		const records = withSummaries();
		const index = createSearchIndex(records);
		const add = vi.spyOn(index.words, "add");
		const remove = vi.spyOn(index.words, "remove");
		const edited = { ...records[1], summary: "新的摘要：潮汐预报。" };
		index.upsert(edited);
		const summaryOnly = fieldMask(["summary"]);
		expect(add.mock.calls.map((call) => call[2])).toEqual([summaryOnly]);
		expect(remove.mock.calls.map((call) => call[2])).toEqual([summaryOnly]);
		expect(contents(index)).toEqual(contents(createSearchIndex(records.map((r, i) => (i === 1 ? edited : r)))));
	});

	it("re-indexes nothing when a paper comes back unchanged, and still counts it once", () => {
		const records = library();
		const index = createSearchIndex(records);
		const before = contents(index);
		const add = vi.spyOn(index.words, "add");
		const remove = vi.spyOn(index.words, "remove");
		index.upsert({ ...records[0], aliases: records[0].aliases.slice() });
		expect(add).not.toHaveBeenCalled();
		expect(remove).not.toHaveBeenCalled();
		expect(contents(index)).toEqual(before);
	});
});
