import { findFrontmatter, parseNoteFrontmatter, type FrontmatterValue } from "../markdown/frontmatter";
import { editFrontmatter } from "./frontmatter-edit";
import { readState, regionText, renderRegion, scanRegions, upsertRegions, writeState } from "./regions";
import { yamlEntry, type YamlScalar, type YamlValue } from "./yaml-writer";
import { fnv1a } from "../text/fnv-hash";

/** What the importer wants a note to say: its owned properties and generated regions. */
export interface NoteSpec {
	/** Owned properties in the order a new note lists them. Lists are merged by union. */
	properties: Array<[string, YamlValue]>;
	/** Properties written only when the note is created (e.g. the first import date). */
	createOnly?: ReadonlySet<string>;
	/** Generated regions, in the order a new note shows them. */
	regions: Array<{ id: string; content: string }>;
}

/**
 * What the plugin last imported into a note, kept in a hidden comment as short
 * hashes: h = scalar properties, l = list items, u = properties the user has
 * since changed (never touched again), r = the text of each generated region.
 */
interface ImportState {
	v: 1;
	h: Record<string, string>;
	l: Record<string, string[]>;
	u: string[];
	r?: Record<string, string>;
}

export interface MergeOptions {
	/** Replace generated regions the user edited too (by default they are kept as the user left them). */
	overwriteEdited?: boolean;
}

/** A merged note, and the generated regions in it kept because the user changed or removed them. */
export interface MergeResult {
	text: string;
	keptEdits: string[];
}

/** A note the importer must not rewrite: markers that pair with nothing. */
export class RegionError extends Error {
	constructor(
		message: string,
		/** 1-based line in the note of the first unpaired marker. */
		readonly line: number,
	) {
		super(message);
		this.name = "RegionError";
	}
}

/** The text of a new note for a spec. */
export function renderNewNote(spec: NoteSpec): string {
	const yaml = spec.properties.filter(([, v]) => !isEmpty(v)).map(([k, v]) => yamlEntry(k, v)).join("");
	const body = spec.regions.map((r) => renderRegion(r.id, r.content)).join("\n");
	const state = stateFor(spec, null, new Set(), new Set());
	return writeState(`---\n${yaml}---\n${body}`, state as unknown as Record<string, unknown>);
}

/**
 * Merges a spec into an existing note. Keys the plugin does not own, text
 * outside its regions and other surveys' regions stay byte for byte; list
 * properties gain new items (never ones the user removed); a scalar the user
 * changed since the last import keeps the user's value; a region whose text
 * the user changed or removed since the last import is kept as the user left
 * it, unless `overwriteEdited`. Throws FrontmatterError if the note's
 * frontmatter is not valid YAML and RegionError if a marker pairs with
 * nothing, so such a note is never rewritten.
 */
