/**
 * The truth files of the development corpus (`../shared/corpus/truth/NN-*.json`),
 * in the format its README gives, and what the scorer reads from an import.
 */

export interface TruthPaper {
	title: string;
	/** Another form the document uses: a translation, the full title behind a short name. */
	title_alt?: string;
	url?: string | null;
	arxiv?: string | null;
	year?: number | null;
	year_alt?: number | null;
	venue?: string | null;
	venue_alt?: string | null;
	/** Surname as written. */
	first_author?: string | null;
}

export interface Truth {
	papers: TruthPaper[];
	/** Direction name → its papers, each an arXiv id or (without one) a title. */
	directions: Record<string, string[]>;
	trends: string[];
	table_rows?: number;
	/** Judgement-call works: finding one is neither a hit nor a false positive. */
	optional_papers?: TruthPaper[];
	/** Things that must not become papers. */
	non_papers?: Array<{ title: string; why?: string }>;
}

/** A paper note as the scorer reads it back from the vault. */
export interface FoundPaper {
	path: string;
	title: string;
	arxiv?: string;
	year?: number;
	firstAuthor?: string;
	venue?: string;
	/** Names (titles) of the direction notes the paper links. */
	directions: string[];
}

/** The notes one import wrote. */
export interface FoundNotes {
	papers: FoundPaper[];
	directions: string[];
	trends: string[];
}

/** Checks the shape of a parsed truth file, so a broken file is named instead of scored as empty. */
export function parseTruth(raw: unknown, where: string): Truth {
	const fail = (what: string): never => {
		throw new Error(`${where}: ${what}`);
	};
	if (typeof raw !== "object" || raw === null) return fail("not a JSON object");
	const t = raw as Record<string, unknown>;
	if (!Array.isArray(t.papers)) fail('"papers" is not a list');
	if (typeof t.directions !== "object" || t.directions === null || Array.isArray(t.directions)) fail('"directions" is not an object');
	if (!Array.isArray(t.trends)) fail('"trends" is not a list');
	for (const [i, p] of [...(t.papers as unknown[]), ...((t.optional_papers as unknown[] | undefined) ?? [])].entries()) {
		if (typeof (p as { title?: unknown }).title !== "string") fail(`paper ${i + 1} has no title`);
	}
	return raw as Truth;
}
