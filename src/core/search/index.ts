// The paper search: a pure core over PaperRecords, used by the modal and the CLI.
export { searchPapers, type SearchResult } from "./search-papers";
export { SearchIndex, createSearchIndex, type SearchIndexOptions } from "./search-index";
export { PROSE_BATCH } from "./tuning";
export { parseQuery, type ParsedQuery, type QueryFilter, type QueryTerm } from "./query-parser";
export { describeQuery } from "./query-description";
export { FUSE_OPTIONS, FIELD_WEIGHTS, PROSE_FIELDS, SEARCH_FIELDS, type SearchField } from "./search-fields";
export type { FieldMatch } from "./fuse-scorer";
export { displayRanges, mergeRanges, otherMatch, segments, snippet, type TextSegment } from "./highlight";
export { FIELD_LABELS, describePaper } from "./result-display";
export { summaryFromNote, SUMMARY_LIMIT } from "./note-summary";
