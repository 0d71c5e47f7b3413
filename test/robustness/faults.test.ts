import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseNoteFrontmatter } from "../../src/core/markdown/frontmatter";
import { LOCK_FILE } from "../../src/cli/vault-lock";
import { buildCliBundle } from "../support/build";
import { digestSurvey } from "../support/survey-builder";
import { useTempDirs } from "../support/temp-dirs";

/**
 * Fault tests against the built CLI in child processes: SIGKILL at random
 * points of an import, and two imports into one vault at once. The size of
 * the survey and the number of kills grow with SURVEY_VAULT_FAULTS=full
 * (2,000 papers, as CI runs it); the default keeps `npm test` quick.
 */
const FULL = process.env.SURVEY_VAULT_FAULTS === "full";
const PAPERS = FULL ? 2000 : 150;
const KILLS = FULL ? 6 : 4;

const temp = useTempDirs("survey-vault-faults");
let cli = "";

beforeAll(() => {
	cli = buildCliBundle();
}, 120_000);

const WORDS = ["Sparse", "Dense", "Routing", "Graph", "Kernel", "Latent", "Spectral", "Causal", "Robust", "Federated", "Neural", "Quantum"];

function survey(count: number, offset = 0, title = "Fault digest"): string {
	const papers = Array.from({ length: count }, (_, k) => {
		const i = k + offset;
		return { title: `${WORDS[i % 12]} ${WORDS[(i * 7) % 11]} Study ${i}`, arxiv: `24${String(1 + (i % 12)).padStart(2, "0")}.${String(10000 + i)}` };
	});
	return digestSurvey(papers, { title });
}

interface Run {
	code: number | null;
	signal: string | null;
	stdout: string;
	stderr: string;
}

/** Runs the CLI in a child process; `killWhen` is polled and SIGKILLs it once true. */
function runCli(args: string[], cwd: string, killWhen?: () => boolean): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		const timer = killWhen
			? setInterval(() => {
					if (killWhen()) child.kill("SIGKILL");
				}, 3)
			: null;
		child.on("error", reject);
		child.on("close", (code, signal) => {
			if (timer) clearInterval(timer);
			resolve({ code, signal, stdout, stderr });
		});
	});
}

/** Every file under a folder, hidden ones included, with its text. */
function tree(root: string, dir = ""): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
		const rel = dir ? `${dir}/${e.name}` : e.name;
		if (e.isDirectory()) Object.assign(out, tree(root, rel));
		else out[rel] = readFileSync(path.join(root, rel), "utf8");
	}
	return out;
}

function countNotes(root: string): number {
	const dir = path.join(root, "Research/Papers");
	return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".md")).length : 0;
}

async function until(done: () => boolean): Promise<void> {
	while (!done()) await new Promise((r) => setTimeout(r, 2));
}

