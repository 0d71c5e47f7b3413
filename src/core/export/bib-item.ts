import { assignCitekeys } from "../papers/citekey";
import type { PaperRecord } from "../papers/paper-record";
import { splitName, type PersonName } from "../papers/person-name";

/** What kind of publication a paper is, as far as its properties tell. */
export type PublicationKind = "article" | "inproceedings" | "misc";

/** A paper as a bibliography sees it: everything BibTeX and CSL-JSON are written from. */
export interface BibItem {
	citekey: string;
	kind: PublicationKind;
	title: string;
	authors: PersonName[];
	year?: number;
	/** The journal or the proceedings; absent for a preprint. */
	venue?: string;
	arxiv?: string;
	doi?: string;
	url?: string;
}

/** Venues that are conferences or workshops, by name or by the usual acronyms. */
const PROCEEDINGS =
	/\b(?:conference|proceedings|workshop|symposium|congress|meeting|neurips|nips|icml|iclr|cvpr|iccv|eccv|wacv|bmvc|acl|emnlp|naacl|eacl|coling|aaai|ijcai|kdd|sigir|sigmod|vldb|www|wsdm|cikm|recsys|icra|iros|corl|rss|icassp|interspeech|miccai|ismir|chi|uist|siggraph|aistats|uai|colt)\b/i;

/** A venue that only says the paper is a preprint. */
const PREPRINT = /^(?:arxiv|corr|preprint|arxiv preprint.*|biorxiv|medrxiv|ssrn)$/i;

/** The publication kind by what is known: a conference venue, a journal venue, or neither. */
export function publicationKind(venue: string | undefined): PublicationKind {
	if (venue === undefined || PREPRINT.test(venue.trim())) return "misc";
	return PROCEEDINGS.test(venue) ? "inproceedings" : "article";
}

/**
 * The bibliography items of papers, in the order given. Each paper's key is
 * its `citekey` property; a paper without one (imported before keys were
 * written) gets the key the importer would give it, unique among them all.
 */
export function bibItems(records: readonly PaperRecord[]): BibItem[] {
	const existing = new Map<string, string>();
	for (const r of records) {
		const key = r.properties.citekey;
		if (typeof key === "string" && key.trim() !== "") existing.set(r.path, key.trim());
	}
	const keys = assignCitekeys(records.map((r) => ({ path: r.path, fields: r })), existing);
	return records.map((r) => {
		const venue = r.venue !== undefined && !PREPRINT.test(r.venue.trim()) ? r.venue : undefined;
		return {
			citekey: keys.get(r.path) as string,
			kind: publicationKind(r.venue),
			title: r.title,
			authors: r.authors.map(splitName).filter((n): n is PersonName => n !== null),
			...(r.year !== undefined ? { year: r.year } : {}),
			...(venue !== undefined ? { venue } : {}),
			...(r.arxiv !== undefined ? { arxiv: r.arxiv.replace(/^arxiv:/i, "") } : {}),
			...(r.doi !== undefined ? { doi: r.doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "") } : {}),
			...(r.url !== undefined ? { url: r.url } : {}),
		};
	});
}
