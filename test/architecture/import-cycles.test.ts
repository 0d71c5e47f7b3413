import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { importedModules } from "../support/module-imports";

const queryDir = path.resolve(__dirname, "../../src/core/query");

/** The modules of src/core/query each module imports (types included), by file name. */
function importGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const name of readdirSync(queryDir).filter((f) => f.endsWith(".ts"))) {
		const local = importedModules(readFileSync(path.join(queryDir, name), "utf8"))
			.filter((spec) => spec.startsWith("./"))
			.map((spec) => `${spec.slice(2)}.ts`)
			.filter((file) => existsSync(path.join(queryDir, file)));
		graph.set(name, local);
	}
	return graph;
}

/** Every cycle, each as the path from its first module back to itself. */
function cycles(graph: Map<string, string[]>): string[] {
	const found = new Set<string>();
	const walk = (node: string, trail: string[]): void => {
		const at = trail.indexOf(node);
		if (at >= 0) {
			const loop = trail.slice(at);
			const start = loop.indexOf([...loop].sort()[0]);
			found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(" → "));
			return;
		}
		for (const next of graph.get(node) ?? []) walk(next, [...trail, node]);
	};
	for (const node of graph.keys()) walk(node, []);
	return [...found].sort();
}

describe("src/core/query", () => {
	it("has no import cycles", () => {
		expect(cycles(importGraph())).toEqual([]);
	});
});
