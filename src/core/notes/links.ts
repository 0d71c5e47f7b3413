/**
 * Wikilinks the importer writes. The target is a note's name, or its path
 * without ".md" when another note shares the name, so every link resolves to
 * the intended note; display text is cleaned of characters that would end
 * the link early.
 */
export function wikilink(target: string, display?: string): string {
	const shown = display === undefined ? undefined : display.replace(/\|/g, "/").replace(/\[/g, "(").replace(/\]/g, ")").replace(/\s+/g, " ").trim();
	return shown === undefined || shown === target || shown === "" ? `[[${target}]]` : `[[${target}|${shown}]]`;
}

/** The link target of a note path: its name when that is unique in the vault, else its path. */
export function linkTargetFor(path: string, nameCounts: ReadonlyMap<string, number>): string {
	const withoutExt = path.replace(/\.md$/i, "");
	const name = withoutExt.split("/").pop() ?? withoutExt;
	return (nameCounts.get(name.toLowerCase()) ?? 0) > 1 ? withoutExt : name;
}

/** The properties whose values the importer writes as links. */
const LINK_KEYS: ReadonlySet<string> = new Set(["directions", "trends", "surveys"]);

/**
 * Property values as Obsidian should read them: it takes a `[[…]]` anywhere
 * in a property's text for a link, so a title such as "Parsing [[Links]]"
 * would link to a note "Links" that does not exist. The link properties the
 * importer writes stay links; in every other value the doubled brackets
 * become single ones, even when the whole value looks like a link.
 */
export function unlinkedProperties<V>(properties: Array<[string, V]>): Array<[string, V]> {
	const unlink = (v: unknown): unknown => (typeof v === "string" ? v.replace(/\[{2,}/g, "[").replace(/\]{2,}/g, "]") : v);
	return properties.map(([key, value]) => (LINK_KEYS.has(key) ? [key, value] : [key, (Array.isArray(value) ? value.map(unlink) : unlink(value)) as V]));
}
