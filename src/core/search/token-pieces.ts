import { allowedEdits } from "./edit-distance";

/**
 * For each token, pieces such that any match fuse.js accepts holds one of
 * them exactly: fuse.js allows at most ⌊threshold × length⌋ errors, and k
 * errors cannot touch all of k + 1 pieces. Null when a token is too long to
 * reason about (fuse.js splits patterns over 32 characters).
 */
export function tokenPieces(tokens: readonly string[], threshold: number): string[] | null {
	const pieces: string[] = [];
	for (const token of tokens) {
		if (token.length > 32) return null;
		const errors = allowedEdits(token.length, threshold);
		const count = Math.min(errors + 1, token.length);
		for (let p = 0; p < count; p++) pieces.push(token.slice(Math.floor((p * token.length) / count), Math.floor(((p + 1) * token.length) / count)));
	}
	return pieces;
}
