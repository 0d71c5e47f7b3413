import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { applyPlan, planImport } from "../src/core/notes";
import { MemoryStore } from "../src/core/store/memory-store";
import { parseSurvey } from "../src/core/survey";
import { figure, seededRandom, time, timeSync, type BenchFigure, type BenchSection } from "./lib";
import { syntheticSurvey } from "./survey-corpus";

const FOLDERS = { papers: "Research/Papers", directions: "Research/Directions", trends: "Research/Trends", surveys: "Research/Surveys" };
const PAPERS = 1000;

/** Import: parse + plan of a 1,000-paper survey in memory, and the full CLI import into an empty folder. */
export const importSection: BenchSection = {
	name: "import",
	async run(options) {
		const text = syntheticSurvey(PAPERS);
		const runs = options.quick ? 3 : 7;
		const parse: number[] = [];
		const plan: number[] = [];
		const both: number[] = [];
		const apply: number[] = [];
		for (let i = 0; i < runs; i++) {
			let survey = parseSurvey(text);
			parse.push(timeSync(() => (survey = parseSurvey(text))));
			const store = new MemoryStore();
			let planned = await planImport(store, survey, { folders: FOLDERS, today: "2026-01-02" });
			plan.push(await time(async () => (planned = await planImport(store, survey, { folders: FOLDERS, today: "2026-01-02" }))));
			both.push(parse[i] + plan[i]);
			apply.push(await time(() => applyPlan(store, planned)));
		}
		const figures: BenchFigure[] = [
			figure("import.parse", PAPERS, parse, "ms"),
			figure("import.plan", PAPERS, plan, "ms"),
			figure("import.parse+plan", PAPERS, both, "ms", { stat: "p95", max: 1000 }),
			figure("import.apply (memory)", PAPERS, apply, "ms"),
		];
		// Growth: a table of titles without links is the case where every title is matched against the others.
		for (const size of options.quick ? [500, 1000] : [500, 1000, 2000, 5000]) {
			const table = titleTableSurvey(size);
			const samples: number[] = [];
			for (let i = 0; i < (options.quick ? 1 : 3); i++) samples.push(timeSync(() => parseSurvey(table)));
			figures.push(figure("import.parse, link-less table", size, samples, "ms", size === 5000 ? { stat: "p50", max: 10000 } : undefined, "rows of titles only; grows linearly"));
		}
		const cli = process.env.SURVEY_VAULT_CLI ?? path.resolve("dist/cli.cjs");
		if (existsSync(cli)) {
			// Growth of the whole import, process start to the last note on disk: linear is the aim.
			const dir = mkdtempSync(path.join(tmpdir(), "survey-vault-bench-import-"));
			try {
				for (const size of options.quick ? [100, 1000] : [100, 1000, 5000]) {
					const file = path.join(dir, `survey-${size}.md`);
					writeFileSync(file, size === PAPERS ? text : syntheticSurvey(size));
					const full: number[] = [];
					for (let i = 0; i < (options.quick ? 2 : 3); i++) {
						const vault = path.join(dir, `vault-${size}-${i}`);
						mkdirSync(vault);
						full.push(timeSync(() => execFileSync(process.execPath, [cli, "import", file, "--vault", vault], { stdio: "ignore" })));
						rmSync(vault, { recursive: true, force: true });
					}
					const target = size === 5000 ? { stat: "p50" as const, max: 10000 } : size === PAPERS ? { stat: "p95" as const, max: 5000 } : undefined;
					figures.push(figure("import.cli full, into an empty folder", size, full, "ms", target, "survey-vault import, process start to the last note written"));
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		return figures;
	},
};

/** A survey whose only papers are the rows of one table of titles, with no links: seeded, repeatable. */
function titleTableSurvey(size: number): string {
	const words = ["graph", "neural", "diffusion", "policy", "memory", "agent", "language", "model", "retrieval", "sparse", "router", "tidal", "reef", "coral", "sequence", "transformer", "vision", "robot", "planning", "reward"];
	const random = seededRandom(size);
	const rows = Array.from({ length: size }, (_, i) => `| ${Array.from({ length: 7 }, () => words[Math.floor(random() * words.length)]).join(" ")} ${i} study | 2024 |`);
	return ["# Growth", "", "| Title | Year |", "|---|---|", ...rows, ""].join("\n");
}
