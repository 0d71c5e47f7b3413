import { findFrontmatter, parseFrontmatterYaml } from "../markdown/frontmatter";
import { yamlEntry, type YamlValue } from "./yaml-writer";

/** A top-level key of existing frontmatter and the exact text it spans. */
interface KeySegment {
	key: string;
	text: string;
}

const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:,[\]{}][^:]*?|-[^\s:][^:]*?))\s*:(?:\s|$)/;

/**
 * Splits frontmatter YAML into its top-level keys, each with the exact lines
 * it spans (continuation lines, list items, comments), so that keys the
 * plugin does not own can be kept byte for byte.
 */
export function segmentFrontmatter(yaml: string): { preamble: string; segments: KeySegment[] } {
	const lines = yaml.match(/[^\n]*\n|[^\n]+$/g) ?? [];
	let preamble = "";
	const segments: KeySegment[] = [];
	for (const line of lines) {
		const m = /^\S/.test(line) && !line.startsWith("#") && !line.startsWith("- ") ? KEY_LINE.exec(line) : null;
		if (m) {
			segments.push({ key: m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3].trim(), text: line });
		} else if (segments.length > 0) {
			segments[segments.length - 1].text += line;
		} else {
			preamble += line;
		}
	}
	return { preamble, segments };
}

/**
 * Rewrites a note's frontmatter: each key in `set` is replaced where it stands
 * (or appended in the given order), each key in `remove` dropped; every other
 * key, comment and the body stay exactly as they were.
 */
export function editFrontmatter(note: string, set: ReadonlyArray<[string, YamlValue]>, remove: ReadonlySet<string> = new Set()): string {
	const block = findFrontmatter(note);
	if (!block) {
		const yaml = set.map(([k, v]) => yamlEntry(k, v)).join("");
		return yaml === "" ? note : `---\n${yaml}---\n${note}`;
	}
	const { preamble, segments } = segmentFrontmatter(block.yaml);
	const pending = new Map(set);
	const kept: string[] = [];
	for (const seg of segments) {
		if (remove.has(seg.key) && !pending.has(seg.key)) continue;
		const value = pending.get(seg.key);
		if (value === undefined) {
			kept.push(seg.text);
			continue;
		}
		pending.delete(seg.key);
		const { entry, trailing } = splitTrailing(seg.text);
		const next = yamlEntry(seg.key, value);
		// Keep the user's own formatting when the value did not change.
		kept.push((sameValue(entry, seg.key, value) ? entry : next) + trailing);
	}
	for (const [k, v] of set) if (pending.has(k)) kept.push(yamlEntry(k, v));
	let yaml = preamble + kept.join("");
	if (yaml !== "" && !yaml.endsWith("\n")) yaml += "\n";
	return `${block.open}${yaml}${block.close}${note.slice(block.end)}`;
}

function sameValue(entry: string, key: string, value: YamlValue): boolean {
	try {
		return JSON.stringify(parseFrontmatterYaml(entry)[key]) === JSON.stringify(value);
	} catch {
		return false;
	}
}

/** A key's own lines, and the blank or comment lines after them that belong to no key. */
function splitTrailing(segment: string): { entry: string; trailing: string } {
	const lines = segment.match(/[^\n]*\n|[^\n]+$/g) ?? [];
	let cut = lines.length;
	while (cut > 1 && /^\s*(?:#.*)?\n?$/.test(lines[cut - 1])) cut--;
	const entry = lines.slice(0, cut).join("");
	return { entry: entry.endsWith("\n") ? entry : `${entry}\n`, trailing: lines.slice(cut).join("") };
}
