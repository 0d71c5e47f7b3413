/**
 * File-system failures in words. Node's and Electron's messages lead with a
 * code (`EISDIR: illegal operation on a directory, read`) that says little
 * to a user; neither the CLI nor the plugin shows one.
 */
export const REASONS: Record<string, string> = {
	ENOENT: "no such file or folder",
	EISDIR: "is a folder, not a file",
	ENOTDIR: "a part of the path is a file, not a folder",
	EACCES: "permission denied",
	EPERM: "permission denied",
	EEXIST: "something is already there",
	ENOSPC: "no space left on the device",
	EROFS: "the file system is read-only",
	ELOOP: "too many symbolic links in the path",
	ENAMETOOLONG: "the name is too long for the file system",
	EMFILE: "too many files open; try again",
	EBUSY: "the file is in use; try again",
	EINVAL: "the name is not allowed by the file system",
};

/** A message with any leading Node error code (and its syscall tail) put in words. */
export function plainReason(message: string): string {
	return message.replace(/\b(E[A-Z]{2,})(?::\s*[^,]*(?:,\s*\w+(?:\s+'[^']*')*)?)?/g, (whole, code: string) => REASONS[code] ?? whole.replace(/^E[A-Z]+:\s*/, ""));
}
