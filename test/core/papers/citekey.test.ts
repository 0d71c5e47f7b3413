import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseNoteFrontmatter } from "../../../src/core/markdown/frontmatter";
import { asciiFold, assignCitekeys, citekeyBase, firstSignificantWord, uniqueCitekey } from "../../../src/core/papers/citekey";
import { familyName, splitName } from "../../../src/core/papers/person-name";
import { asText } from "../../../src/core/papers/paper-record";
import { MemoryStore } from "../../../src/core/store/memory-store";
import { importText } from "../../support/import";
import { digestSurvey } from "../../support/survey-builder";

describe("citekeyBase", () => {
	it("joins family name, year and first significant title word, in lower-case ASCII", () => {
		expect(citekeyBase({ authors: ["Jane Smith", "Bo Li"], year: 2024, title: "Diffusion for Tiling" })).toBe("smith2024diffusion");
		expect(citekeyBase({ authors: ["Smith, Jane"], year: 2024, title: "The Art of Tiling" })).toBe("smith2024art");
		expect(citekeyBase({ authors: ["Zoë Müller-Łukasiewicz"], year: 2021, title: "Über Straße: a study" })).toBe("mullerlukasiewicz2021uber");
	});

	it("skips what cannot be spelled in Latin letters, as the stated fallback", () => {
		expect(citekeyBase({ authors: ["王小明"], year: 2025, title: "Graph Routers" })).toBe("2025graph");
		expect(citekeyBase({ authors: ["Wei Zhang"], year: 2025, title: "基于图的推荐 Graph recsys" })).toBe("zhang2025graph");
		expect(citekeyBase({ authors: [], title: "面向机器人的世界模型" })).toBe("paper");
		expect(citekeyBase({ authors: [], year: 2023, title: "综述" })).toBe("paper2023");
	});

	it("reads names and titles the way surveys write them", () => {
		expect(familyName("Yin et al.")).toBe("Yin");
		expect(familyName("Yolo Y. Tang")).toBe("Tang");
		expect(familyName("Ludwig van Beethoven")).toBe("van Beethoven");
		expect(splitName("Brook, Ada M.")).toEqual({ family: "Brook", given: "Ada M." });
		expect(splitName("王小明")).toEqual({ literal: "王小明" });
		expect(firstSignificantWord("mimic-video: Video-Action Models")).toBe("mimic");
		expect(firstSignificantWord("A Survey on the Roads")).toBe("survey");
		expect(firstSignificantWord("On The Role of Pretrained Models")).toBe("role");
		expect(asciiFold("Ærøskøbing Ðorđe")).toBe("aeroskobingdorde");
	});
});

describe("uniqueCitekey and assignCitekeys", () => {
	it("appends a, b, … z, aa to a taken key, ignoring case", () => {
		expect(uniqueCitekey("smith2024x", new Set())).toBe("smith2024x");
		expect(uniqueCitekey("smith2024x", new Set(["smith2024x"]))).toBe("smith2024xa");
		const many = new Set(["k", ..."abcdefghijklmnopqrstuvwxyz".split("").map((c) => `k${c}`)]);
		expect(uniqueCitekey("K", many)).toBe("Kaa");
	});

	it("keeps a key a note already has, and never hands it to another paper", () => {
		const existing = new Map([["P/old.md", "smith2024diffusion"], ["P/mine.md", "my-own-key"]]);
		const fields = { authors: ["Jane Smith"], year: 2024, title: "Diffusion" };
		const keys = assignCitekeys([{ path: "P/mine.md", fields }, { path: "P/new.md", fields }, { path: "P/newer.md", fields }], existing);
		expect(Object.fromEntries(keys)).toEqual({ "P/mine.md": "my-own-key", "P/new.md": "smith2024diffusiona", "P/newer.md": "smith2024diffusionb" });
	});
});

describe("citekeys over generated names and titles", () => {
	it("are always lower-case ASCII letters and digits, and unique however many collide", () => {
		const fields = fc.record({ authors: fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { maxLength: 3 }), year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), title: fc.string({ unit: "grapheme", maxLength: 80 }) });
		fc.assert(
			fc.property(fc.array(fields, { maxLength: 40 }), fc.constantFrom("smith2024x", "paper"), (papers, taken) => {
				const keys = assignCitekeys(papers.map((f, i) => ({ path: `P/${i}.md`, fields: f })), new Map([["Old.md", taken]]));
				const values = [...keys.values()];
				for (const k of values) expect(k).toMatch(/^[a-z0-9]+$/);
				expect(new Set([...values, taken]).size).toBe(values.length + 1);
			}),
		);
	});
});

const twins = digestSurvey(
	[
		{ title: "Diffusion Routers", author: "Jane Smith", arxiv: "2401.10001" },
		{ title: "Diffusion Tokens", author: "John Smith", arxiv: "2401.10002" },
		{ title: "Diffusion Everywhere", author: "Jo Smith", arxiv: "2401.10003" },
	],
	{ title: "Colliding digest" },
);

async function citekeysOf(store: MemoryStore): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = {};
	for (const path of await store.listNotes()) {
		const fm = parseNoteFrontmatter(await store.read(path));
		if (fm.type === "paper") out[asText(fm.arxiv) ?? ""] = fm.citekey;
	}
	return out;
}

describe("citekeys written by the import", () => {
	it("are unique in the vault when names collide, and stable across re-imports", async () => {
		const store = new MemoryStore();
		await importText(store, twins, "twins.md");
		const first = await citekeysOf(store);
		expect(first).toEqual({ "2401.10001": "smith2024diffusion", "2401.10002": "smith2024diffusiona", "2401.10003": "smith2024diffusionb" });

		const before = store.snapshot();
		const again = await importText(store, twins, "twins.md");
		expect(again.result.updated).toEqual([]);
		expect(store.snapshot()).toEqual(before);

		// The same papers in another order, from another survey: every key stays.
		const reordered = digestSurvey(
			[
				{ title: "Diffusion Everywhere", author: "Jo Smith", arxiv: "2401.10003" },
				{ title: "Diffusion Routers", author: "Jane Smith", arxiv: "2401.10001" },
				{ title: "Diffusion Bridges", author: "Al Smith", arxiv: "2401.10004" },
			],
			{ title: "Another digest" },
		);
		await importText(store, reordered, "other.md");
		expect(await citekeysOf(store)).toEqual({ ...first, "2401.10004": "smith2024diffusionc" });
	});

	it("keep the user's edit: a re-import neither reverts nor re-adds it", async () => {
		const store = new MemoryStore();
		await importText(store, twins, "twins.md");
		const path = (await store.listNotes()).find((p) => p.includes("Diffusion Routers")) as string;
		const text = await store.read(path);
		await store.modify(path, text.replace("citekey: smith2024diffusion\n", "citekey: routers-2024\n"), text);
		await importText(store, twins, "twins.md");
		expect((await citekeysOf(store))["2401.10001"]).toBe("routers-2024");
		expect((await citekeysOf(store))["2401.10002"]).toBe("smith2024diffusiona");
	});
});
