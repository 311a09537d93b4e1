// Terminal output: JSON for scripts, tables and colour for people; errors to stderr.
import Table from 'cli-table3';
import pc from 'picocolors';
import { formatIssue, type ImportIssue } from '../core/imports/import-issue.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2));
}

/** Terminal width; 120 when not a terminal (pipes, tests), so output stays stable there. */
function terminalWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? Math.max(60, process.stdout.columns) : 120;
}

/**
 * A table that fits the terminal: when rows are wider than it, the widest column wraps (long "why" and
 * "reasons" texts) instead of the whole table breaking across lines.
 */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = head.map((title, column) => Math.max(title.length, ...cells.map((row) => Math.max(...(row[column] ?? '').split('\n').map((line) => line.length)))) + 2);
  const total = widths.reduce((sum, width) => sum + width, 0) + head.length + 1;
  const available = terminalWidth();
  let colWidths: (number | null)[] = [];
  if (total > available) {
    const widest = widths.indexOf(Math.max(...widths));
    const others = total - widths[widest];
    colWidths = widths.map((width, column) => (column === widest ? Math.max(20, available - others) : width));
  }
  const rendered = new Table({ head: head.map((title) => pc.bold(title)), style: { head: [], border: [] }, wordWrap: true, colWidths });
  for (const row of cells) rendered.push(row);
  return rendered.toString();
}

/**
 * Issues grouped by what went wrong: one line per kind of problem with the lines it hit, so 26 hidden profiles or
 * 5,000 warnings do not bury the summary. --json gives every issue.
 */
export function printIssues(output: Output, issues: ImportIssue[], shownGroups = 12): void {
  for (const severity of ['error', 'warning'] as const) {
    const groups = new Map<string, ImportIssue[]>();
    for (const issue of issues.filter((candidate) => candidate.severity === severity)) {
      const key = `${issue.file}\u0000${issue.field ?? ''}\u0000${issue.reason}`;
      groups.set(key, [...(groups.get(key) ?? []), issue]);
    }
    const label = severity === 'error' ? pc.red('not imported') : pc.yellow('warning');
    const list = [...groups.values()];
    for (const group of list.slice(0, shownGroups)) {
      if (group.length === 1) {
        output.err(`${label}  ${formatIssue(group[0])}`);
        continue;
      }
      const lines = group.map((issue) => issue.line).filter((line) => line !== undefined);
      const where = lines.length ? `, lines ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', ...' : ''}` : '';
      output.err(`${label}  ${group[0].file}${where}${group[0].field ? `, field "${group[0].field}"` : ''} (${group.length} rows): ${group[0].reason}`);
    }
    if (list.length > shownGroups) output.err(`${label}  ... and ${list.length - shownGroups} more kinds of issue (see --json for all)`);
  }
}

/** Values coming from contact data are printed as text: control characters would rewrite the terminal. */
export function plain(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}
