export { planImport, ImportError, keptEditsOf, keptEditsMessage, type ImportOptions, type ImportPlan, type PlannedNote, type NoteKind } from "./import-planner";
export { applyPlan, type ApplyResult, type ApplyOptions } from "./plan-applier";
export { safeNoteName, renderNameTemplate, shortTitle, MAX_NAME_BYTES } from "./file-names";
