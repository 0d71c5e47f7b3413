// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../../src/cli/run";
import { MemoryStore } from "../../src/core/store/memory-store";
import { VaultStore } from "../../src/obsidian/vault-store";
import { App } from "../fakes/obsidian";
import { recordingIo } from "../support/cli-io";
import { useTempDirs } from "../support/temp-dirs";
import { FOLDERS, importText } from "../support/import";
import { digestSurvey } from "../support/survey-builder";
import { unresolvedLinks } from "../support/vault-checks";
import type * as O from "obsidian";

const survey = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234" }, { title: "Dense Passing", arxiv: "2403.05678" }]);
const temp = useTempDirs("survey-vault-state");

describe("vault state", () => {
	it("a paper note whose frontmatter the user broke is left untouched and reported", async () => {
		const broken = "---\ntype: paper\ntitle: Sparse Routers\narxiv: [2403.01234\n---\nMy careful notes.\n";
		const store = new MemoryStore({ [`${FOLDERS.papers}/Sparse Routers.md`]: broken });
		const { result } = await importText(store, survey, "s.md");
		expect(await store.read(`${FOLDERS.papers}/Sparse Routers.md`)).toBe(broken);
		expect(result.skipped).toEqual([{ path: `${FOLDERS.papers}/Sparse Routers.md`, reason: expect.stringMatching(/invalid YAML in frontmatter/) }]);
		expect(Object.keys(store.snapshot()).filter((p) => p.includes("Sparse"))).toHaveLength(1);
	});

	it("a file where a folder should be stops the import before anything is written (CLI)", async () => {
		const vault = temp();
		writeFileSync(path.join(vault, "Research"), "not a folder");
		writeFileSync(path.join(vault, "survey.md"), survey);
		const io = recordingIo(vault);
		expect(await runCli(["import", "survey.md", "--vault", "."], io)).toBe(1);
		expect(io.err).toBe("survey-vault: survey.md: Research is a file, but the import needs a folder there; see 'survey-vault import --help'\n");
		expect(readdirSync(vault).sort()).toEqual(["Research", "survey.md"]);
	});

	it("two notes that claim the same arXiv id: one is updated, the other left alone, and the import says so", async () => {
		const mine = "---\ntype: paper\ntitle: Copy\narxiv: \"2403.01234\"\n---\nmine\n";
		const store = new MemoryStore({ "A/first.md": mine, "B/second.md": mine });
		const { plan } = await importText(store, survey, "s.md");
		expect(plan.warnings).toEqual(["notes A/first.md, B/second.md all claim paper 2403.01234; A/first.md is updated"]);
		expect(await store.read("B/second.md")).toBe(mine);
		expect(await store.read("A/first.md")).toContain("## From [[Robustness digest]]");
	});

	it("a read-only note fails with its name, keeps its text, and the rest can be re-run", async () => {
		const app = new App();
		const store = new VaultStore(app.vault as unknown as O.Vault);
		await importText(store, survey, "s.md");
		const path = `${FOLDERS.papers}/Sparse Routers.md`;
		const before = app.vault.text(path);
		app.vault.setReadOnly(path);
		const second = digestSurvey([{ title: "Sparse Routers", arxiv: "2403.01234" }, { title: "New Paper", arxiv: "2403.09999" }], { title: "Second digest" });
		const { result } = await importText(store, second, "t.md");
		expect(result.failed).toEqual({ path, reason: expect.stringContaining("permission denied") });
		expect(app.vault.text(path)).toBe(before);
		expect(result.notWritten[0]).toBe(path);
	});

	it("a write that fails half-way leaves every written note whole; re-running finishes", async () => {
		const app = new App();
		const store = new VaultStore(app.vault as unknown as O.Vault);
		let n = 0;
		app.vault.failNextWrite(() => ++n === 2);
		const first = await importText(store, survey, "s.md");
		expect(first.result.failed?.reason).toBe("disk full");
		for (const p of first.result.created) expect(app.vault.text(p)).toMatch(/^---\ntype: paper\n[\s\S]*%% survey-vault:state .* %%\n$/);
		const second = await importText(store, survey, "s.md");
		expect(second.result.failed).toBeUndefined();
		expect(unresolvedLinks(app.vault.snapshot())).toEqual([]);
		expect(Object.keys(app.vault.snapshot())).toHaveLength(5);
	});

	it("nothing is written outside the vault folder by the file-system store", async () => {
		const root = temp();
		const vault = path.join(root, "vault");
		mkdirSync(vault);
		writeFileSync(path.join(root, "survey.md"), survey);
		const io = recordingIo(root);
		expect(await runCli(["import", "survey.md", "--vault", "vault", "--folder", "../escape"], io)).toBe(2);
		expect(io.err).toMatch(/--folder takes a folder inside the vault/);
		expect(readdirSync(root).sort()).toEqual(["survey.md", "vault"]);
		expect(readdirSync(vault)).toEqual([]);
	});
});
