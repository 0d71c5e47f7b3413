export { parseSurvey, type ParseOptions } from "./survey-parser";
export { SurveyParseError, type SurveyErrorCode } from "./errors";
export { MAX_SURVEY_BYTES } from "./input";
export type { Survey, Paper, Direction, Trend, ReviewSection, SurveyWarning, YearSource } from "./model";
