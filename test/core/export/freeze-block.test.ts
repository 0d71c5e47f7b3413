import { describe, expect, it } from "vitest";
import { freezeBlock } from "../../../src/core/export/freeze-block";

describe("freezeBlock", () => {
	const note = "Intro\n\n````paper-table\nwhere: year > 2020\n````\nOutro\n";

	it("replaces exactly the block's lines, fences included", () => {
		expect(freezeBlock(note, 2, 4, "| A |\n| --- |\n| 1 |\n")).toBe("Intro\n\n| A |\n| --- |\n| 1 |\nOutro\n");
	});

	it("keeps a CRLF note's line ends", () => {
		expect(freezeBlock(note.replace(/\n/g, "\r\n"), 2, 4, "| A |\n| --- |\n")).toBe("Intro\r\n\r\n| A |\r\n| --- |\r\nOutro\r\n");
	});

	it("refuses lines that are not a paper-table block any more", () => {
		expect(freezeBlock(note, 1, 4, "x")).toBeNull();
		expect(freezeBlock(note, 2, 3, "x")).toBeNull();
		expect(freezeBlock(note.replace("paper-table", "python"), 2, 4, "x")).toBeNull();
		expect(freezeBlock(note, 2, 40, "x")).toBeNull();
		expect(freezeBlock("```paper-table\n```", 0, 1, "| A |")).toBe("| A |");
	});
});
