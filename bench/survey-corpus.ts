import { seededRandom } from "./lib";

/**
 * A deterministic synthetic survey of `size` papers in the report-and-digest
 * shape: a comparison table, one paragraph per paper with a byline and venue,
 * directions with representative papers, trends citing papers.
 */
export function syntheticSurvey(size: number, seed = 7): string {
	const rand = seededRandom(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const words = "adaptive sparse graph neural routing latent diffusion robust causal video language reward policy memory retrieval agent planning".split(" ");
	const names = "Ada Byron|Lin Wei|Maria Rossi|Kenji Sato|Amara Okafor|Jonas Berg|Priya Nair|Chen Jing".split("|");
	const venues = ["ICML 2025", "NeurIPS 2024", "ICLR 2026", "CVPR 2025", "AAAI 2026"];
	const papers = Array.from({ length: size }, (_, i) => {
		const id = `25${String(1 + (i % 12)).padStart(2, "0")}.${String(10000 + i).padStart(5, "0")}`;
		const title = `${pick(words).replace(/^./, (c) => c.toUpperCase())}${i}: ${Array.from({ length: 6 }, () => pick(words)).join(" ")}`;
		return { id, title, author: pick(names), venue: pick(venues), score: (rand() * 5).toFixed(1), citations: Math.floor(rand() * 300) };
	});
	const lines: string[] = ["---", "title: Synthetic benchmark survey", "date: 2026-01-01", "lang: en", "---", "", "# Synthetic benchmark survey", "", "## Executive Summary", "", "A synthetic survey for measuring import speed.", "", "## Comparative Analysis", "", "| Title | Year | Citations | Score | Method | Contribution |", "| --- | --- | --- | --- | --- | --- |"];
	for (const p of papers) lines.push(`| ${p.title} | 2025 | ${p.citations} | ${p.score} | ${pick(words)} ${pick(words)} | ${pick(words)} ${pick(words)} [(${p.author.split(" ")[1]} et al. 2025)](https://arxiv.org/abs/${p.id}) |`);
	lines.push("", "## Papers", "");
	for (const p of papers) lines.push(`${p.author} et al. [${p.title}](https://arxiv.org/abs/${p.id}v1) propose a **${pick(words)} method** for ${pick(words)} ${pick(words)}. Published at ${p.venue}.`, "");
	lines.push("## Research Directions", "");
	const groups = 20;
	for (let g = 0; g < groups; g++) {
		lines.push(`### Direction ${g + 1}: ${pick(words)} ${pick(words)}`, "", `Work on ${pick(words)} ${pick(words)}.`, "");
		for (let i = g; i < size; i += groups) lines.push(`- [${papers[i].title}](https://arxiv.org/abs/${papers[i].id})`);
		lines.push("");
	}
	lines.push("## Trends", "");
	for (let t = 0; t < 10; t++) lines.push(`${t + 1}. **Trend ${t + 1} ${pick(words)}**: ${pick(words)} grows [(${papers[t].author.split(" ")[1]} et al. 2025)](https://arxiv.org/abs/${papers[t].id}).`);
	return `${lines.join("\n")}\n`;
}
