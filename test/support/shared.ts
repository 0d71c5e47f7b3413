// The files beside the repository (../shared) that some tests read: the seed surveys and
// the corpus. A plain clone has none of them, so those tests skip with a message saying
// what is missing; CI sets SURVEY_VAULT_REQUIRE_SHARED=1 and they fail instead of skipping.
import { existsSync } from "node:fs";
import * as path from "node:path";
import { describe, it } from "vitest";

export const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const CORPUS_DIR = path.join(SHARED_DIR, "corpus");

/** What a test can need from ../shared. */
export type SharedPart = "seeds" | "corpus";

const DIRS: Record<SharedPart, string> = { seeds: SEEDS_DIR, corpus: CORPUS_DIR };

/** True when SURVEY_VAULT_REQUIRE_SHARED=1: a missing ../shared is then a failure, not a skip. */
export const SHARED_REQUIRED = process.env.SURVEY_VAULT_REQUIRE_SHARED === "1";

/** Whether ../shared/<part> is there to read. */
export function hasShared(part: SharedPart): boolean {
	return existsSync(DIRS[part]);
}

/** What a test needing `dir` does: run when it exists, else fail when required, else skip. */
export function sharedMode(dir: string, required: boolean): "run" | "skip" | "fail" {
	if (existsSync(dir)) return "run";
	return required ? "fail" : "skip";
}

/** The sentence a skipped or failed test gives for a missing part. */
export function missingSharedMessage(part: SharedPart, what: string): string {
	return SHARED_REQUIRED
		? `${what} needs ${DIRS[part]}, which is absent, and SURVEY_VAULT_REQUIRE_SHARED=1 makes it required`
		: `skipping ${what}: ${DIRS[part]} is absent (set SURVEY_VAULT_REQUIRE_SHARED=1 to make it required)`;
}

const warned = new Set<string>();

function warnSkipped(part: SharedPart, what: string): void {
	const message = missingSharedMessage(part, what);
	if (warned.has(message)) return;
	warned.add(message);
	console.warn(message);
}

/**
 * `describe` for a suite that reads ../shared/<part>. When the part is absent the body is
 * never run (it may read the files while collecting), and the suite either shows as one
 * skipped test with a console message or, when required, as one failing test.
 */
export function describeWithShared(part: SharedPart, name: string, body: () => void): void {
	const mode = sharedMode(DIRS[part], SHARED_REQUIRED);
	if (mode === "run") {
		describe(name, body);
		return;
	}
	if (mode === "fail") {
		describe(name, () => {
			it(`needs ../shared/${part}`, () => {
				throw new Error(missingSharedMessage(part, `"${name}"`));
			});
		});
		return;
	}
	warnSkipped(part, `"${name}"`);
	describe.skip(name, () => {
		it(`needs ../shared/${part}`, () => undefined);
	});
}

/** `it` for one test that reads ../shared/<part>; skipped or failing as `describeWithShared`. */
export function itWithShared(part: SharedPart, name: string, fn: () => unknown, timeout?: number): void {
	const mode = sharedMode(DIRS[part], SHARED_REQUIRED);
	if (mode === "run") {
		it(name, fn, timeout);
		return;
	}
	if (mode === "fail") {
		it(name, () => {
			throw new Error(missingSharedMessage(part, `"${name}"`));
		});
		return;
	}
	warnSkipped(part, `"${name}"`);
	it.skip(name, () => undefined);
}
