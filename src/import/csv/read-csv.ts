// CSV text to records with their starting line numbers; malformed CSV becomes an issue, never an exception.
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
 * Parses the whole text (RFC 4180: quoted delimiters, doubled quotes, quoted line breaks; CRLF, LF or CR). A quote
 * inside an unquoted field is kept as text, as spreadsheets do. A quoted field that never closes stops the file with
 * an issue naming the line where it opened. Written here rather than taken from csv-parse because csv-parse builds an
 * error object for every row whose width differs from the first row, which LinkedIn's preamble makes every row.
 */
export function readCsv(fileName: string, text: string, delimiter = detectDelimiter(text)): CsvTable {
  const records: CsvRecord[] = [];
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (position < length) {
    const recordLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text.charCodeAt(position) === QUOTE) {
        const openedOn = line;
        position++;
        let chunkStart = position;
        for (;;) {
          const next = text.indexOf('"', position);
          if (next < 0) {
            return {
              records: [],
              issues: [{ file: fileName, line: openedOn, reason: 'the file is not valid CSV (a quoted field opened on this line is never closed); fix that line or export the file again', severity: 'error' }],
            };
          }
          for (let i = position; i < next; i++) {
            const code = text.charCodeAt(i);
            if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
          }
          if (text.charCodeAt(next + 1) === QUOTE) {
            value += text.slice(chunkStart, next + 1);
            position = next + 2;
            chunkStart = position;
            continue;
          }
          value += text.slice(chunkStart, next);
          position = next + 1;
          break;
        }
        // Stray text after a closing quote ("abc"def) is kept, as spreadsheets do.
        const stray = position;
        while (position < length) {
          const code = text.charCodeAt(position);
          if (code === separator || code === LF || code === CR) break;
          position++;
        }
        if (position > stray) value += text.slice(stray, position);
      } else {
        const stray = position;
        while (position < length) {
          const code = text.charCodeAt(position);
          if (code === separator || code === LF || code === CR) break;
          position++;
        }
        value = text.slice(stray, position);
      }
      fields.push(value);
      const code = text.charCodeAt(position);
      if (code === separator) {
        position++;
        if (position >= length) fields.push('');
      } else {
        endOfRecord = true;
        if (code === CR) {
          position++;
          if (text.charCodeAt(position) === LF) position++;
        } else if (code === LF) {
          position++;
        }
        line++;
      }
    }
    records.push({ line: recordLine, fields });
  }
  return { records, issues: [] };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

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