export function mergeIntoNote(existing: string, spec: NoteSpec, options: MergeOptions = {}): MergeResult {
	const current = parseNoteFrontmatter(existing);
	const block = findFrontmatter(existing);
	const body = block ? existing.slice(block.end) : existing;
	const { regions, problems } = scanRegions(body);
	if (problems.length > 0) {
		const first = problems[0];
		const line = first.line + (block ? block.lineCount : 0);
		const which = first.problem === "begin without end" ? "has no end marker" : "has no begin marker";
		throw new RegionError(`the generated region ${first.id} (line ${line}) ${which}, so its text cannot be told from yours; restore the marker line or remove the other one`, line);
	}
	const state = parseState(readState(body));
	const userOwned = new Set(state?.u ?? []);
	const changes: Array<[string, YamlValue]> = [];
	for (const [key, value] of spec.properties) {
		const cur = current[key];
		if (Array.isArray(value)) {
			const have = listOf(cur);
			const removedByUser = new Set(state?.l[key] ?? []);
			const added = value.filter((x) => !have.some((h) => sameScalar(h, x)) && !removedByUser.has(hash(x)));
			if (added.length > 0) changes.push([key, [...have, ...added]]);
			continue;
		}
		if (userOwned.has(key) || (spec.createOnly?.has(key) ?? false)) continue;
		const last = state?.h[key];
		const untouched = cur === undefined ? last === undefined : last !== undefined && hash(cur) === last;
		if (last !== undefined && !untouched) {
			userOwned.add(key);
			continue;
		}
		if (cur !== undefined && last === undefined) continue; // a value the plugin never wrote
		if (cur === undefined || hash(cur) !== hash(value)) changes.push([key, value]);
	}
	const kept = new Set<string>();
	for (const { id } of spec.regions) {
		const written = state?.r?.[id];
		if (written === undefined || options.overwriteEdited) continue;
		const found = regions.find((r) => r.id === id);
		// Changed, or removed with both its markers: either way the user's doing.
		if (!found || hash(found.content) !== written) kept.add(id);
	}
	const text = changes.length > 0 ? editFrontmatter(existing, changes) : existing;
	const newBlock = findFrontmatter(text);
	const head = newBlock ? text.slice(0, newBlock.end) : "";
	let newBody = upsertRegions(
		newBlock ? text.slice(newBlock.end) : text,
		spec.regions.filter((r) => !kept.has(r.id)),
	);
	const nextState = stateFor(spec, state, userOwned, kept);
	if (!state || JSON.stringify(state) !== JSON.stringify(nextState)) newBody = writeState(newBody, nextState as unknown as Record<string, unknown>);
	return { text: head + newBody, keptEdits: spec.regions.map((r) => r.id).filter((id) => kept.has(id)) };
}

function stateFor(spec: NoteSpec, previous: ImportState | null, userOwned: Set<string>, keptRegions: Set<string>): ImportState {
	// What other surveys wrote stays on record, so importing them in turn never flips the state back and forth.
	const h: Record<string, string> = { ...(previous?.h ?? {}) };
	const l: Record<string, string[]> = { ...(previous?.l ?? {}) };
	for (const [key, value] of spec.properties) {
		if (Array.isArray(value)) {
			l[key] = [...new Set([...(previous?.l[key] ?? []), ...value.map(hash)])];
		} else if (previous && spec.createOnly?.has(key)) {
			if (previous.h[key] !== undefined) h[key] = previous.h[key];
		} else if (!isEmpty(value)) {
			h[key] = hash(value);
		} else if (previous?.h[key] !== undefined) {
			h[key] = previous.h[key];
		}
	}
	// Other surveys' regions keep their record; a kept region keeps the hash of what was last written.
	const r: Record<string, string> = { ...(previous?.r ?? {}) };
	for (const { id, content } of spec.regions) if (!keptRegions.has(id)) r[id] = hash(regionText(content));
	return { v: 1, h, l, u: [...userOwned].sort(), r };
}

function parseState(raw: Record<string, unknown> | null): ImportState | null {
	if (!raw || raw.v !== 1) return null;
	const h = raw.h && typeof raw.h === "object" ? (raw.h as Record<string, string>) : {};
	const l = raw.l && typeof raw.l === "object" ? (raw.l as Record<string, string[]>) : {};
	const u = Array.isArray(raw.u) ? raw.u.filter((x): x is string => typeof x === "string") : [];
	const r = raw.r && typeof raw.r === "object" ? (raw.r as Record<string, string>) : undefined;
	return { v: 1, h, l, u, ...(r ? { r } : {}) };
}

function listOf(v: FrontmatterValue | undefined): YamlScalar[] {
	if (v === undefined || v === null) return [];
	const items = Array.isArray(v) ? v : [v];
	return items.filter((x): x is YamlScalar => typeof x === "string" || typeof x === "number" || typeof x === "boolean");
}

function sameScalar(a: YamlScalar, b: YamlScalar): boolean {
	return String(a).normalize("NFC") === String(b).normalize("NFC");
}

function isEmpty(v: YamlValue): boolean {
	return (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/** A short stable hash (FNV-1a, 32 bits) of a value's JSON form. */
export function hash(value: FrontmatterValue | YamlValue): string {
	const s = JSON.stringify(typeof value === "string" ? value.normalize("NFC") : value);
	return fnv1a(s).toString(36);
}
