// An import issue: a problem with a file or a row, named by file, line and field, with what to do about it.

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  /** The file (or ZIP entry) the issue is about, as the user would recognise it. */
  file: string;
  /** 1-based line in that file, when the issue is about one record. */
  line?: number;
  /** The column or field concerned, when there is one. */
  field?: string;
  /** What is wrong and, where it helps, what to do. */
  reason: string;
  /** 'error': the row or file was not imported. 'warning': imported, but look at it. 'info': how the file was read. */
  severity: IssueSeverity;
  /**
   * How many rows this issue stands for when it sums up several (one per file and column for unreadable values, and
   * the rows past the per-file cap); absent means one. `line` is then the first of them.
   */
  count?: number;
}

export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.line !== undefined ? `line ${issue.line}` : '', issue.field ? `field "${issue.field}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.reason}`;
}
