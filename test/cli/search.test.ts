import { describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { recordingIo } from "../support/cli-io";
import { useTempVaults } from "../support/temp-dirs";

const tempVault = useTempVaults("survey-vault-search");

const VAULT = {
	"Research/Papers/Okonkwo 2026.md": `---
type: paper
title: "Galaxy Cluster Lensing Maps with Diffusion Priors"
authors: ["Adaeze Okonkwo", "Mei Tanaka"]
year: 2026
venue: ICML
arxiv: "2601.04567"
directions: ["[[Dark matter mapping]]"]
---
Body.
`,
	"Research/Papers/Spectra-to-Orbit.md": `---
type: paper
title: "Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra"
authors: ["Adaeze Okonkwo"]
year: 2025
method: "A transformer regresses Keplerian orbital elements from spectra"
---
%% survey-vault:begin survey:astro %%
## From [[Exoplanet survey]]
Trained on simulated HARPS spectra.
%% survey-vault:end survey:astro %%
`,
	"Research/Papers/蛋白质.md": `---
type: paper
title: "蛋白质折叠的几何深度学习"
year: 2025
---
`,
	"Notes/Galaxy reading list.md": "---\ntags: [reading]\n---\nGalaxy lensing papers to read.\n",
	"Notes/Broken.md": "---\ntitle: [unclosed\n---\n",
};

describe("survey-vault search", () => {
	it("lists the matching papers of a vault folder, best first", async () => {
		const vault = await tempVault(VAULT);
		const io = recordingIo(path.dirname(vault));
		expect(await runCli(["search", "okonkwo", "lensing", "--vault", path.basename(vault)], io)).toBe(0);
		expect(io.out).toBe(
			[
				"1. Galaxy Cluster Lensing Maps with Diffusion Priors",
				"   2026 · ICML · Adaeze Okonkwo · Dark matter mapping",
				"   Authors: Adaeze Okonkwo",
				"   Research/Papers/Okonkwo 2026.md",
				"",
			].join("\n"),
		);
		expect(io.err).toMatch(/^survey-vault: Notes\/Broken\.md:\d+: skipped, invalid YAML in frontmatter: .+\n$/);
	});

	it("prints path, title, score and matches as JSON", async () => {
		const vault = await tempVault(VAULT);
		const io = recordingIo(vault);
		expect(await runCli(["search", "keplerian", "--vault", vault, "--json"], io)).toBe(0);
		const results = JSON.parse(io.out) as Array<{ path: string; title: string; score: number; matches: Array<{ field: string; value: string; ranges: number[][] }> }>;
		expect(results.map((r) => r.path)).toEqual(["Research/Papers/Spectra-to-Orbit.md"]);
		expect(results[0].score).toBeGreaterThan(0);
		expect(results[0].score).toBeLessThan(1);
		const method = results[0].matches.find((m) => m.field === "method");
		expect(method?.value.slice(method.ranges[0][0], method.ranges[0][1])).toBe("Keplerian");
	});

	it("searches what the surveys say about a paper, in the note's body", async () => {
		const vault = await tempVault(VAULT);
		const io = recordingIo(vault);
		await runCli(["search", "harps", "--vault", vault], io);
		expect(io.out).toContain("1. Spectra-to-Orbit: Inferring Exoplanet Orbits from Radial Velocity Spectra\n   2025 · Adaeze Okonkwo\n   Summary: Trained on simulated HARPS spectra.\n");
	});

	it("searches Chinese, applies filters and the limit", async () => {
		const vault = await tempVault(VAULT);
		const chinese = recordingIo(vault);
		await runCli(["search", "折叠", "--vault", vault, "--json"], chinese);
		expect(JSON.parse(chinese.out)).toMatchObject([{ title: "蛋白质折叠的几何深度学习" }]);
		const filtered = recordingIo(vault);
		await runCli(["search", "year:2025", "--vault", vault, "--json", "--limit", "1"], filtered);
		expect(JSON.parse(filtered.out)).toHaveLength(1);
		const none = recordingIo(vault);
		expect(await runCli(["search", "year:2026", "orbit", "--vault", vault], none)).toBe(0);
		expect(none.out).toBe('No paper matches "year:2026 orbit".\n');
	});

	it("reports a missing folder or a bad call", async () => {
		const io = recordingIo(tmpdir());
		expect(await runCli(["search", "x", "--vault", "no/such/folder"], io)).toBe(1);
		expect(io.err).toBe(`survey-vault: --vault no/such/folder: no such folder; see 'survey-vault search --help'\n`);
		const usage = recordingIo(tmpdir());
		expect(await runCli(["search", "--vault", "."], usage)).toBe(2);
		expect(usage.err).toMatch(/^survey-vault: search: missing QUERY/);
		const limit = recordingIo(tmpdir());
		expect(await runCli(["search", "x", "--vault", ".", "--limit", "0"], limit)).toBe(2);
	});
});
