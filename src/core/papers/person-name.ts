/** An author's name split as bibliographies need it. */
export type PersonName = { family: string; given: string } | { literal: string };

/** Lower-case words that belong to the family name when they come before it: "van", "de la". */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten|zu|af|al|bin|ibn)$/;

/**
 * Splits a name as surveys write it, "Given Family" or "Family, Given"
 * ("et al." dropped). A name in a script without spaces between its parts
 * (Chinese, Japanese, Korean) or a single word stays whole, as a literal,
 * since which part is the family name cannot be told from the text.
 */
export function splitName(author: string): PersonName | null {
	const name = author.replace(/\bet\s+al\.?/gi, "").replace(/\s+/g, " ").trim().replace(/,$/, "");
	if (name === "") return null;
	if (name.includes(",")) {
		const [family, ...rest] = name.split(",");
		return { family: family.trim(), given: rest.join(",").trim() };
	}
	const words = name.split(" ");
	if (words.length === 1) return { literal: name };
	let start = words.length - 1;
	while (start > 1 && PARTICLE.test(words[start - 1])) start--;
	return { family: words.slice(start).join(" "), given: words.slice(0, start).join(" ") };
}

/** The family name of an author, or the whole name when it cannot be split. */
export function familyName(author: string): string {
	const split = splitName(author);
	if (split === null) return "";
	if ("literal" in split) return split.literal;
	// A trailing initial ("Tang Y.") is not the family name.
	if (/^[A-Z]\.?$/.test(split.family) && !split.given.includes(" ")) return split.given;
	return split.family;
}
