/**
 * Scores one import against its truth with the corpus README's matching rules.
 * The rules are written here on their own, not borrowed from the parser, so the
 * score cannot move when the parser's own normalisation changes.
 */
import type { FoundNotes, FoundPaper, Truth, TruthPaper } from "./truth";

/** Shortest normalised title that may match inside a longer one. */
export const MIN_CONTAINED_TITLE = 12;

/** Case-folded, without punctuation, symbols or whitespace (full-width forms folded first). */
export function normalise(text: string): string {
	return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]/gu, "");
}

/** An arXiv id without version, for comparison. */
export function bareArxiv(id: string): string {
	return id.trim().toLowerCase().replace(/^arxiv:/, "").replace(/v\d+$/, "");
}

/** Same normalised title, or the shorter (of at least MIN_CONTAINED_TITLE characters) inside the longer. */
export function titlesMatch(a: string, b: string, allowContained = true): boolean {
	const na = normalise(a);
	const nb = normalise(b);
	if (na === "" || nb === "") return false;
	if (na === nb) return true;
	if (!allowContained) return false;
	const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
	return short.length >= MIN_CONTAINED_TITLE && long.includes(short);
}

/** Same normalised name, or one inside the other (directions and trends). */
export function namesMatch(a: string, b: string, allowContained = true): boolean {
	const na = normalise(a);
	const nb = normalise(b);
	if (na === "" || nb === "") return false;
	return na === nb || (allowContained && (na.includes(nb) || nb.includes(na)));
}

function truthTitles(p: TruthPaper): string[] {
	return [p.title, p.title_alt].filter((t): t is string => typeof t === "string" && t !== "");
}

/** Whether a note is this truth paper: by arXiv id when both have one, else by title. */
function paperMatches(truth: TruthPaper, note: FoundPaper, allowContained: boolean): boolean {
	if (truth.arxiv && note.arxiv) return bareArxiv(truth.arxiv) === bareArxiv(note.arxiv);
	return truthTitles(truth).some((t) => titlesMatch(t, note.title, allowContained));
}

export interface FieldScore {
	checked: number;
	right: number;
	/** "title: expected … , found …" for each wrong value. */
	wrong: string[];
}

export interface NameScore {
	expected: number;
	found: number;
	missed: string[];
	/** Notes of that kind that match no truth name. */
	extra: string[];
}

export interface DocumentScore {
	doc: string;
	/** The import's message when it refused the document. */
	refused?: string;
	papers: { expected: number; found: number; falsePositives: number; missed: string[]; false: string[] };
	directions: NameScore & { linkedExpected: number; linked: number };
	trends: NameScore;
	year: FieldScore;
	author: FieldScore;
	venue: FieldScore;
	tableRows?: number;
}

/** Pairs truth papers with notes, one to one: ids first, then equal titles, then contained titles. */
export function pairPapers(truth: TruthPaper[], notes: FoundPaper[]): Map<TruthPaper, FoundPaper> {
	const pairs = new Map<TruthPaper, FoundPaper>();
	const taken = new Set<FoundPaper>();
	const pass = (fits: (t: TruthPaper, n: FoundPaper) => boolean): void => {
		for (const t of truth) {
			if (pairs.has(t)) continue;
			const note = notes.find((n) => !taken.has(n) && fits(t, n));
			if (note) {
				pairs.set(t, note);
				taken.add(note);
			}
		}
	};
	pass((t, n) => Boolean(t.arxiv && n.arxiv) && bareArxiv(t.arxiv ?? "") === bareArxiv(n.arxiv ?? ""));
	pass((t, n) => paperMatches(t, n, false));
	pass((t, n) => paperMatches(t, n, true));
	return pairs;
}

/** Pairs truth names with found names, one to one: equal names first, then containment. */
export function pairNames(truth: string[], found: string[]): Map<string, string> {
	const pairs = new Map<string, string>();
	const taken = new Set<string>();
	for (const allowContained of [false, true]) {
		for (const t of truth) {
			if (pairs.has(t)) continue;
			const f = found.find((n) => !taken.has(n) && namesMatch(t, n, allowContained));
			if (f !== undefined) {
				pairs.set(t, f);
				taken.add(f);
			}
		}
	}
	return pairs;
}

function nameScore(truth: string[], found: string[], pairs: Map<string, string>): NameScore {
	const used = new Set(pairs.values());
	return { expected: truth.length, found: pairs.size, missed: truth.filter((t) => !pairs.has(t)), extra: found.filter((f) => !used.has(f)) };
}

function field(): FieldScore {
	return { checked: 0, right: 0, wrong: [] };
}

function check(score: FieldScore, ok: boolean, wrong: string): void {
	score.checked++;
	if (ok) score.right++;
	else score.wrong.push(wrong);
}

/** Year, first author and venue of the matched papers, where the truth states them. */
function scoreFields(pairs: Map<TruthPaper, FoundPaper>): Pick<DocumentScore, "year" | "author" | "venue"> {
	const year = field();
	const author = field();
	const venue = field();
	for (const [t, n] of pairs) {
		const years = [t.year, t.year_alt].filter((y): y is number => typeof y === "number");
		if (years.length > 0) check(year, n.year !== undefined && years.includes(n.year), `${t.title}: ${years.join(" or ")}, found ${n.year ?? "none"}`);
		if (t.first_author) {
			const surname = t.first_author.toLowerCase();
			check(author, (n.firstAuthor ?? "").toLowerCase().includes(surname), `${t.title}: ${t.first_author}, found ${n.firstAuthor ?? "none"}`);
		}
		const venues = [t.venue, t.venue_alt].filter((v): v is string => typeof v === "string" && normalise(v) !== "");
		if (venues.length > 0) {
			const found = normalise(n.venue ?? "");
			const ok = found !== "" && venues.some((v) => found.includes(normalise(v)) || normalise(v).includes(found));
			check(venue, ok, `${t.title}: ${venues.join(" or ")}, found ${n.venue ?? "none"}`);
		}
	}
	return { year, author, venue };
}

