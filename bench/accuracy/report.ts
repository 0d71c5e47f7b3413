/** The printed form of accuracy scores: one line per document, a summary, and the change since the last run. */
import type { DocumentScore, FieldScore, NameScore, Summary } from "./match";
import { ratio } from "./match";

function pct(value: number | null): string {
	return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

function fieldPct(f: FieldScore): string {
	return f.checked === 0 ? "—" : `${f.right}/${f.checked}`;
}

/** Found/expected, and how many notes of that kind match no truth name. */
function names(n: NameScore): string {
	return `${n.found}/${n.expected}${n.extra.length > 0 ? ` +${n.extra.length} extra` : ""}`;
}

/** One line: papers found/expected, precision, directions, trends, and field accuracy on matched papers. */
export function documentLine(s: DocumentScore): string {
	if (s.refused !== undefined) return `${s.doc}  REFUSED: ${s.refused}`;
	const p = s.papers;
	return [
		s.doc,
		`papers ${p.found}/${p.expected}`,
		`precision ${pct(ratio(p.found, p.found + p.falsePositives))}`,
		`directions ${names(s.directions)}`,
		`trends ${names(s.trends)}`,
		`year ${fieldPct(s.year)}`,
		`author ${fieldPct(s.author)}`,
		`venue ${fieldPct(s.venue)}`,
	].join("  ");
}

function list(label: string, items: string[]): string[] {
	return items.length === 0 ? [] : [`    ${label} (${items.length}):`, ...items.map((i) => `      - ${i}`)];
}

/** What a developer fixes next: missed and false papers, missed directions and trends, wrong fields. */
export function documentDetails(s: DocumentScore): string[] {
	return [
		...list("missed papers", s.papers.missed),
		...list("false positives", s.papers.false),
		...list("missed directions", s.directions.missed),
		...list("directions not in the truth", s.directions.extra),
		...(s.directions.linkedExpected > 0 ? [`    direction links: ${s.directions.linked}/${s.directions.linkedExpected} of the directions' papers linked`] : []),
		...list("missed trends", s.trends.missed),
		...list("trends not in the truth", s.trends.extra),
		...list("wrong years", s.year.wrong),
		...list("wrong first authors", s.author.wrong),
		...list("wrong venues", s.venue.wrong),
	];
}

/** The summary figures with their names as printed and stored. */
export const SUMMARY_FIGURES: Array<[keyof Summary, string]> = [
	["paperRecall", "paper recall"],
	["paperPrecision", "paper precision"],
	["directionRecall", "direction recall"],
	["directionPrecision", "direction precision"],
	["directionLinks", "direction links"],
	["trendRecall", "trend recall"],
	["trendPrecision", "trend precision"],
	["yearAccuracy", "year accuracy"],
	["authorAccuracy", "first-author accuracy"],
	["venueAccuracy", "venue accuracy"],
];

export function summaryLines(s: Summary): string[] {
	return [...SUMMARY_FIGURES.map(([key, name]) => `${name.padEnd(22)} ${pct(s[key])}`), `${"documents refused".padEnd(22)} ${s.refused}/${s.documents}`];
}

/** Each summary figure against the previous run's, in percentage points. */
export function changeLines(now: Summary, before: Partial<Summary>): string[] {
	const lines: string[] = [];
	for (const [key, name] of SUMMARY_FIGURES) {
		const a = before[key];
		const b = now[key];
		if (typeof a !== "number" || typeof b !== "number") continue;
		const d = (b - a) * 100;
		lines.push(`${name.padEnd(22)} ${pct(a)} → ${pct(b)}  (${d === 0 ? "±0" : `${d > 0 ? "+" : ""}${d.toFixed(1)}`} pts)`);
	}
	if (typeof before.refused === "number" && before.refused !== now.refused) lines.push(`${"documents refused".padEnd(22)} ${before.refused} → ${now.refused}`);
	return lines;
}
