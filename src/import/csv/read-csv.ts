// CSV text to records with their starting line numbers; malformed CSV becomes an issue, never an exception.
import { parse } from 'csv-parse/sync';
import type { ImportIssue } from '../import-issue.ts';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  records: CsvRecord[];
  issues: ImportIssue[];
}

/**
 * Parses the whole text. Quoted commas, doubled quotes, quoted newlines, CRLF and mixed line endings are handled
 * by csv-parse; an unclosed quote or similar damage stops the file with an issue naming the line.
 */
export function readCsv(fileName: string, text: string, delimiter = detectDelimiter(text)): CsvTable {
  try {
    // csv-parse counts a CRLF inside a quoted cell as two lines; with LF only, line numbers match a text editor's.
    const parsed = parse(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const records: CsvRecord[] = [];
    let previousEnd = 0;
    for (const { record, info } of parsed) {
      records.push({ line: previousEnd + 1, fields: record });
      previousEnd = info.lines;
    }
    return { records, issues: [] };
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    return {
      records: [],
      issues: [
        {
          file: fileName,
          line: lines,
          reason: `the file is not valid CSV (${describeCsvError(message ?? String(error))}); fix that line or export the file again`,
          severity: 'error',
        },
      ],
    };
  }
}

function describeCsvError(message: string): string {
  if (/quote/i.test(message) && /not closed|closing/i.test(message)) return 'a quoted field is never closed';
  if (/Invalid Closing Quote/i.test(message)) return 'a quote is followed by stray characters';
  return message.replace(/^CsvError:\s*/, '');
}

/** Picks the delimiter that splits the first lines most consistently (Excel in some locales writes ';'). */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 8192).split(/\r?\n/).filter((line) => line.trim()).slice(0, 10);
  let best = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t']) {
    const counts = sample.map((line) => line.split(candidate).length - 1);
    const header = counts.find((count) => count > 0) ?? 0;
    const score = counts.filter((count) => count === header && count > 0).length * header;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Finds the header row among the first records: the first record holding every required column name
 * (case-insensitive). LinkedIn puts a "Notes:" preamble of varying length above it, so no fixed skip.
 */
export function findHeader(records: CsvRecord[], required: readonly string[], searchLimit = 50): number {
  const wanted = required.map((name) => name.toLowerCase());
  const limit = Math.min(records.length, searchLimit);
  for (let i = 0; i < limit; i++) {
    const names = new Set(records[i].fields.map((field) => field.trim().toLowerCase()));
    if (wanted.every((name) => names.has(name))) return i;
  }
  return -1;
}

/** Column positions by lower-cased header name; the first of duplicate names wins, duplicates are reported. */
export function columnIndex(header: string[]): { index: Map<string, number>; duplicates: string[] } {
  const index = new Map<string, number>();
  const duplicates: string[] = [];
  header.forEach((name, position) => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    if (index.has(key)) duplicates.push(name.trim());
    else index.set(key, position);
  });
  return { index, duplicates };
}

export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

/** Cells a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM(...)", "+cmd|..."). */
export function looksLikeFormula(value: string): boolean {
  return /^[=@]/.test(value) || /^[+-][\p{L}=@]/u.test(value);
}