/** How many of each truth direction's papers the paired direction note is linked from. */
function linkedPapers(truth: Truth, directionPairs: Map<string, string>, paperPairs: Map<TruthPaper, FoundPaper>): { linkedExpected: number; linked: number } {
	let linkedExpected = 0;
	let linked = 0;
	for (const [name, members] of Object.entries(truth.directions)) {
		linkedExpected += members.length;
		const note = directionPairs.get(name);
		if (note === undefined) continue;
		for (const member of members) {
			const paper = truth.papers.find((p) => (p.arxiv && bareArxiv(p.arxiv) === bareArxiv(member)) || truthTitles(p).some((t) => titlesMatch(t, member, false)));
			const found = paper && paperPairs.get(paper);
			if (found && found.directions.includes(note)) linked++;
		}
	}
	return { linkedExpected, linked };
}

/** Why an unmatched note is wrong, for the verbose listing. */
function describeFalse(note: FoundPaper, truth: Truth, pairs: Map<TruthPaper, FoundPaper>): string {
	const nonPaper = (truth.non_papers ?? []).find((np) => titlesMatch(np.title, note.title));
	if (nonPaper) return `${note.title} (non-paper${nonPaper.why ? `: ${nonPaper.why}` : ""})`;
	const twin = [...pairs.keys()].find((t) => paperMatches(t, note, true));
	if (twin) return `${note.title} (a second note for "${twin.title}")`;
	return note.title;
}

/** Scores the notes one import wrote against the document's truth. */
export function scoreDocument(doc: string, truth: Truth, found: FoundNotes): DocumentScore {
	const pairs = pairPapers(truth.papers, found.papers);
	const matched = new Set(pairs.values());
	const optional = truth.optional_papers ?? [];
	const unmatched = found.papers.filter((n) => !matched.has(n) && !optional.some((o) => paperMatches(o, n, true)));
	const directionNames = Object.keys(truth.directions);
	const directionPairs = pairNames(directionNames, found.directions);
	const trendPairs = pairNames(truth.trends, found.trends);
	return {
		doc,
		papers: {
			expected: truth.papers.length,
			found: pairs.size,
			falsePositives: unmatched.length,
			missed: truth.papers.filter((t) => !pairs.has(t)).map((t) => t.title),
			false: unmatched.map((n) => describeFalse(n, truth, pairs)),
		},
		directions: { ...nameScore(directionNames, found.directions, directionPairs), ...linkedPapers(truth, directionPairs, pairs) },
		trends: nameScore(truth.trends, found.trends, trendPairs),
		...scoreFields(pairs),
		...(typeof truth.table_rows === "number" ? { tableRows: truth.table_rows } : {}),
	};
}

/** The score of a document the import refused: everything expected, nothing found. */
export function refusedDocument(doc: string, truth: Truth, message: string): DocumentScore {
	return { ...scoreDocument(doc, truth, { papers: [], directions: [], trends: [] }), refused: message };
}

export interface Summary {
	documents: number;
	refused: number;
	paperRecall: number | null;
	paperPrecision: number | null;
	directionRecall: number | null;
	/** Direction notes that match a truth direction, of all direction notes. */
	directionPrecision: number | null;
	directionLinks: number | null;
	trendRecall: number | null;
	trendPrecision: number | null;
	yearAccuracy: number | null;
	authorAccuracy: number | null;
	venueAccuracy: number | null;
}

/** A share, or null when nothing was there to count. */
export function ratio(part: number, whole: number): number | null {
	return whole === 0 ? null : part / whole;
}

/** Figures over all documents, each counted over items (not averaged over documents). */
export function summarise(scores: DocumentScore[]): Summary {
	const sum = (pick: (s: DocumentScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
	const hits = sum((s) => s.papers.found);
	return {
		documents: scores.length,
		refused: scores.filter((s) => s.refused !== undefined).length,
		paperRecall: ratio(hits, sum((s) => s.papers.expected)),
		paperPrecision: ratio(hits, hits + sum((s) => s.papers.falsePositives)),
		directionRecall: ratio(sum((s) => s.directions.found), sum((s) => s.directions.expected)),
		directionPrecision: ratio(sum((s) => s.directions.found), sum((s) => s.directions.found + s.directions.extra.length)),
		directionLinks: ratio(sum((s) => s.directions.linked), sum((s) => s.directions.linkedExpected)),
		trendRecall: ratio(sum((s) => s.trends.found), sum((s) => s.trends.expected)),
		trendPrecision: ratio(sum((s) => s.trends.found), sum((s) => s.trends.found + s.trends.extra.length)),
		yearAccuracy: ratio(sum((s) => s.year.right), sum((s) => s.year.checked)),
		authorAccuracy: ratio(sum((s) => s.author.right), sum((s) => s.author.checked)),
		venueAccuracy: ratio(sum((s) => s.venue.right), sum((s) => s.venue.checked)),
	};
}
