/**
 * FNV-1a over UTF-16 code units, 32 bits. One hash for the whole core: the
 * importer's stored state (what it last wrote, per property and region) and the
 * search index's token table both use it, so a change of hash is made once.
 * It is not cryptographic: it tells "probably unchanged" apart from "changed".
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of `text.slice(start, end)`, as an unsigned 32-bit integer. */
export function fnv1a(text: string, start = 0, end = text.length): number {
	let h = FNV_OFFSET;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
	return h >>> 0;
}
