import { writeFileSync, mkdirSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** One measured figure, as printed and as written to bench/results.json. */
export interface BenchFigure {
	/** What was measured, e.g. "search.keystroke". */
	name: string;
	/** Corpus size it was measured at (papers or rows); 0 where it does not apply. */
	size: number;
	p50: number;
	p95: number;
	unit: "ms" | "MB" | "ratio" | "share";
	/** Which of p50/p95 the target applies to, the bound, and whether lower or higher is better. */
	target?: { stat: "p50" | "p95"; max?: number; min?: number };
	met?: boolean;
	note?: string;
}

export interface BenchOptions {
	quick: boolean;
	sizes: number[];
}

/** A benchmark section: search, import, table. */
export interface BenchSection {
	name: string;
	run(options: BenchOptions): Promise<BenchFigure[]>;
}

export function percentile(samples: number[], p: number): number {
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

/** A figure from timing samples (ms), with its target checked. */
export function figure(name: string, size: number, samples: number[], unit: BenchFigure["unit"], target?: BenchFigure["target"], note?: string): BenchFigure {
	const f: BenchFigure = { name, size, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), unit, ...(note ? { note } : {}) };
	if (target) {
		const value = f[target.stat];
		f.target = target;
		f.met = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
	}
	return f;
}

/** Times fn once, in milliseconds. */
export async function time(fn: () => unknown): Promise<number> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

export function timeSync(fn: () => unknown): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

/** Retained heap in MB after a full collection (needs --expose-gc). */
export function heapUsedMb(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	gc?.();
	// Typed arrays keep their contents outside the JavaScript heap: they count too.
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return (heapUsed + arrayBuffers) / (1024 * 1024);
}

function round(n: number): number {
	return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n;
}

export function printFigures(figures: BenchFigure[]): void {
	const rows = figures.map((f) => [
		f.name,
		String(f.size || ""),
		fmt(f.p50),
		fmt(f.p95),
		f.unit,
		f.target ? `${f.target.stat} ${f.target.max !== undefined ? `≤ ${f.target.max}` : `≥ ${f.target.min}`}` : "",
		f.met === undefined ? "" : f.met ? "met" : "MISSED",
		f.note ?? "",
	]);
	const header = ["figure", "size", "p50", "p95", "unit", "target", "", "note"];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
	console.log(line(header));
	console.log(widths.map((w) => "-".repeat(w)).join("  "));
	for (const r of rows) console.log(line(r));
}

function fmt(n: number): string {
	if (!Number.isFinite(n)) return "-";
	return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3);
}

export function writeResults(file: string, figures: BenchFigure[], quick: boolean): void {
	const cpus = os.cpus();
	const results = {
		date: new Date().toISOString(),
		node: process.version,
		machine: { platform: `${os.platform()} ${os.release()}`, arch: os.arch(), cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, memoryGb: Math.round(os.totalmem() / 2 ** 30) },
		quick,
		figures,
	};
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
}

/** A small seeded PRNG (mulberry32), so every run generates the same corpus. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
