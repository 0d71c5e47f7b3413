import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTableSpec } from "../../../src/core/query/spec-yaml";
import { TableModel, sortRowsByColumn, type QueryEnv } from "../../../src/core/query/table-model";
import type { RecordChange } from "../../../src/core/papers/record-change";
import { queryTable } from "../../../src/core/query/table-query";
import { cellText } from "../../../src/core/query/table-export";
import type { PaperRecord } from "../../../src/core/papers/paper-record";
import { env, library, libraryGraph, paper, recordSource } from "./papers";

function model(source: string, e: QueryEnv = env()): TableModel {
	const parsed = parseTableSpec(source);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const m = new TableModel(parsed.spec, e);
	m.load();
	return m;
}

const titles = (m: TableModel): string[] => m.visibleRows().map((r) => r.record.title);
const column = (m: TableModel, i: number): string[] => m.visibleRows().map((r) => cellText(r.cells[i], { dateFormat: null }));

describe("TableModel queries", () => {
	it("orders by title by default, Chinese titles by pinyin ahead of Latin ones", () => {
		expect(titles(model(""))).toEqual(["冰川消融预测", "Ice Sheet Emulator", "Loop Tiling Revisited", "Reef Noise Index", "Register Allocation Notes", "Whale Song Atlas"]);
	});

	it("sorts descending and ascending with missing values last both ways", () => {
		expect(column(model("columns: [score]\nsort: score desc"), 0)).toEqual(["4.2", "3.8", "3.1", "2.5", "1.9", ""]);
		expect(column(model("columns: [score]\nsort: score asc"), 0)).toEqual(["1.9", "2.5", "3.1", "3.8", "4.2", ""]);
		expect(column(model("columns: [venue]\nsort: venue desc"), 0)).toEqual(["PLDI", "NeurIPS", "NeurIPS", "Interspeech", "ICASSP", ""]);
	});

	it("sorts a year written as a string among numbers", () => {
		expect(column(model("columns: [year]\nsort: year desc, title"), 0)).toEqual(["2026", "2025", "2025", "2024", "2023", "2019"]);
		expect(titles(model("columns: [year]\nsort: year desc, title")).slice(1, 3)).toEqual(["冰川消融预测", "Reef Noise Index"]);
	});

	it("breaks ties with the next sort key", () => {
		expect(titles(model("sort: venue, citations desc")).slice(2, 4)).toEqual(["冰川消融预测", "Ice Sheet Emulator"]);
	});

	it("filters with where and cuts at limit after sorting", () => {
		expect(titles(model("where: year >= 2025\nsort: citations desc"))).toEqual(["冰川消融预测", "Reef Noise Index", "Ice Sheet Emulator"]);
		const limited = model("sort: citations desc\nlimit: 2");
		expect(titles(limited)).toEqual(["Loop Tiling Revisited", "Whale Song Atlas"]);
		expect(limited.matchCount).toBe(6);
		expect(limited.visibleCount).toBe(2);
	});

	it("reads from a folder, a tag (with nested tags) and a union of sources", () => {
		expect(titles(model("from: Archive"))).toEqual(["Register Allocation Notes"]);
		expect(titles(model('from: "#acoustics"'))).toEqual(["Reef Noise Index", "Whale Song Atlas"]);
		expect(titles(model('from: ["#climate", "Archive"]'))).toEqual(["冰川消融预测", "Ice Sheet Emulator", "Register Allocation Notes"]);
	});

	it("reads from a note: papers it links to and papers linking to it", () => {
		expect(titles(model('from: "[[Glacier Modelling]]"'))).toEqual(["冰川消融预测", "Ice Sheet Emulator"]);
		expect(titles(model("from: [[Ocean Bioacoustics]]"))).toEqual(["冰川消融预测", "Reef Noise Index", "Whale Song Atlas"]);
	});

	it("shows only the papers a direction note links to when its block names no source", () => {
		const inDirection = env(library(), { sourcePath: "Lib/Directions/Glacier Modelling.md", noteType: "direction" });
		expect(titles(model("", inDirection))).toEqual(["Ice Sheet Emulator"]);
		const inPlainNote = env(library(), { sourcePath: "Lib/Notes/Reading.md", noteType: "note" });
		expect(titles(model("", inPlainNote))).toHaveLength(6);
	});

	it("groups by a list property, a paper joining each of its groups, the ungrouped last", () => {
		const m = model("group: directions\nsort: title");
		const groups = m.groups().map((g) => [g.key === null ? null : cellText(g.key, { dateFormat: null }), g.rows.map((r) => r.record.title)]);
		expect(groups).toEqual([
			["Compiler Optimisation", ["Loop Tiling Revisited"]],
			["Glacier Modelling", ["冰川消融预测", "Ice Sheet Emulator"]],
			["Ocean Bioacoustics", ["冰川消融预测", "Reef Noise Index", "Whale Song Atlas"]],
			[null, ["Register Allocation Notes"]],
		]);
	});

	it("builds cells: lists, links, numbers as numbers, missing as empty", () => {
		const row = model("columns: [title, authors, year, directions, score]").row("Lib/Papers/冰川消融预测.md");
		expect(row?.cells).toEqual([
			{ kind: "link", target: "Lib/Papers/冰川消融预测", display: "冰川消融预测" },
			{ kind: "list", items: [{ kind: "text", value: "王芳" }] },
			{ kind: "number", value: 2025, text: "2025" },
			{
				kind: "list",
				items: [
					{ kind: "link", target: "Glacier Modelling" },
					{ kind: "link", target: "Ocean Bioacoustics" },
				],
			},
			{ kind: "empty" },
		]);
	});

	it("reports a note source that names no note", () => {
		const result = queryTable('from: "[[Volcano Seismology]]"', env());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual([{ key: "from", message: 'no note named "Volcano Seismology"' }]);
	});

	it("sorts rows by a clicked column without touching the block's order", () => {
		const m = model("columns: [title, citations]\nsort: title");
		const byCitations = sortRowsByColumn(m.visibleRows(), 1, true).map((r) => r.record.title);
		expect(byCitations).toEqual(["Loop Tiling Revisited", "Whale Song Atlas", "冰川消融预测", "Reef Noise Index", "Register Allocation Notes", "Ice Sheet Emulator"]);
		expect(titles(m)[0]).toBe("冰川消融预测");
	});
});

