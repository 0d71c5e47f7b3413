import type { PaperRecord } from "./paper-record";

/**
 * One change to the set of paper records: what the plugin's catalog
 * delivers and what tables and the search index apply, one at a time.
 */
export type RecordChange =
	| { kind: "upsert"; record: PaperRecord; previous: PaperRecord | null }
	| { kind: "delete"; previous: PaperRecord }
	| { kind: "rename"; record: PaperRecord; oldPath: string };
