/**
 * Thrown when a document nests deeper than the parser reads (Markdown lists
 * and quotes, or HTML elements): reading on would silently drop everything
 * after the deep part, so the document is refused instead.
 */
export class NestingLimitError extends Error {
	constructor(
		/** 1-based line of the parsed text where reading stopped. */
		readonly line: number,
		/** What was nested too deeply, for the user ("lists or quotes"). */
		readonly what: string,
		/** The limit, in the user's words ("more than 2200 levels"). */
		readonly limit: string,
	) {
		super(`nesting limit reached at line ${line}`);
		this.name = "NestingLimitError";
	}
}
