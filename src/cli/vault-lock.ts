import { promises as fs } from "node:fs";
import * as path from "node:path";
import { IMPORT_LOCK_FILE as LOCK_FILE, lockBusyMessage, parseLockOwner as parseOwner, type LockOwner } from "../core/store/note-store";
import { isRunning } from "./fs-store";
import { CliFailure } from "./io";

export { LOCK_FILE };

/**
 * Takes the vault's import lock, so that two imports never interleave their
 * reads and writes (one's check that a note is unchanged and its write would
 * otherwise not be one step). A second import refuses with a clear message;
 * a lock left by an import that was killed is taken over. Resolves to the
 * function that releases it.
 */
export async function lockVault(vault: string): Promise<() => Promise<void>> {
	const lock = path.join(vault, LOCK_FILE);
	const mine: LockOwner = { pid: process.pid, started: new Date().toISOString() };
	for (let attempt = 0; attempt < 3; attempt++) {
		if (await tryCreate(lock, JSON.stringify(mine))) {
			await removeLeftovers(vault);
			return () => release(lock, mine);
		}
		const held = await fs.readFile(lock, "utf8").catch(() => null);
		if (held === null) continue; // released meanwhile
		const owner = parseOwner(held);
		if (owner && isRunning(owner.pid)) throw busy(owner);
		if (!(await takeOver(lock, held))) continue;
	}
	const owner = parseOwner((await fs.readFile(lock, "utf8").catch(() => "")) ?? "");
	throw owner ? busy(owner) : new CliFailure(`could not take the import lock ${LOCK_FILE} in the vault; run the import again`);
}

/** Creates the lock whole or not at all: written beside it, then linked into place (link fails if it exists). */
async function tryCreate(lock: string, content: string): Promise<boolean> {
	const tmp = `${lock}.${process.pid}.tmp`;
	try {
		await fs.writeFile(tmp, content, { flag: "w" });
	} catch (err) {
		const code = (err as { code?: string }).code;
		const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : err instanceof Error ? err.message : String(err);
		throw new CliFailure(`cannot write the import lock ${LOCK_FILE} in the vault folder: ${why}`);
	}
	try {
		await fs.link(tmp, lock);
		return true;
	} catch (err) {
		if ((err as { code?: string }).code === "EEXIST") return false;
		throw err;
	} finally {
		await fs.rm(tmp, { force: true });
	}
}

/**
 * Moves a dead import's lock aside and deletes it. If the file moved turns
 * out to be a live lock another import took meanwhile, it is put back.
 */
async function takeOver(lock: string, stale: string): Promise<boolean> {
	const aside = `${lock}.${process.pid}.stale`;
	try {
		await fs.rename(lock, aside);
	} catch {
		return false;
	}
	const moved = await fs.readFile(aside, "utf8").catch(() => stale);
	if (moved !== stale) await fs.link(aside, lock).catch(() => undefined);
	await fs.rm(aside, { force: true });
	return moved === stale;
}

/** The lock's own temporary files that a killed import left behind. */
async function removeLeftovers(vault: string): Promise<void> {
	const pattern = new RegExp(`^${LOCK_FILE.replace(/\./g, "\\.")}\\.(\\d+)\\.(?:tmp|stale)$`);
	for (const name of await fs.readdir(vault).catch(() => [])) {
		const m = pattern.exec(name);
		if (m && !isRunning(Number(m[1]))) await fs.rm(path.join(vault, name), { force: true });
	}
}

async function release(lock: string, mine: LockOwner): Promise<void> {
	const held = await fs.readFile(lock, "utf8").catch(() => null);
	if (held !== null && parseOwner(held)?.pid === mine.pid) await fs.rm(lock, { force: true });
}

function busy(owner: LockOwner): CliFailure {
	return new CliFailure(lockBusyMessage(owner));
}
