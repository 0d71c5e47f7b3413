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
