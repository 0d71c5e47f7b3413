/**
 * Vault paths as the core handles them: relative, forward slashes, NFC, no
 * empty, "." or ".." segment. Anything else is refused rather than repaired,
 * so no input can point a write outside the vault or the target folder.
 */
export class PathError extends Error {
	constructor(
		readonly path: string,
		message: string,
	) {
		super(`${JSON.stringify(path)}: ${message}`);
		this.name = "PathError";
	}
}

/** Normalises separators and Unicode form, then checks the path is safe. */
export function toVaultPath(raw: string): string {
	const path = raw.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "").normalize("NFC");
	if (path === "") throw new PathError(raw, "empty path");
	if (/^[A-Za-z]:/.test(path)) throw new PathError(raw, "drive letters are not vault paths");
	for (const segment of path.split("/")) {
		if (segment === "." || segment === "..") throw new PathError(raw, "path segments '.' and '..' are not allowed");
		if (segment.trim() === "") throw new PathError(raw, "empty path segment");
	}
	if (hasControlCharacter(path)) throw new PathError(raw, "control characters are not allowed");
	return path;
}

function hasControlCharacter(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
	return false;
}

/** Whether `path` lies inside `folder` (or is it). Both must be vault paths. */
export function isInside(path: string, folder: string): boolean {
	return path === folder || path.startsWith(`${folder}/`);
}

export function joinPath(folder: string, name: string): string {
	return folder === "" ? name : `${folder}/${name}`;
}

export function parentFolder(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}
