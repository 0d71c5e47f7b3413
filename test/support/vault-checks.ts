import matter from "gray-matter";

const WIKILINK = /(?<!\\)\[\[([^\]|#^]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g;

/** Every wikilink target in a set of notes that does not resolve to a note (by unique name or by path). */
export function unresolvedLinks(files: Record<string, string>): string[] {
	const notes = Object.keys(files).filter((p) => p.endsWith(".md"));
	const byName = new Map<string, string[]>();
	for (const p of notes) {
		const name = (p.split("/").pop() ?? p).slice(0, -3).toLowerCase();
		byName.set(name, [...(byName.get(name) ?? []), p]);
	}
	const paths = new Set(notes.map((p) => p.slice(0, -3).toLowerCase()));
	const bad: string[] = [];
	for (const p of notes) {
		for (const m of linkSources(files[p]).matchAll(WIKILINK)) {
			const target = m[1].trim().toLowerCase();
			const ok = target.includes("/") ? paths.has(target) : (byName.get(target)?.length ?? 0) >= 1;
			if (!ok) bad.push(`${p} → ${m[1]}`);
		}
	}
	return bad;
}

/**
 * The text whose wikilinks are links: the body, and property values that are
 * exactly one wikilink (as the importer writes them). A title that merely
 * contains brackets is text.
 */
function linkSources(text: string): string {
	const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!fm) return text;
	const whole = fm[1].split("\n").map((l) => /^(?:\s*-\s*|[\w-]+:\s*)"?(\[\[[^\]]*\]\])"?\s*$/.exec(l)?.[1] ?? "").join("\n");
	return `${whole}\n${text.slice(fm[0].length)}`;
}

/** Parses every note's frontmatter with gray-matter; returns the notes whose YAML fails. */
export function invalidFrontmatter(files: Record<string, string>): string[] {
	const bad: string[] = [];
	for (const [p, text] of Object.entries(files)) {
		if (!p.endsWith(".md")) continue;
		try {
			matter(text, {});
		} catch (err) {
			bad.push(`${p}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
		}
	}
	return bad;
}

/** The frontmatter of every note under a folder, by path. */
export function frontmatterUnder(files: Record<string, string>, folder: string): Record<string, Record<string, unknown>> {
	const out: Record<string, Record<string, unknown>> = {};
	for (const [p, text] of Object.entries(files)) if (p.startsWith(`${folder}/`) && p.endsWith(".md")) out[p] = matter(text, {}).data;
	return out;
}
