/**
 * Generated text sits between Obsidian comment markers, one region per
 * purpose (`survey:<id>` for what one survey says, `table`, `survey`):
 *
 *   %% survey-vault:begin survey:multimodal-2025-12-30 %%
 *   …generated…
 *   %% survey-vault:end survey:multimodal-2025-12-30 %%
 *
 * Re-import rewrites only the regions it generates; everything outside them,
 * and other surveys' regions, stays as the user left it. Obsidian hides
 * `%% … %%` comments in reading view.
 */
const MARKER = /^%% survey-vault:(begin|end) ([\w:.-]+) %%[ \t]*$/gm;
const STATE = /^%% survey-vault:state (\{.*\}) %%[ \t]*$/m;

export interface Region {
	id: string;
	/** Offsets of the begin marker's first character and just past the end marker's line. */
	start: number;
	end: number;
	/** The text between the markers. */
	content: string;
}

export function beginMarker(id: string): string {
	return `%% survey-vault:begin ${id} %%`;
}

export function endMarker(id: string): string {
	return `%% survey-vault:end ${id} %%`;
}

/** A marker without its partner: the region it opens or closes cannot be told apart from the user's text. */
export interface RegionProblem {
	id: string;
	/** 1-based line of the marker in the text scanned. */
	line: number;
	problem: "begin without end" | "end without begin";
}

/**
 * The regions of a body, in order, and the markers that pair with nothing.
 * A begin is closed only by the next marker of the same id; a second begin
 * before it (as when an end line was deleted and a region appended) leaves
 * the first one unbalanced, so text between them is never taken as generated.
 */
export function scanRegions(body: string): { regions: Region[]; problems: RegionProblem[] } {
	const regions: Region[] = [];
	const problems: RegionProblem[] = [];
	const lineOf = (at: number): number => body.slice(0, at).split("\n").length;
	let open: { id: string; start: number; contentStart: number } | null = null;
	for (const m of body.matchAll(MARKER)) {
		const at = m.index ?? 0;
		if (m[1] === "begin") {
			if (open) problems.push({ id: open.id, line: lineOf(open.start), problem: "begin without end" });
			open = { id: m[2], start: at, contentStart: at + m[0].length + 1 };
		} else if (open && m[2] === open.id) {
			const lineEnd = body.indexOf("\n", at);
			const end = lineEnd < 0 ? body.length : lineEnd + 1;
			regions.push({ id: open.id, start: open.start, end, content: body.slice(Math.min(open.contentStart, at), at) });
			open = null;
		} else {
			problems.push({ id: m[2], line: lineOf(at), problem: "end without begin" });
		}
	}
	if (open) problems.push({ id: open.id, line: lineOf(open.start), problem: "begin without end" });
	return { regions, problems };
}

/** The well-formed regions of a body, in order. A begin without its end is not a region. */
export function findRegions(body: string): Region[] {
	return scanRegions(body).regions;
}

/** The text a region holds once rendered: what its begin and end markers enclose. */
export function regionText(content: string): string {
	return content.endsWith("\n") ? content : `${content}\n`;
}

export function renderRegion(id: string, content: string): string {
	return `${beginMarker(id)}\n${regionText(content)}${endMarker(id)}\n`;
}

/**
 * Makes generated text safe to place inside a region: comment markers, line
 * starts that would become headings, and wikilink brackets are escaped, so
 * text from a survey can never end a region early, forge one, or add links.
 */
export function neutralise(text: string): string {
	return text
		.replace(/%%/g, "%\u200b%")
		.replace(/^(\s*)(#{1,6}\s)/gm, "$1\\$2")
		.replace(/\[\[/g, "\\[\\[")
		.replace(/\]\]/g, "\\]\\]");
}

/** Sort rank of a region kind: per-survey text first, then the table, then anything else. */
function rank(id: string): number {
	if (id.startsWith("survey:") || id === "survey") return 0;
	if (id === "table") return 1;
	return 2;
}

/**
 * Writes the desired regions into a body: an existing region is replaced in
 * place; a new one goes after the last region of its kind (before the table
 * of a direction note), or at the end. Regions not desired are left alone.
 */
export function upsertRegions(body: string, desired: ReadonlyArray<{ id: string; content: string }>): string {
	let out = body;
	for (const { id, content } of desired) {
		const rendered = renderRegion(id, content);
		const regions = findRegions(out);
		const existing = regions.find((r) => r.id === id);
		if (existing) {
			out = out.slice(0, existing.start) + rendered + out.slice(existing.end);
			continue;
		}
		const before = regions.filter((r) => rank(r.id) <= rank(id));
		const after = regions.find((r) => rank(r.id) > rank(id));
		if (before.length > 0) {
			const at = before[before.length - 1].end;
			out = `${out.slice(0, at)}\n${rendered}${out.slice(at)}`;
		} else if (after) {
			out = `${out.slice(0, after.start)}${rendered}\n${out.slice(after.start)}`;
		} else {
			const sep = out === "" || out.endsWith("\n\n") ? "" : out.endsWith("\n") ? "\n" : "\n\n";
			out = `${out}${sep}${rendered}`;
		}
	}
	return out;
}

/** What the plugin last wrote into the note's owned properties, kept in a hidden comment. */
export function readState(body: string): Record<string, unknown> | null {
	const m = STATE.exec(body);
	if (!m) return null;
	try {
		const value: unknown = JSON.parse(m[1]);
		return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/** Replaces (or appends) the state comment. "%" is escaped so values can never close the comment. */
export function writeState(body: string, state: Record<string, unknown>): string {
	const line = `%% survey-vault:state ${JSON.stringify(state).replace(/%/g, "\\u0025")} %%`;
	if (STATE.test(body)) return body.replace(STATE, () => line);
	const sep = body === "" || body.endsWith("\n\n") ? "" : body.endsWith("\n") ? "\n" : "\n\n";
	return `${body}${sep}${line}\n`;
}
