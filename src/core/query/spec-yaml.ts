import { FrontmatterError, parseFrontmatterYaml } from "../markdown/frontmatter";
import { readTableSpec, SPEC_KEYS, yamlSpecError, type SpecResult } from "./spec";

/**
 * Parses the YAML body of a `paper-table` block into a spec, with
 * gray-matter (as the CLI reads notes). Never throws: invalid YAML is an
 * error filed under the key it stopped on.
 */
export function parseTableSpec(source: string): SpecResult {
	let data: unknown;
	try {
		data = parseFrontmatterYaml(source);
	} catch (err) {
		if (err instanceof FrontmatterError && /not a mapping/.test(err.message)) {
			return { ok: false, errors: [{ key: "block", message: 'expected one "key: value" per line, with keys from ' + SPEC_KEYS.join(", ") }] };
		}
		const raw = err instanceof Error ? err.message : String(err);
		const reason = raw.replace(/^invalid YAML in frontmatter:\s*/, "").replace(/\s+at line \d+, column \d+:?[\s\S]*$/, "");
		// The YAML parser counted the opening fence it was handed as line 1.
		const line = err instanceof FrontmatterError && err.line !== undefined ? Math.max(1, err.line - 1) : undefined;
		return { ok: false, errors: [yamlSpecError(source, line, reason)] };
	}
	return readTableSpec(data, source);
}
