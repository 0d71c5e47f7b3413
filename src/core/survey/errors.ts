/** Why a document could not be read as a survey. */
export type SurveyErrorCode = "empty" | "binary" | "encoding" | "too-large" | "too-deep" | "no-papers" | "internal";

/**
 * The only error the survey parser throws. The message says what was wrong
 * and where (file name and, where it applies, line).
 */
export class SurveyParseError extends Error {
	constructor(
		readonly code: SurveyErrorCode,
		message: string,
		readonly file?: string,
		readonly line?: number,
	) {
		super(`${file ?? "survey"}${line !== undefined ? `:${line}` : ""}: ${message}`);
		this.name = "SurveyParseError";
	}
}
