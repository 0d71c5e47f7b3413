import { MemoryStore } from "../../../src/core/store/memory-store";
import { stringifyYaml } from "../../fakes/obsidian";
import { importText } from "../../support/import";
import { syntheticCorpus } from "../../../bench/corpus";
import { readSeedText, SEED_FILES } from "./session";

/** Both example surveys imported as the plugin writes them, by path, with the surveys themselves in Inbox/. */
export async function seedVault(): Promise<Record<string, string>> {
	const store = new MemoryStore();
	const notes: Record<string, string> = {};
	for (const name of SEED_FILES) {
		const text = readSeedText(name);
		notes[`Inbox/${name.replace(/\.txt$/, ".md")}`] = text;
		await importText(store, text, name);
	}
	return { ...notes, ...store.snapshot() };
}

/** `size` synthetic paper notes (the benchmark's corpus), for paging and timing. */
export function syntheticVault(size: number): Record<string, string> {
	const corpus = syntheticCorpus(size);
	const notes: Record<string, string> = {};
	for (const r of corpus.records) notes[r.path] = `---\n${stringifyYaml(corpus.frontmatter.get(r.path) ?? {})}---\nSummary.\n`;
	return notes;
}
