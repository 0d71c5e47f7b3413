import { parseYaml } from "obsidian";
import { readTableSpec, yamlSpecError, type SpecResult } from "../../core/query/spec";

/**
 * Parses a block's body with Obsidian's own YAML reader, so the plugin reads
 * blocks exactly as Obsidian reads properties and ships no YAML library of
 * its own; the core then checks every key. Never throws.
 */
export function parseBlockSpec(source: string): SpecResult {
	let data: unknown;
	try {
		data = parseYaml(source);
	} catch (err) {
		const mark = (err as { mark?: { line?: unknown } } | null)?.mark;
		const line = typeof mark?.line === "number" ? mark.line + 1 : undefined;
		const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0].replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/\s+at line \d+, column \d+:?$/, "");
		return { ok: false, errors: [yamlSpecError(source, line, reason)] };
	}
	return readTableSpec(data, source);
}
