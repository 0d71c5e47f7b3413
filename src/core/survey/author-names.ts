/**
 * One author is one person: the same paper names its authors in several
 * places (a byline with full names, a citation with a surname, a table
 * with initials), and each place may name them differently. These
 * functions tell when two written names are the same person on one paper,
 * and merge author lists so each person appears once, by the fullest name.
 */

/**
 * The parts of a Latin name, lower-cased, without dots: "X. Guo" → ["x", "guo"].
 * A name in Chinese, Japanese or Korean script is one part.
 */
function parts(name: string): string[] {
	return name
		.toLowerCase()
		.replace(/[.,]/g, " ")
		.split(/\s+/)
		.filter((p) => p !== "");
}

/** How much a name says: its letters, so "Xiaoming Guo" says more than "X. Guo", and that more than "Guo". */
function fullness(name: string): number {
	return name.replace(/[^\p{L}]/gu, "").length;
}

/**
 * Whether two written names can be one person: the same surname (the last
 * part), and each given part of the shorter name the initial or the whole
 * of the other's given part in the same place. "Guo" and "Xiaoming Guo"
 * can; "X. Guo" and "Xiaoming Guo" can; "Y. Guo" and "Xiaoming Guo", or
 * "Guo" and "Li", cannot. Names in Han script are compared whole.
 */
export function samePerson(a: string, b: string): boolean {
	const [pa, pb] = [parts(a), parts(b)];
	if (pa.length === 0 || pb.length === 0) return false;
	if (pa[pa.length - 1] !== pb[pb.length - 1]) return false;
	const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
	const given = short.slice(0, -1);
	const otherGiven = long.slice(0, -1);
	return given.every((g, i) => {
		const o = otherGiven[i];
		if (o === undefined) return false;
		return g === o || (g.length === 1 && o.startsWith(g)) || (o.length === 1 && g.startsWith(o));
	});
}

/**
 * Merges what two author lists of one paper say: the people of `primary`,
 * in its order, each named once, by the fullest of the names either list
 * gives them. `other` adds no people: a list read with less trust (a
 * citation's surname, a table's initials) may only name them better.
 */
export function mergeAuthors(primary: readonly string[], other: readonly string[] = []): string[] {
	const out: string[] = [];
	for (const name of primary) {
		const trimmed = name.trim();
		if (trimmed === "") continue;
		const same = out.findIndex((known) => samePerson(known, trimmed));
		if (same < 0) out.push(trimmed);
		else if (fullness(trimmed) > fullness(out[same])) out[same] = trimmed;
	}
	return out.map((name) => other.reduce((best, o) => (samePerson(best, o) && fullness(o.trim()) > fullness(best) ? o.trim() : best), name));
}
