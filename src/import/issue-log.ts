// The issues of one file, kept bounded: a column whose values cannot be read is one issue with a count and examples,
// and past a cap further row issues are counted by kind instead of listed, so 30,000 bad rows never mean 30,000 lines.
import type { ImportIssue } from './import-issue.ts';

export const ISSUE_LIMITS = {
  /** Row issues listed one by one per file; later ones are counted in a summary per kind (severity, field, reason). */
  maxRowIssues: 100,
  /** Lines named in a column summary. */
  exampleLines: 5,
};

interface Summary {
  first: ImportIssue;
  count: number;
  lines: number[];
  /** 'column': values of one column (the first issue's reason plus the count); 'overflow': rows past the cap. */
  kind: 'column' | 'overflow';
  /** The last line counted, so a row with two bad values in one column counts once. */
  last?: number;
}

type Entry = ImportIssue | Summary;

const isSummary = (entry: Entry): entry is Summary => 'first' in entry;

/** "the row has 3 fields but the header has 7" and "... 5 fields ..." are one kind; quoted values and numbers vary. */
function shapeOf(reason: string): string {
  return reason.replace(/"[^"]*"/g, '""').replace(/\d[\d,.]*/g, '#');
}

function lineList(lines: number[], count: number): string {
  const more = count - lines.length;
  return `line${count === 1 ? '' : 's'} ${lines.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}

/** Issues of one file, in the order they first happened. Reads like an array for `push`, so readers keep their shape. */
export class IssueLog {
  private readonly entries: Entry[] = [];
  private readonly columns = new Map<string, Summary>();
  private readonly overflow = new Map<string, Summary>();
  private rowIssues = 0;

  constructor(private readonly limits = ISSUE_LIMITS) {}

  /** File-level issues (no line) are always kept; row issues up to the cap, then counted by kind. */
  push(...issues: ImportIssue[]): void {
    for (const issue of issues) {
      if (issue.line === undefined) {
        this.entries.push(issue);
        continue;
      }
      if (this.rowIssues < this.limits.maxRowIssues) {
        this.rowIssues += issue.count ?? 1;
        this.entries.push(issue);
        continue;
      }
      const key = `${issue.severity}\u0000${issue.file}\u0000${issue.field ?? ''}\u0000${shapeOf(issue.reason)}`;
      const summary = this.overflow.get(key);
      if (summary) summary.count += issue.count ?? 1;
      else this.overflow.set(key, { first: issue, count: issue.count ?? 1, lines: [issue.line], kind: 'overflow' });
    }
  }

  /** An issue that says why the file could not be read: kept whatever the cap (an unclosed quote on line 90,000). */
  keep(issue: ImportIssue): void {
    this.entries.push(issue);
  }

  /**
   * A value of a column that could not be read, or was read with a caveat: one issue per file, column and `kind`,
   * the first occurrence's reason with the count and the first lines. Never counts against the cap.
   */
  column(kind: string, issue: ImportIssue & { line: number; field: string }): void {
    const key = `${kind}\u0000${issue.file}\u0000${issue.field}`;
    const summary = this.columns.get(key);
    if (summary) {
      // Rows are counted, not values: two bad emails in one cell are one row to fix.
      if (summary.last === issue.line) return;
      summary.last = issue.line;
      summary.count++;
      if (summary.lines.length < this.limits.exampleLines) summary.lines.push(issue.line);
      return;
    }
    const created: Summary = { first: issue, count: 1, lines: [issue.line], kind: 'column', last: issue.line };
    this.columns.set(key, created);
    this.entries.push(created);
  }

  /** Every issue, summaries written out, overflow summaries last. */
  list(): ImportIssue[] {
    const issues = this.entries.map((entry) => (isSummary(entry) ? written(entry, this.limits.maxRowIssues) : entry));
    for (const summary of this.overflow.values()) issues.push(written(summary, this.limits.maxRowIssues));
    return issues;
  }
}

function written(summary: Summary, maxRowIssues: number): ImportIssue {
  const { first, count } = summary;
  if (count === 1 && summary.kind === 'column') return first;
  const reason =
    summary.kind === 'column'
      ? `${first.reason} (${count.toLocaleString('en-US')} rows of this column in all: ${lineList(summary.lines, count)})`
      : `${count.toLocaleString('en-US')} more row${count === 1 ? '' : 's'} with this kind of issue, from line ${first.line} (only the first ${maxRowIssues} row issues of a file are listed one by one); the first: ${first.reason}`;
  return { ...first, reason, count };
}

/** Caps a list of issues that a reader built in full (one log per file), for readers that do not log as they go. */
export function capIssues(issues: ImportIssue[]): ImportIssue[] {
  const logs = new Map<string, IssueLog>();
  for (const issue of issues) {
    let log = logs.get(issue.file);
    if (!log) logs.set(issue.file, (log = new IssueLog()));
    log.push(issue);
  }
  return [...logs.values()].flatMap((log) => log.list());
}
