// The paper search: a pure core over PaperRecords, used by the modal and the CLI.
export { searchPapers, type SearchResult } from "./search-papers";
export { SearchIndex, createSearchIndex } from "./search-index";
export { parseQuery, type ParsedQuery, type QueryFilter, type QueryTerm } from "./query-parser";
export { describeQuery } from "./query-description";
export { FUSE_OPTIONS, FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField } from "./search-fields";
export type { FieldMatch } from "./fuse-scorer";
export { displayRanges, mergeRanges, otherMatch, segments, snippet, type TextSegment } from "./highlight";
export { FIELD_LABELS, describePaper } from "./result-display";
export { summaryFromNote, SUMMARY_LIMIT } from "./note-summary";
