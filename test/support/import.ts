import { applyPlan, planImport, type ApplyResult, type ImportPlan } from "../../src/core/notes";
import type { NoteStore } from "../../src/core/store/note-store";
import { parseSurvey } from "../../src/core/survey";

export const FOLDERS = { papers: "Research/Papers", directions: "Research/Directions", trends: "Research/Trends", surveys: "Research/Surveys" };

/** Parses and imports one survey document into a store, as the adapters do. */
export async function importText(store: NoteStore, text: string | Uint8Array, fileName: string, today = "2026-11-21"): Promise<{ plan: ImportPlan; result: ApplyResult }> {
	const survey = parseSurvey(text, { fileName });
	const plan = await planImport(store, survey, { folders: FOLDERS, today, paperTags: ["paper"], source: fileName });
	return { plan, result: await applyPlan(store, plan) };
}
