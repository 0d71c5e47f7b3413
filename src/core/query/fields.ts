import type { FrontmatterValue } from "../markdown/frontmatter";
import type { PaperRecord } from "../papers/paper-record";
import { EMPTY, toCell, type Cell, type ScalarCell } from "./cell";

/** Reads one key of a paper as a cell. */
export type FieldReader = (record: PaperRecord) => Cell;

/** The link to a paper's own note: its path without ".md", shown as `display`. */
export function noteLink(record: PaperRecord, display: string): ScalarCell {
	return { kind: "link", target: record.path.replace(/\.md$/i, ""), display };
}

const textList = (items: string[]): Cell => (items.length === 0 ? EMPTY : { kind: "list", items: items.map((value) => ({ kind: "text", value })) });

/**
 * Keys that are not plain properties: `title` (falling back to the file
 * name) links to the note, as does `file`; `path` and `folder` locate it;
 * `authors` also reads a single `author`; `tags` are compared without "#".
 */
const DERIVED: Record<string, FieldReader> = {
	title: (r) => noteLink(r, r.title),
	file: (r) => noteLink(r, r.basename),
	path: (r) => ({ kind: "text", value: r.path }),
	folder: (r) => {
		const slash = r.path.lastIndexOf("/");
		return slash < 0 ? EMPTY : { kind: "text", value: r.path.slice(0, slash) };
	},
	authors: (r) => textList(r.authors),
	tags: (r) => textList(r.tags),
};

/**
 * A reader for a key: one of the derived keys, else the property of that
 * name (matched exactly, then ignoring case, as Obsidian treats property
 * names), else a dotted path into a nested property.
 */
export function fieldReader(key: string): FieldReader {
	const derived = DERIVED[key.toLowerCase()];
	if (derived) return derived;
	const lower = key.toLowerCase();
	const path = key.includes(".") ? key.split(".") : null;
	return (record) => {
		const props = record.properties;
		let value: FrontmatterValue | undefined = props[key];
		if (value === undefined) {
			for (const k in props) {
				if (k.toLowerCase() === lower) {
					value = props[k];
					break;
				}
			}
		}
		if (value === undefined && path) value = descend(props, path);
		return toCell(value);
	};
}

function descend(value: FrontmatterValue | undefined, path: string[]): FrontmatterValue | undefined {
	let current = value;
	for (const part of path) {
		if (current === null || current === undefined || typeof current !== "object" || Array.isArray(current)) return undefined;
		current = current[part];
	}
	return current;
}

/** Whether a key is compared without a leading "#" (tags are stored without it). */
export function isTagKey(key: string): boolean {
	return key.toLowerCase() === "tags";
}
