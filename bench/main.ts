import * as path from "node:path";
import { printFigures, writeResults, type BenchFigure, type BenchSection } from "./lib";
import { SECTIONS } from "./sections";

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	const quick = argv.includes("--quick");
	const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length) ?? (argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined);
	const only = onlyArg ? new Set(onlyArg.split(",")) : null;
	const sizesArg = argv.find((a) => a.startsWith("--sizes="))?.slice("--sizes=".length);
	const sizes = sizesArg ? sizesArg.split(",").map(Number) : quick ? [1000] : [1000, 10000, 50000];
	const figures: BenchFigure[] = [];
	const sections: BenchSection[] = SECTIONS.filter((s) => !only || only.has(s.name));
	for (const section of sections) {
		// The garbage an earlier section left (search builds hundreds of MB at 50,000 papers) is collected here, not in this section's timings.
		(globalThis as { gc?: () => void }).gc?.();
		console.log(`\n== ${section.name} ==`);
		const result = await section.run({ quick, sizes });
		printFigures(result);
		figures.push(...result);
	}
	console.log("\n== all figures ==");
	printFigures(besideTheirJsdomFigures(figures));
	const file = path.resolve("bench/results.json");
	writeResults(file, figures, quick);
	const missed = figures.filter((f) => f.met === false);
	console.log(`\n${figures.length} figures, ${figures.filter((f) => f.met).length} targets met, ${missed.length} missed; written to ${path.relative(process.cwd(), file)}`);
}

main().catch((err: unknown) => {
	console.error(err);
	process.exitCode = 1;
});

/**
 * Each real-browser figure (`X.chromium`) placed right after the jsdom figure
 * X of the same size, or after the last figure named X, for reading them side by side.
 */
function besideTheirJsdomFigures(figures: BenchFigure[]): BenchFigure[] {
	const out = figures.filter((f) => !f.name.endsWith(".chromium"));
	for (const f of figures.filter((g) => g.name.endsWith(".chromium"))) {
		const base = f.name.slice(0, -".chromium".length);
		let at = out.findIndex((g) => g.name === base && g.size === f.size);
		if (at >= 0) {
			while (out[at + 1]?.name === f.name) at++;
		} else {
			out.forEach((g, i) => {
				if (g.name === base || g.name === f.name) at = i;
			});
		}
		if (at < 0) out.push(f);
		else out.splice(at + 1, 0, f);
	}
	return out;
}
