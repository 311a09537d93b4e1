// Terminal output: JSON for scripts, tables and colour for people; errors to stderr.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import pc from 'picocolors';
import { formatIssue, type ImportIssue } from '../core/imports/import-issue.ts';

// cli-table3 (CommonJS, a dozen files with its dependencies) loads on the first table, not on every start: `referable
// --version`, JSON output and most errors print none.
const requireCjs = createRequire(import.meta.url);
let TableClass: typeof TableType | null = null;
const loadTable = () => (TableClass ??= requireCjs('cli-table3') as typeof TableType);

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
  return process.stdout.isTTY && process.stdout.columns ? Math.max(40, process.stdout.columns) : 120;
}

/** How far tables give way to the terminal. */
export const TABLE_DEFAULTS = {
  /** A text column keeps at least this many characters; narrower than that, rows turn into word ladders. */
  minTextWidth: 10,
  /** Columns of single tokens this short (ids, numbers, dates, yes/no) keep their width: cutting them hides data. */
  maxFixedWidth: 16,
  /** Text columns try to stay as wide as their longest word, up to this, so words wrap rather than get cut. */
  maxWordWidth: 16,
};

const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text: string) => text.replace(ANSI, '').length;
const longestLine = (text: string) => Math.max(0, ...text.split('\n').map(visibleLength));

/**
 * A table that fits the terminal. When rows are wider than it, the text columns (names, titles, "why") shrink in
 * proportion to their width while ids and numbers keep theirs; when even that leaves a text column under
 * minTextWidth (many columns, narrow terminal), each row prints as a "label: value" list instead.
 */
export function table(head: string[], rows: (string | number)[][], options: { width?: number } = {}): string {
  const available = options.width ?? terminalWidth();
  const cells = rows.map((row) => head.map((_, column) => String(row[column] ?? '')));
  // Natural widths include cli-table3's one space of padding either side.
  const natural = head.map((title, column) => Math.max(visibleLength(title), ...cells.map((row) => longestLine(row[column]))) + 2);
  const borders = head.length + 1;
  const total = natural.reduce((sum, width) => sum + width, 0) + borders;
  let colWidths: (number | null)[] = [];
  if (total > available) {
    const fitted = shrinkColumns(head, cells, natural, available - borders);
    if (!fitted) return verticalList(head, cells, available);
    colWidths = fitted;
  }
  const Table = loadTable();
  const rendered = new Table({ head: head.map((title) => pc.bold(title)), style: { head: [], border: [] }, wordWrap: true, wrapOnWordBoundary: true, colWidths });
  for (const row of cells) rendered.push(row);
  return rendered.toString();
}

/** Column widths that sum to at most `budget`, or null when the text columns would fall under the minimum. */
function shrinkColumns(head: string[], cells: string[][], natural: number[], budget: number): number[] | null {
  // A column's floor is its longest word (up to maxWordWidth), never under minTextWidth: cutting words loses them.
  const longestWord = (column: number) => Math.max(0, ...cells.map((row) => Math.max(...row[column].split(/\s+/).map(visibleLength))));
  const floors = natural.map((width, column) => Math.min(width, Math.max(TABLE_DEFAULTS.minTextWidth, Math.min(TABLE_DEFAULTS.maxWordWidth, longestWord(column))) + 2));
  const fixed = natural.map((width, column) => width <= floors[column] || (width <= TABLE_DEFAULTS.maxFixedWidth + 2 && cells.every((row) => !/\s/.test(row[column]))));
  const widths = natural.slice();
  let flexible = head.map((_, column) => column).filter((column) => !fixed[column]);
  let room = budget - natural.reduce((sum, width, column) => sum + (fixed[column] ? width : 0), 0);
  // Share the room in proportion to natural width; a column whose share falls under the floor takes the floor and
  // leaves the rest to share again, so the long "why" column gives up the most.
  while (flexible.length > 0) {
    const wanted = flexible.reduce((sum, column) => sum + natural[column], 0);
    const starved = flexible.filter((column) => Math.floor((natural[column] * room) / wanted) < floors[column]);
    if (starved.length === 0) {
      let left = room;
      for (const column of flexible) {
        widths[column] = Math.floor((natural[column] * room) / wanted);
        left -= widths[column];
      }
      // Hand the rounding remainder to the widest column.
      const widest = flexible.reduce((best, column) => (natural[column] > natural[best] ? column : best), flexible[0]);
      widths[widest] += left;
      return widths;
    }
    for (const column of starved) widths[column] = floors[column];
    room -= starved.reduce((sum, column) => sum + widths[column], 0);
    flexible = flexible.filter((column) => !starved.includes(column));
    if (room < 0) return null;
  }
  return room >= 0 ? widths : null;
}

/** One block per row, "label: value", values wrapped under themselves; blank line between rows. */
function verticalList(head: string[], cells: string[][], width: number): string {
  const labelWidth = Math.max(...head.map(visibleLength)) + 2;
  const valueWidth = Math.max(20, width - labelWidth);
  const blocks = cells.map((row) =>
    head
      .map((title, column) => {
        const lines = row[column].split('\n').flatMap((line) => wrapText(line, valueWidth));
        const label = `${title}:`.padEnd(labelWidth);
        return lines.map((line, index) => (index === 0 ? pc.bold(label) : ' '.repeat(labelWidth)) + line).join('\n');
      })
      .join('\n'),
  );
  return blocks.join('\n\n');
}

/** Words onto lines of at most `width` characters; a word longer than a line is cut. */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (visibleLength(rest) > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (visibleLength(line) + 1 + visibleLength(rest) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Issues grouped by what went wrong: one line per kind of problem with the lines it hit, so 26 hidden profiles or
 * 5,000 warnings do not bury the summary. Notes on how a file was read come last. --json gives every issue.
 */
export function printIssues(output: Output, issues: ImportIssue[], shownGroups = 12): void {
  const labels = { error: pc.red('not imported'), warning: pc.yellow('warning'), info: pc.cyan('note') } as const;
  for (const severity of ['error', 'warning', 'info'] as const) {
    const groups = new Map<string, ImportIssue[]>();
    for (const issue of issues.filter((candidate) => candidate.severity === severity)) {
      const key = `${issue.file}\u0000${issue.field ?? ''}\u0000${issue.reason}`;
      groups.set(key, [...(groups.get(key) ?? []), issue]);
    }
    const label = labels[severity];
    const list = [...groups.values()];
    for (const group of list.slice(0, shownGroups)) {
      if (group.length === 1) {
        output.err(`${label}  ${formatIssue(group[0])}`);
        continue;
      }
      // An issue may already stand for several rows (count): the group counts rows, not issues.
      const rows = group.reduce((sum, issue) => sum + (issue.count ?? 1), 0);
      const lines = group.map((issue) => issue.line).filter((line) => line !== undefined);
      const where = lines.length ? `, lines ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', ...' : ''}` : '';
      output.err(`${label}  ${group[0].file}${where}${group[0].field ? `, field "${group[0].field}"` : ''} (${rows} rows): ${group[0].reason}`);
    }
    if (list.length > shownGroups) output.err(`${label}  ... and ${list.length - shownGroups} more kinds of issue (see --json for all)`);
  }
}

/** Values coming from contact data are printed as text: control characters would rewrite the terminal. */
export function plain(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}
