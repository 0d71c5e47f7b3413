import { describe, expect, it } from "vitest";
import { extractWikilinkTargets, StaticLinkGraph } from "../../../src/core/query/static-link-graph";

describe("StaticLinkGraph", () => {
	const graph = new StaticLinkGraph([
		{ path: "Lib/Directions/Tides.md", links: ["Tidal Energy", "Notes/Tidal Energy", "Missing Note", "Lib/Papers/Wave Farms.md#Results"] },
		{ path: "Lib/Papers/Tidal Energy.md", links: ["Tides"] },
		{ path: "Notes/Tidal Energy.md", links: [] },
		{ path: "Lib/Papers/Wave Farms.md", links: ["tides"] },
	]);

	it("resolves exact paths, file names ignoring case, and folder-qualified names", () => {
		expect(graph.resolve("Lib/Papers/Wave Farms", "x.md")).toBe("Lib/Papers/Wave Farms.md");
		expect(graph.resolve("wave farms#Results", "x.md")).toBe("Lib/Papers/Wave Farms.md");
		expect(graph.resolve("Tidal Energy", "x.md")).toBe("Notes/Tidal Energy.md");
		expect(graph.resolve("Papers/Tidal Energy", "x.md")).toBe("Lib/Papers/Tidal Energy.md");
		expect(graph.resolve("Nowhere", "x.md")).toBeNull();
	});

	it("knows both directions of every resolved link", () => {
		expect([...graph.linksFrom("Lib/Directions/Tides.md")].sort()).toEqual(["Lib/Papers/Wave Farms.md", "Notes/Tidal Energy.md"]);
		expect([...graph.linksTo("Lib/Directions/Tides.md")].sort()).toEqual(["Lib/Papers/Tidal Energy.md", "Lib/Papers/Wave Farms.md"]);
		expect(graph.linksFrom("Unknown.md").size).toBe(0);
	});

	it("extracts link targets from body and properties, skipping subpaths and display text", () => {
		const text = '---\ndirections: ["[[Tides|the tides]]"]\n---\nSee [[Wave Farms#Results]] and ![[diagram.png]] and [[ ]].\n';
		expect(extractWikilinkTargets(text)).toEqual(["Tides", "Wave Farms", "diagram.png"]);
	});
});
