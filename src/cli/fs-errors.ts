import { plainReason, REASONS } from "../core/store/fs-reason";

export { plainReason };

/** Why a file-system call failed, in words; `missing` overrides the ENOENT wording. */
export function fsErrorReason(err: unknown, missing = REASONS.ENOENT): string {
	const code = (err as { code?: unknown } | null)?.code;
	if (code === "ENOENT") return missing;
	if (typeof code === "string" && code in REASONS) return REASONS[code];
	return plainReason(err instanceof Error ? err.message : String(err));
}
