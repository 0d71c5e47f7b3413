import type { App } from "obsidian";
import type { LinkGraph } from "../../core/query/source-filter";

/**
 * The table engine's view of links, answered from Obsidian's metadata cache.
 * A note's outgoing links are read from its own cache (fresh the moment its
 * `changed` event fires); incoming links from `resolvedLinks`, once per full query.
 */
export class MetadataLinkGraph implements LinkGraph {
	constructor(private readonly app: App) {}

	resolve(target: string, sourcePath: string): string | null {
		const exact = this.app.vault.getFileByPath(target);
		if (exact) return exact.path;
		const linkpath = stripSubpath(target);
		if (linkpath === "") return null;
		return this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
	}

	linksFrom(path: string): ReadonlySet<string> {
		const out = new Set<string>();
		const cache = this.app.metadataCache.getCache(path);
		if (!cache) return out;
		for (const link of [...(cache.links ?? []), ...(cache.frontmatterLinks ?? []), ...(cache.embeds ?? [])]) {
			const linkpath = stripSubpath(link.link);
			if (linkpath === "") continue;
			const dest = this.app.metadataCache.getFirstLinkpathDest(linkpath, path);
			if (dest) out.add(dest.path);
		}
		return out;
	}

	linksTo(path: string): ReadonlySet<string> {
		const out = new Set<string>();
		for (const [from, targets] of Object.entries(this.app.metadataCache.resolvedLinks)) {
			if (targets[path]) out.add(from);
		}
		return out;
	}
}

function stripSubpath(link: string): string {
	return link.replace(/[#^].*$/, "").trim();
}