describe("TableModel changes", () => {
	function live(source: string, records = library()): { m: TableModel; store: Map<string, PaperRecord>; change: (c: RecordChange) => string[] } {
		const store = new Map(records.map((r) => [r.path, r]));
		// Links follow the records, as Obsidian's metadata cache does.
		let graph = libraryGraph([...store.values()]);
		const links: QueryEnv["links"] = { resolve: (t, s) => graph.resolve(t, s), linksFrom: (p) => graph.linksFrom(p), linksTo: (p) => graph.linksTo(p) };
		const e: QueryEnv = { records: { get: (p) => store.get(p), all: () => store.values() }, links, sourcePath: "Lib/Notes/Reading.md" };
		const m = model(source, e);
		const change = (c: RecordChange): string[] => {
			if (c.kind === "delete") store.delete(c.previous.path);
			else if (c.kind === "rename") {
				store.delete(c.oldPath);
				store.set(c.record.path, c.record);
			} else store.set(c.record.path, c.record);
			graph = libraryGraph([...store.values()]);
			return m.apply(c);
		};
		return { m, store, change };
	}

	const edit = (store: Map<string, PaperRecord>, path: string, props: Record<string, unknown>): RecordChange => {
		const previous = store.get(path) as PaperRecord;
		return { kind: "upsert", previous, record: paper(path, { ...(previous.properties as Record<string, never>), ...props } as never) };
	};

	it("moves a row when its sort value changes", () => {
		const { m, store, change } = live("sort: score desc");
		expect(change(edit(store, "Archive/Register Allocation Notes.md", { score: 5 }))).toEqual(["Archive/Register Allocation Notes.md"]);
		expect(titles(m)[0]).toBe("Register Allocation Notes");
		expect(m.indexOf("Archive/Register Allocation Notes.md")).toBe(0);
	});

	it("does nothing for a change to a property the table does not show, sort, group or filter by", () => {
		const { m, store, change } = live("columns: [title, score]\nsort: score desc");
		const before = m.stats.applied;
		expect(change(edit(store, "Lib/Papers/Whale Song Atlas.md", { venue: "ICASSP", summary: "changed" }))).toEqual([]);
		expect(m.stats.applied).toBe(before);
		expect(m.stats.ignored).toBe(1);
		expect(m.row("Lib/Papers/Whale Song Atlas.md")?.record.venue).toBe("ICASSP");
	});

	it("ignores papers outside its source entirely", () => {
		const { change, store } = live("from: Archive");
		expect(change(edit(store, "Lib/Papers/Whale Song Atlas.md", { score: 0.1 }))).toEqual([]);
	});

	it("adds a paper that comes to match where, and drops one that stops matching", () => {
		const { m, store, change } = live("where: score >= 3");
		expect(titles(m)).toHaveLength(3);
		expect(change(edit(store, "Lib/Papers/Loop Tiling Revisited.md", { score: 3.5 }))).toEqual(["Lib/Papers/Loop Tiling Revisited.md"]);
		expect(change(edit(store, "Lib/Papers/Whale Song Atlas.md", { score: 1 }))).toEqual(["Lib/Papers/Whale Song Atlas.md"]);
		expect(titles(m)).toEqual(["Ice Sheet Emulator", "Loop Tiling Revisited", "Reef Noise Index"]);
	});

	it("follows new, deleted and renamed papers", () => {
		const { m, store, change } = live("sort: title");
		const created = paper("Lib/Papers/Abyssal Echoes.md", { title: "Abyssal Echoes", year: 2026 });
		expect(change({ kind: "upsert", record: created, previous: null })).toEqual([created.path]);
		expect(titles(m)[1]).toBe("Abyssal Echoes");
		expect(change({ kind: "delete", previous: store.get("Archive/Register Allocation Notes.md") as PaperRecord })).toEqual(["Archive/Register Allocation Notes.md"]);
		const moved = paper("Archive/Whale Song Atlas.md", store.get("Lib/Papers/Whale Song Atlas.md")?.properties ?? {});
		expect(change({ kind: "rename", record: moved, oldPath: "Lib/Papers/Whale Song Atlas.md" }).sort()).toEqual(["Archive/Whale Song Atlas.md", "Lib/Papers/Whale Song Atlas.md"]);
		expect(m.visibleRows().map((r) => r.path)).toContain("Archive/Whale Song Atlas.md");
		expect(m.matchCount).toBe(6);
	});

	it("re-reads a note source's links when that note changes", () => {
		const records = library();
		let links = [{ path: "Lib/Directions/Glacier Modelling.md", links: ["Ice Sheet Emulator"] }];
		const graph = () => libraryGraph(records, links);
		let current = graph();
		const e: QueryEnv = {
			records: recordSource(records),
			links: { resolve: (t, s) => current.resolve(t, s), linksFrom: (p) => current.linksFrom(p), linksTo: (p) => current.linksTo(p) },
			sourcePath: "Lib/Directions/Glacier Modelling.md",
			noteType: "direction",
		};
		const m = model("", e);
		expect(titles(m)).toEqual(["Ice Sheet Emulator"]);
		links = [{ path: "Lib/Directions/Glacier Modelling.md", links: ["Ice Sheet Emulator", "Loop Tiling Revisited"] }];
		current = graph();
		expect(m.relink()).toEqual(["Lib/Papers/Loop Tiling Revisited.md"]);
		expect(titles(m)).toEqual(["Ice Sheet Emulator", "Loop Tiling Revisited"]);
		expect(m.relink()).toEqual([]);
	});

	it("stays equal to a fresh query after any sequence of changes", () => {
		const specs = ["sort: score desc", "where: year >= 2024 and score exists\nsort: year desc, title", 'from: "#climate"\nsort: citations', "sort: venue desc\nlimit: 3", "group: directions\nsort: title desc", 'from: "[[Glacier Modelling]]"\nsort: score desc'];
		const paths = library().map((r) => r.path);
		const changeArb = fc.record({
			path: fc.constantFrom(...paths, "Lib/Papers/New One.md", "Archive/New Two.md"),
			op: fc.constantFrom("edit", "delete", "rename"),
			score: fc.option(fc.integer({ min: 0, max: 50 }).map((n) => n / 10)),
			year: fc.option(fc.constantFrom(2019, 2024, "2025", 2026)),
			citations: fc.integer({ min: 0, max: 200 }),
			tag: fc.constantFrom("climate", "acoustics", "compilers"),
			direction: fc.constantFrom("[[Glacier Modelling]]", "[[Ocean Bioacoustics]]", "[[Ice Sheet Emulator]]"),
		});
		fc.assert(
			fc.property(fc.constantFrom(...specs), fc.array(changeArb, { maxLength: 25 }), (spec, changes) => {
				const { m, store, change } = live(spec);
				for (const c of changes) {
					const existing = store.get(c.path);
					if (c.op === "delete") {
						if (existing) change({ kind: "delete", previous: existing });
						continue;
					}
					if (c.op === "rename" && existing) {
						const to = c.path.replace(/\.md$/, " (moved).md");
						if (store.has(to)) continue;
						change({ kind: "rename", oldPath: c.path, record: paper(to, existing.properties) });
						continue;
					}
					const props = { title: c.path.split("/").pop()?.replace(/\.md$/, "") ?? "", citations: c.citations, tags: ["paper", c.tag], directions: [c.direction], ...(c.score !== null ? { score: c.score } : {}), ...(c.year !== null ? { year: c.year } : {}) };
					change({ kind: "upsert", previous: existing ?? null, record: paper(c.path, props) });
				}
				const fresh = model(spec, { records: recordSource([...store.values()]), links: libraryGraph([...store.values()]), sourcePath: "Lib/Notes/Reading.md" });
				expect(m.visibleRows().map((r) => r.path)).toEqual(fresh.visibleRows().map((r) => r.path));
				expect(m.visibleRows().map((r) => r.cells)).toEqual(fresh.visibleRows().map((r) => r.cells));
				expect(m.groups().map((g) => g.rows.map((r) => r.path))).toEqual(fresh.groups().map((g) => g.rows.map((r) => r.path)));
			}),
			{ numRuns: 200 },
		);
	});
});
