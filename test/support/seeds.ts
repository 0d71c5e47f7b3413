import { readFileSync } from "node:fs";
import * as path from "node:path";
import { SEEDS_DIR } from "./shared";

/** The real survey documents beside the repository (../shared/seeds), read as bytes. */
export { SEEDS_DIR };
export const REPORT_SEED = "000_d81ae2f4998a77c7.txt";
export const DIGEST_SEED = "001_7cae16ac5b420dc8.txt";

/** Reads a seed; callers run under `describeWithShared("seeds", …)` or `itWithShared("seeds", …)`. */
export function readSeed(name: string): Uint8Array {
	return readFileSync(path.join(SEEDS_DIR, name));
}
