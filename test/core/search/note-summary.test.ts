import { describe, expect, it } from "vitest";
import { SUMMARY_LIMIT, summaryFromNote } from "../../../src/core/search/note-summary";

const note = (body: string): string => `---\ntype: paper\ntitle: "Quasar Variability"\n---\n${body}`;

describe("summaryFromNote", () => {
	it("reads what the surveys say, without headings, link brackets or emphasis", () => {
		const text = note(
			[
				"My own notes: not a summary.",
				"%% survey-vault:begin survey:abc %%",
				"## From [[Time-domain astronomy (2026-01-02)|Time-domain astronomy]]",
				"",
				"Uses **damped random walks** to model [[Quasar]] light curves.",
				"%% survey-vault:end survey:abc %%",
				"%% survey-vault:begin survey:def %%",
				"## 来自 [[巡天]]",
				"阻尼随机游走模型。",
				"%% survey-vault:end survey:def %%",
				"%% survey-vault:begin table %%",
				"```paper-table",
				"```",
				"%% survey-vault:end table %%",
			].join("\n"),
		);
		expect(summaryFromNote(text)).toBe("Uses damped random walks to model Quasar light curves. 阻尼随机游走模型。");
	});

	it("finds none in a note without survey regions, and bounds a long one", () => {
		expect(summaryFromNote(note("Just my notes.\n"))).toBeUndefined();
		const long = note(`%% survey-vault:begin survey:x %%\n${"word ".repeat(1000)}\n%% survey-vault:end survey:x %%\n`);
		expect(summaryFromNote(long)?.length).toBe(SUMMARY_LIMIT);
	});
});