/** A seeded random source, so a failing trial can be run again. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
		return s / 2 ** 32;
	};
}

describe("faults", () => {
	it(`a SIGKILL at any point of an import of ${PAPERS} papers leaves only whole notes, and a rerun gives the clean import's vault`, async () => {
		const text = survey(PAPERS);
		const clean = temp();
		writeFileSync(path.join(clean, "s.md"), text);
		expect((await runCli(["import", "s.md", "--vault", "."], clean)).code).toBe(0);
		const expected = tree(clean);
		const notes = Object.keys(expected).filter((p) => p.endsWith(".md") && p !== "s.md");
		expect(notes.length).toBe(PAPERS + 3);

		const seed = Number(process.env.SURVEY_VAULT_FAULT_SEED ?? Date.now() % 100_000);
		const next = random(seed);
		const killedAt: number[] = [];
		for (let trial = 0; trial < KILLS; trial++) {
			const vault = temp();
			writeFileSync(path.join(vault, "s.md"), text);
			// Kill once a random share of the paper notes is written (0: still parsing or planning).
			const target = Math.floor(next() * PAPERS * (FULL ? 0.95 : 0.8));
			const killed = await runCli(["import", "s.md", "--vault", "."], vault, () => countNotes(vault) >= target);
			expect(killed.signal, `trial ${trial} (seed ${seed}): the import ended before the kill`).toBe("SIGKILL");
			killedAt.push(countNotes(vault));
			for (const [p, content] of Object.entries(tree(vault))) {
				if (!p.endsWith(".md")) continue;
				// Each note there is whole: exactly the text a clean import writes.
				expect(content, `trial ${trial} (seed ${seed}): ${p}`).toBe(expected[p]);
				expect(() => parseNoteFrontmatter(content)).not.toThrow();
			}
			const rerun = await runCli(["import", "s.md", "--vault", "."], vault);
			expect(rerun.code, rerun.stderr).toBe(0);
			expect(tree(vault), `trial ${trial} (seed ${seed}), killed after ${killedAt.at(-1)} notes`).toEqual(expected);
			// Thousands of notes per vault: removed now rather than all at once after the test.
			rmSync(vault, { recursive: true, force: true });
		}
		expect(killedAt.length).toBe(KILLS);
		if (FULL) console.info(`killed ${KILLS} imports of ${PAPERS} papers (seed ${seed}) after ${killedAt.join(", ")} paper notes; each rerun gave the clean vault`);
		rmSync(clean, { recursive: true, force: true });
	}, FULL ? 1_800_000 : 240_000);

	it("two imports into one vault at once: no duplicate, no corrupt note, no write lost or reported falsely", async () => {
		for (let trial = 0; trial < (FULL ? 6 : 2); trial++) {
			const vault = temp();
			// Two surveys sharing half their papers, so both want to write the same notes.
			writeFileSync(path.join(vault, "a.md"), survey(300, 0, "Solar Fault Review"));
			writeFileSync(path.join(vault, "b.md"), survey(300, 150, "Lunar Fault Review"));
			// The second starts at once, or while the first is writing its notes.
			const first = runCli(["import", "a.md", "--vault", ".", "--json"], vault);
			if (trial % 2 === 1) await until(() => countNotes(vault) >= 20);
			const [a, b] = await Promise.all([first, runCli(["import", "b.md", "--vault", ".", "--json"], vault)]);
			for (const r of [a, b]) {
				if (r.code !== 0) expect(r.stderr).toMatch(/another import is running in this vault \(process \d+, since .*\); wait for it to finish/);
			}
			expect([a.code, b.code]).toContain(0);
			expect(existsSync(path.join(vault, LOCK_FILE))).toBe(false);

			const files = tree(vault);
			const arxivs = new Map<string, string[]>();
			for (const [p, content] of Object.entries(files)) {
				expect(p, "no temporary file is left").not.toMatch(/\.tmp$/);
				if (!p.startsWith("Research/Papers/")) continue;
				const id = JSON.stringify(parseNoteFrontmatter(content).arxiv);
				arxivs.set(id, [...(arxivs.get(id) ?? []), p]);
			}
			expect([...arxivs.values()].filter((paths) => paths.length > 1)).toEqual([]);

			// What each successful import reported is still on disk: importing it again changes nothing.
			for (const [file, r] of [["a.md", a], ["b.md", b]] as const) {
				if (r.code !== 0) continue;
				const reported = JSON.parse(r.stdout) as { created: string[]; updated: string[] };
				for (const p of [...reported.created, ...reported.updated]) expect(files[p], p).toBeDefined();
				const check = await runCli(["import", file, "--vault", ".", "--dry-run", "--json"], vault);
				expect(JSON.parse(check.stdout)).toMatchObject({ created: [], updated: [] });
			}
		}
	}, 240_000);

	it("a vault already being imported into is refused with a clear message; a dead import's lock is taken over", async () => {
		const vault = temp();
		writeFileSync(path.join(vault, "s.md"), survey(3));
		// A live process holds the lock: this test's own.
		writeFileSync(path.join(vault, LOCK_FILE), JSON.stringify({ pid: process.pid, started: "2026-12-01T10:00:00.000Z" }));
		const refused = await runCli(["import", "s.md", "--vault", "."], vault);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe(`survey-vault: another import is running in this vault (process ${process.pid}, since 2026-12-01T10:00:00.000Z); wait for it to finish. If none is running, delete ${LOCK_FILE} in the vault folder; see 'survey-vault import --help'\n`);
		expect(countNotes(vault)).toBe(0);

		// The lock of a process that has exited, and a temporary note it left.
		const dead = await new Promise<number>((resolve) => {
			const child = spawn(process.execPath, ["-e", ""]);
			child.on("close", () => resolve(child.pid ?? 0));
		});
		writeFileSync(path.join(vault, LOCK_FILE), JSON.stringify({ pid: dead, started: "2026-12-01T10:00:00.000Z" }));
		cpSync(path.join(vault, "s.md"), path.join(vault, `.Stray.md.${dead}.tmp`));
		const taken = await runCli(["import", "s.md", "--vault", "."], vault);
		expect(taken.code, taken.stderr).toBe(0);
		expect(taken.stderr).toContain(`removed 1 temporary file an interrupted import left (.Stray.md.${dead}.tmp)`);
		expect(countNotes(vault)).toBe(3);
		expect(readdirSync(vault).sort()).toEqual(["Research", "s.md"]);
	}, 120_000);
});
