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

/** Tunables of the reader. */
export const CSV_LIMITS = {
  /**
   * The longest field we read, in characters. It bounds the memory a streamed file can take (an unclosed quote would
   * otherwise swallow the rest of the file into one field) and is far above any real cell (notes run to kilobytes).
   */
  maxFieldChars: 4 * 1024 * 1024,
};

/**
 * Reads CSV text handed over in pieces (RFC 4180: quoted delimiters, doubled quotes, quoted line breaks; CRLF, LF or
 * CR). `push` returns the records completed so far and keeps an unfinished one for the next piece, so a file streams
 * through with memory bounded by its longest record; `end` flushes the last one. A quote inside an unquoted field is
 * kept as text, as spreadsheets do. A quoted field that never closes, or a field longer than CSV_LIMITS.maxFieldChars,
 * stops the file with an issue naming the line where it opened (`failed` turns true and no more records come).
 * Written here rather than taken from csv-parse because csv-parse builds an error object for every row whose width
 * differs from the first row, which LinkedIn's preamble makes every row.
 */
export class CsvReader {
  readonly issues: ImportIssue[] = [];
  failed = false;
  private delimiter: string;
  private pending = '';
  private line = 1;
  private started = false;

  constructor(
    private readonly fileName: string,
    delimiter = '',
    private readonly maxFieldChars = CSV_LIMITS.maxFieldChars,
  ) {
    this.delimiter = delimiter;
  }

  /** The records completed by this piece of text. The delimiter is detected on the first 8 KB unless given. */
  push(text: string): CsvRecord[] {
    if (this.failed) return [];
    this.pending = this.pending ? this.pending + text : text;
    // Detection needs a few lines; wait for them unless the file is shorter.
    if (!this.delimiter && this.pending.length < 8192) return [];
    return this.parse(false);
  }

  end(): CsvRecord[] {
    if (this.failed) return [];
    return this.parse(true);
  }

  private fail(line: number, reason: string): CsvRecord[] {
    this.failed = true;
    this.pending = '';
    this.issues.push({ file: this.fileName, line, reason, severity: 'error' });
    return [];
  }

  private parse(final: boolean): CsvRecord[] {
    let text = this.pending;
    if (!this.started) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!this.delimiter) this.delimiter = detectDelimiter(text);
      this.started = true;
    }
    const records: CsvRecord[] = [];
    const separator = this.delimiter.charCodeAt(0);
    const length = text.length;
    const maxField = this.maxFieldChars;
    let position = 0;
    let line = this.line;
    // Where the unfinished record starts: what is kept for the next piece.
    let recordStart = 0;
    let complete = true;
    records: while (position < length) {
      recordStart = position;
      const recordLine = line;
      const fields: string[] = [];
      for (;;) {
        let value = '';
        if (text.charCodeAt(position) === QUOTE) {
          const openedOn = line;
          const fieldStart = position;
          position++;
          let chunkStart = position;
          for (;;) {
            const next = text.indexOf('"', position);
            // Without the character after the quote we cannot tell a closing quote from a doubled one.
            if (next < 0 || (!final && next === length - 1)) {
              if (length - fieldStart > maxField) return this.tooLong(records, openedOn);
              if (!final) {
                complete = false;
                line = recordLine;
                break records;
              }
              this.fail(openedOn, 'the file is not valid CSV (a quoted field opened on this line is never closed); fix that line or export the file again');
              return [];
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
          if (position - fieldStart > maxField) return this.tooLong(records, openedOn);
        } else {
          const stray = position;
          while (position < length) {
            const code = text.charCodeAt(position);
            if (code === separator || code === LF || code === CR) break;
            position++;
          }
          if (position - stray > maxField) return this.tooLong(records, line);
          value = text.slice(stray, position);
        }
        // The field ran to the end of this piece: the record may go on in the next one.
        if (!final && position >= length) {
          complete = false;
          line = recordLine;
          break records;
        }
        fields.push(value);
        const code = text.charCodeAt(position);
        if (code === separator) {
          position++;
          if (position >= length) {
            if (!final) {
              complete = false;
              line = recordLine;
              break records;
            }
            // A delimiter at the very end of the text: one empty last field, and the record is done.
            fields.push('');
            line++;
            break;
          }
        } else {
          if (code === CR) {
            // A CR at the very end of a piece may be the first half of a CRLF.
            if (!final && position + 1 >= length) {
              complete = false;
              line = recordLine;
              break records;
            }
            position++;
            if (text.charCodeAt(position) === LF) position++;
          } else if (code === LF) {
            position++;
          }
          line++;
          break;
        }
      }
      records.push({ line: recordLine, fields });
    }
    this.line = line;
    this.pending = complete ? '' : text.slice(recordStart);
    // A record that outgrew the limit while waiting for more text is no real record.
    if (!complete && this.pending.length > maxField * 4) return this.tooLong(records, line);
    return records;
  }

  private tooLong(records: CsvRecord[], line: number): CsvRecord[] {
    this.fail(
      line,
      `a field starting on this line is longer than ${this.maxFieldChars.toLocaleString('en-US')} characters; a quote is probably never closed, or this is not a CSV file. Fix that line or export the file again`,
    );
    // Records completed before the damage are not handed out: the whole file is refused.
    records.length = 0;
    return [];
  }
}

/** Reads a whole text at once; on damage the records are dropped and the issue says where. */
export function readCsv(fileName: string, text: string, delimiter = detectDelimiter(text)): CsvTable {
  const reader = new CsvReader(fileName, delimiter);
  const records = reader.push(text);
  const rest = reader.end();
  if (reader.failed) return { records: [], issues: reader.issues };
  for (const record of rest) records.push(record);
  return { records, issues: reader.issues };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Occurrences of `candidate` in a line outside double quotes (a quoted note full of ';' says nothing). */
function countOutsideQuotes(line: string, candidate: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === candidate) count++;
  }
  return count;
}

/** Picks the delimiter that splits the first lines most consistently (Excel in some locales writes ';'). */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 8192).split(/\r?\n/).filter((line) => line.trim()).slice(0, 10);
  let best = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t']) {
    const counts = sample.map((line) => countOutsideQuotes(line, candidate));
    const header = counts.find((count) => count > 0) ?? 0;
    const score = counts.filter((count) => count === header && count > 0).length * header;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const defaultKey = (name: string) => name.trim().toLowerCase();

/**
 * Finds the header row among the first records: the first record holding every required column name
 * (case-insensitive, or as `key` folds names). LinkedIn puts a "Notes:" preamble of varying length above it, so no fixed skip.
 */
export function findHeader(records: CsvRecord[], required: readonly string[], searchLimit = 50, key = defaultKey): number {
  const wanted = required.map(key);
  const limit = Math.min(records.length, searchLimit);
  for (let i = 0; i < limit; i++) {
    const names = new Set(records[i].fields.map(key));
    if (wanted.every((name) => names.has(name))) return i;
  }
  return -1;
}

/** Column positions by header name (trimmed, lower-cased, or as `key` folds it); the first of duplicate names wins, duplicates are reported. */
export function columnIndex(header: string[], keyOf = defaultKey): { index: Map<string, number>; duplicates: string[] } {
  const index = new Map<string, number>();
  const duplicates: string[] = [];
  header.forEach((name, position) => {
    const key = keyOf(name);
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
