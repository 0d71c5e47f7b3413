/**
 * Replaces a `paper-table` block in a note with fixed text (its table as
 * Markdown), given the lines the block spans (0-based, fences included).
 * Returns null when those lines are no longer that block, so a note edited
 * since the table was drawn is never rewritten in the wrong place.
 */
export function freezeBlock(note: string, lineStart: number, lineEnd: number, replacement: string): string | null {
	const lines = note.split("\n");
	if (lineStart < 0 || lineEnd >= lines.length || lineEnd <= lineStart) return null;
	const open = /^([ \t]*)(`{3,}|~{3,})[ \t]*paper-table\b/.exec(lines[lineStart]);
	if (!open) return null;
	const fence = open[2];
	const close = lines[lineEnd].replace(/\r$/, "").trim();
	if (!close.startsWith(fence) || close.replace(/[`~]/g, "") !== "") return null;
	// Keep the note's line ends: a CRLF note gets CRLF lines.
	const cr = lines[lineStart].endsWith("\r") ? "\r" : "";
	const body = replacement.replace(/\n+$/, "").split("\n").map((l) => l + cr);
	return [...lines.slice(0, lineStart), ...body, ...lines.slice(lineEnd + 1)].join("\n");
}
