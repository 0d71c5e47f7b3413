import type { Group } from "./grouping";
import type { ParseContext } from "./parse-context";
import type { Draft } from "./paper-registry";
import { normaliseTitle } from "./paper-id";

/**
 * Directions and trends often name a paper rather than link it ("mimic-video
 * 与 RoboReward 均印证此趋势"): a group also gets every paper whose short name
 * (the part of its title before a colon, or a distinctive first word) appears in its text.
 */
export function addNamedMentions(groups: Group[], ctx: ParseContext): void {
	const names: Array<{ name: ShortName; draft: Draft }> = [];
	for (const draft of ctx.registry.allDrafts()) {
		for (const name of shortNames(draft.title?.value ?? "")) names.push({ name, draft });
	}
	for (const g of groups) {
		const raw = `${g.name} ${g.overview.join(" ")}`;
		const haystack = ` ${normaliseTitle(raw)} `;
		for (const { name, draft } of names) {
			if (g.papers.includes(draft)) continue;
			if (name.exact ? containsWord(raw, name.text) : haystack.includes(` ${name.text} `) || (/\p{Script=Han}/u.test(haystack) && name.text.length >= 6 && haystack.includes(name.text))) g.papers.push(draft);
		}
	}
}

interface ShortName {
	text: string;
	/** Matched as written (case and punctuation), for coined words such as "RoboReward". */
	exact: boolean;
}

/**
 * Distinctive names of a title: the title itself and the part before its
 * colon ("Canvas-to-Image") match loosely; a coined first word
 * ("Vision-as-Inverse-Graphics", "RoboReward") only as written, so ordinary
 * words such as "zero-shot" do not count as naming a paper.
 */
function shortNames(title: string): ShortName[] {
	const t = title.trim();
	const out: ShortName[] = [];
	const loose = (s: string): void => {
		const n = normaliseTitle(s);
		if (n.length >= 4 && !out.some((o) => o.text === n)) out.push({ text: n, exact: false });
	};
	if (t.length >= 8) loose(t);
	const colon = t.split(/[:：]/)[0].trim();
	if (colon !== t && colon.length >= 3 && colon.length <= 40) loose(colon);
	const first = (t.split(/\s+/)[0] ?? "").replace(/[:：,]$/, "");
	if (first.length >= 6 && (/-.*-|[a-z][A-Z]/.test(first) || /^[A-Z][\w]*-[\w-]+$/.test(first) && /[A-Z].*[A-Z]/.test(first))) out.push({ text: first, exact: true });
	return out;
}

function containsWord(text: string, word: string): boolean {
	let at = text.indexOf(word);
	while (at >= 0) {
		const before = at === 0 ? "" : text[at - 1];
		const after = text[at + word.length] ?? "";
		if (!/[A-Za-z0-9-]/.test(before) && !/[A-Za-z0-9-]/.test(after)) return true;
		at = text.indexOf(word, at + 1);
	}
	return false;
}

export function uniqueByName(groups: Group[]): Group[] {
	const byName = new Map<string, Group>();
	for (const g of groups) {
		if (!g.name) continue;
		const existing = byName.get(g.name);
		if (existing) {
			existing.overview.push(...g.overview);
			for (const p of g.papers) if (!existing.papers.includes(p)) existing.papers.push(p);
		} else byName.set(g.name, g);
	}
	return [...byName.values()];
}

export function lineOfGroup(groups: Group[], name: string): number {
	return groups.find((g) => g.name === name)?.line ?? 1;
}
