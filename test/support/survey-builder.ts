/** Escapes text for use inside Markdown link text. */
export function linkText(title: string): string {
	return title.replace(/[\\[\]]/g, "\\$&").replace(/[\r\n]+/g, " ");
}

/** Escapes text for a GFM table cell. */
export function cellText(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}

export interface BuiltPaper {
	title: string;
	arxiv?: string;
	summary?: string;
	author?: string;
}

/** A digest-shaped survey: one paragraph per paper, directions and a trend citing them. */
export function digestSurvey(papers: BuiltPaper[], options: { title?: string; direction?: string; trend?: string } = {}): string {
	const lines = [`# ${options.title ?? "Robustness digest"}`, ""];
	papers.forEach((p, i) => {
		const id = p.arxiv ?? `2401.${String(10000 + i)}`;
		lines.push(`${p.author ?? "Ada Byron"} et al. [${linkText(p.title)}](https://arxiv.org/abs/${id}) ${p.summary ?? "propose a method."}`, "");
	});
	lines.push("## Research Directions", "", `### ${options.direction ?? "Everything"}`, "");
	papers.forEach((p, i) => lines.push(`- [${linkText(p.title)}](https://arxiv.org/abs/${p.arxiv ?? `2401.${String(10000 + i)}`})`));
	lines.push("", "## Trends", "", `1. **${options.trend ?? "More of everything"}**: it grows [(Byron et al. 2024)](https://arxiv.org/abs/${papers[0]?.arxiv ?? "2401.10000"}).`, "");
	return lines.join("\n");
}
