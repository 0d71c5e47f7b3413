import type { LinkGraph } from "./source-filter";

const WIKILINK = /!?\[\[([^\]\n|#^]*)(?:[#^][^\]\n|]*)?(?:\|[^\]\n]*)?\]\]/g;

/** The targets of every wikilink in a note's text, properties included (as Obsidian counts them). */
export function extractWikilinkTargets(text: string): string[] {
	const targets: string[] = [];
	for (const m of text.matchAll(WIKILINK)) {
		const target = m[1].trim();
		if (target !== "") targets.push(target);
	}
	return targets;
}

/**
 * A link graph over a fixed set of notes, for the CLI and tests. Resolves a
 * link the way Obsidian does for the common cases: an exact vault path
 * (".md" optional), else the note with that file name, ignoring case; among
 * several, the one whose path ends with the link's folders, then the shortest path.
 */
export class StaticLinkGraph implements LinkGraph {
	private readonly paths: Set<string>;
	private readonly byLowerPath = new Map<string, string>();
	private readonly byName = new Map<string, string[]>();
	private readonly outgoing = new Map<string, Set<string>>();
	private readonly incoming = new Map<string, Set<string>>();

	constructor(notes: ReadonlyArray<{ path: string; links: readonly string[] }>) {
		this.paths = new Set(notes.map((n) => n.path));
		for (const path of this.paths) {
			this.byLowerPath.set(path.toLowerCase(), path);
			const name = (path.split("/").pop() ?? path).replace(/\.md$/i, "").toLowerCase();
			const list = this.byName.get(name) ?? [];
			list.push(path);
			this.byName.set(name, list);
		}
		for (const list of this.byName.values()) list.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
		for (const note of notes) {
			const out = new Set<string>();
			for (const link of note.links) {
				const dest = this.resolve(link, note.path);
				if (dest) out.add(dest);
			}
			this.outgoing.set(note.path, out);
			for (const dest of out) {
				const set = this.incoming.get(dest) ?? new Set<string>();
				set.add(note.path);
				this.incoming.set(dest, set);
			}
		}
	}

	resolve(target: string, sourcePath: string): string | null {
		void sourcePath;
		const clean = target.replace(/[#^].*$/, "").trim().replace(/^\/+/, "");
		if (clean === "") return null;
		const withExt = /\.md$/i.test(clean) ? clean : `${clean}.md`;
		const exact = this.byLowerPath.get(withExt.toLowerCase());
		if (exact) return exact;
		const name = (withExt.split("/").pop() ?? withExt).replace(/\.md$/i, "").toLowerCase();
		const candidates = this.byName.get(name) ?? [];
		if (clean.includes("/")) {
			const suffix = `/${withExt.toLowerCase()}`;
			return candidates.find((p) => p.toLowerCase().endsWith(suffix)) ?? null;
		}
		return candidates[0] ?? null;
	}

	linksFrom(path: string): ReadonlySet<string> {
		return this.outgoing.get(path) ?? new Set();
	}

	linksTo(path: string): ReadonlySet<string> {
		return this.incoming.get(path) ?? new Set();
	}
}
