/** A wikilink's parts: `[[target#subpath|display]]`. */
export interface Wikilink {
	target: string;
	subpath?: string;
	display?: string;
}

const WIKILINK = /^\s*\[\[([^\][|#]*)(#[^\][|]*)?(?:\|([^\][]*))?\]\]\s*$/;

/** Parses a value that is exactly one wikilink; anything else gives null. */
export function parseWikilink(value: string): Wikilink | null {
	const m = WIKILINK.exec(value);
	if (!m) return null;
	const target = m[1].trim();
	if (target === "") return null;
	return { target, ...(m[2] ? { subpath: m[2] } : {}), ...(m[3] !== undefined ? { display: m[3] } : {}) };
}

/** The note a link value points to: the target of a wikilink, else the value itself, trimmed. */
export function linkTarget(value: string): string {
	return parseWikilink(value)?.target ?? value.trim();
}

/** Formats a wikilink; the display text is left out when it equals the target. */
export function formatWikilink(target: string, display?: string): string {
	return display !== undefined && display !== target ? `[[${target}|${display}]]` : `[[${target}]]`;
}
