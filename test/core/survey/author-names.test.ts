import { describe, expect, it } from "vitest";
import { mergeAuthors, samePerson } from "../../../src/core/survey/author-names";

describe("samePerson", () => {
	it("takes a surname or initials for the full name", () => {
		expect(samePerson("Guo", "Xiaoming Guo")).toBe(true);
		expect(samePerson("X. Guo", "Xiaoming Guo")).toBe(true);
		expect(samePerson("Thanh-Dat Truong", "T. Truong")).toBe(true);
	});

	it("keeps different people apart", () => {
		expect(samePerson("Y. Guo", "Xiaoming Guo")).toBe(false);
		expect(samePerson("Guo", "Li")).toBe(false);
		expect(samePerson("Wei Wang", "Lin Wang")).toBe(false);
		expect(samePerson("王伟", "王芳")).toBe(false);
	});

	it("compares names in Han script whole", () => {
		expect(samePerson("郭晓明", "郭晓明")).toBe(true);
		expect(samePerson("郭", "郭晓明")).toBe(false);
	});
});

describe("mergeAuthors", () => {
	it("names each person once, by the fullest name, in the first list's order", () => {
		expect(mergeAuthors(["Guo", "Li"], ["Xiaoming Guo", "Wei Li", "Anna Berg"])).toEqual(["Xiaoming Guo", "Wei Li"]);
		expect(mergeAuthors(["Xiaoming Guo", "X. Guo"])).toEqual(["Xiaoming Guo"]);
		expect(mergeAuthors(["王伟", "李娜"], ["王伟"])).toEqual(["王伟", "李娜"]);
	});

	it("keeps two people who share a surname", () => {
		expect(mergeAuthors(["Wei Wang", "Lin Wang"], ["Wang"])).toEqual(["Wei Wang", "Lin Wang"]);
	});
});
