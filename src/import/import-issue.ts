// What importers take and return: files in, rows plus issues out (expected failures are data, not exceptions).
import type { ImportIssue } from '../core/imports/import-issue.ts';

export type { ImportIssue, IssueSeverity } from '../core/imports/import-issue.ts';
export { formatIssue } from '../core/imports/import-issue.ts';

export interface ParseResult<Row> {
  rows: Row[];
  issues: ImportIssue[];
}

/** A file handed to an importer: its display name and its bytes. Importers never open paths. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
