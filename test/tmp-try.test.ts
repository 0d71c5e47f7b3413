import { test } from "vitest";
import Fuse from "fuse.js";
import { createSearchIndex, searchPapers, FUSE_OPTIONS } from "../src/core/search";
import { syntheticCorpus } from "../bench/corpus";
test("try", () => {
	const { records } = syntheticCorpus(10000);
	let t = performance.now();
	const index = createSearchIndex(records);
	console.log("build", performance.now() - t);
	const fuse = new Fuse(records.slice(0, 2000), FUSE_OPTIONS);
	const small = createSearchIndex(records.slice(0, 2000));
	for (const q of ["diffusion policy", "difusion polcy", "transformer", "多模态推理", "多模态推哩", "graph", "adaptivenet", "wang 2024", "causal vid", "visiontransformer"]) {
		t = performance.now();
		const r = searchPapers(index, q, 20);
		const ms = performance.now() - t;
		const a = searchPapers(small, q, 5).map((x) => `${x.record.title.slice(0, 25)}@${x.score.toFixed(4)}`);
		const b = fuse.search(q).slice(0, 5).map((x) => `${x.item.title.slice(0, 25)}@${(x.score ?? 1).toFixed(4)}`);
		console.log(q, ms.toFixed(1), "ms", r.length, "\n  ours", a.join(" | "), "\n  fuse", b.join(" | "));
	}
});
