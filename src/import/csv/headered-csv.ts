// A CSV file read as rows addressed by column name, with the checks every CSV importer needs in one place: whole
// bytes at once (readHeaderedCsv) or a stream of byte chunks (openHeaderedCsv) with memory bounded by one chunk.
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { IssueLog } from '../issue-log.ts';
import { decodeText } from '../text/decode-text.ts';
import { TextStreamDecoder } from '../text/decode-stream.ts';
import { isPlaceholder } from './placeholders.ts';
import { columnIndex, CsvReader, findHeader, isBlankRecord, looksLikeFormula, readCsv, type CsvRecord } from './read-csv.ts';

export interface HeaderedRow {
  line: number;
  /** The trimmed value of a column by (case-insensitive) name, '' when the column or value is absent. */
  get(column: string): string;
  has(column: string): boolean;
}

export interface HeaderedCsv {
  header: string[];
  rows: HeaderedRow[];
  /** The file's issues, bounded (see IssueLog); readers add their own and hand out `issues.list()`. */
  issues: IssueLog;
  /** False when the file could not be read at all (the issues say why). */
  ok: boolean;
}

export interface HeaderedCsvOptions {
  /** Columns that identify the header row; the file is refused without them. */
  required: readonly string[];
  /** What the file should be, for messages ("a LinkedIn Connections.csv"). */
  expected: string;
  /** Warn when a cell looks like a spreadsheet formula. Default true. */
  flagFormulas?: boolean;
  /**
   * Column names compare letters and digits only ("Share Link" = "ShareLink", "FirstName" = "First Name"), for files
   * whose header spelling changed between years of the same export. Default false.
   */
  looseNames?: boolean;
  /** Read spreadsheet placeholders ("NA", "#N/A", "-") as empty cells, with a note per column. Default true. */
  placeholders?: boolean;
}

export const HEADERED_CSV_LIMITS = {
  /** A longer cell is cut to this many characters with a warning: no name, title or note needs more. */
  maxCellChars: 65_536,
  /** Records read before giving up on finding the header (LinkedIn's preamble is 3). */
  headerSearch: 50,
  /**
   * Text read before row values are copied free of the chunk they were cut from (see detach). Below it pinning the
   * chunks costs no more than reading the file whole, and copying would slow the common 30,000-row file for nothing.
   */
  detachAfterChars: 16 * 1024 * 1024,
};

type HeaderFound = { ok: true; header: string[]; index: Map<string, number>; headerAt: number; issues: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

/** "First Name" -> "firstname" with looseNames, "first name" without. */
export function columnKey(name: string, loose = false): string {
  const lower = name.trim().toLowerCase();
  return loose ? lower.replace(/[^\p{L}\p{N}]+/gu, '') : lower;
}

const nonEmpty = (record: CsvRecord) => record.fields.filter((field) => field.trim() !== '').length;

/**
 * Where the header of a file without required columns starts: the first non-blank record, except that LinkedIn's
 * "Notes:" preamble (a "Notes:" line, a sentence, a blank line) is skipped to the first record with several columns.
 */
function firstRowHeader(records: CsvRecord[], limit: number): number {
  const first = records.findIndex((record, i) => i < limit && !isBlankRecord(record));
  if (first < 0) return 0;
  if (records[first].fields[0]?.trim().toLowerCase() !== 'notes:' || nonEmpty(records[first]) > 1) return first;
  const table = records.findIndex((record, i) => i > first && i < limit && nonEmpty(record) > 1);
  return table < 0 ? first : table;
}

const quoteList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The header line a person would point at when told the columns are wrong: named with its line and its columns. */
function headerSeen(records: CsvRecord[], required: readonly string[], loose: boolean): string {
  const at = firstRowHeader(records, HEADERED_CSV_LIMITS.headerSearch);
  const record = records[at];
  if (!record || isBlankRecord(record)) return ' The file has no header line.';
  const names = record.fields.map((name) => name.trim()).filter(Boolean);
  const present = new Set(names.map((name) => columnKey(name, loose)));
  const missing = required.filter((name) => !present.has(columnKey(name, loose)));
  const shown = names.length > 12 ? `${quoteList(names.slice(0, 12))}, ...` : quoteList(names);
  return ` The header (line ${record.line}) is ${shown}${missing.length > 0 && missing.length < required.length ? `, without ${quoteList(missing)}` : ''}.`;
}

function findHeaderRow(fileName: string, records: CsvRecord[], options: HeaderedCsvOptions): HeaderFound {
  const loose = options.looseNames ?? false;
  const headerAt = options.required.length === 0
    ? firstRowHeader(records, HEADERED_CSV_LIMITS.headerSearch)
    : findHeader(records, options.required, HEADERED_CSV_LIMITS.headerSearch, (name) => columnKey(name, loose));
  if (headerAt < 0 || headerAt >= records.length) {
    const reason = `no header row with the columns ${quoteList(options.required)}; is this ${options.expected}?${headerSeen(records, options.required, loose)}`;
    return { ok: false, issues: [{ file: fileName, reason, severity: 'error' }] };
  }
  const header = records[headerAt].fields.map((name) => name.trim());
  const { index, duplicates } = columnIndex(header, (name) => columnKey(name, loose));
  const issues: ImportIssue[] = duplicates.map((name) => ({
    file: fileName, line: records[headerAt].line, field: name, reason: `the column "${name}" appears twice; the first one is used`, severity: 'warning',
  }));
  return { ok: true, header, index, headerAt, issues };
}

/**
 * A copy of a value that does not pin the text it was cut from. V8 keeps a slice's whole parent string alive, so a
 * streamed file would otherwise stay in memory chunk by chunk through the few values each row keeps.
 */
function detach(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/** Turns records after the header into rows, with the per-row checks (width, formulas, oversized cells, placeholders). */
function rowReader(fileName: string, header: string[], index: Map<string, number>, options: HeaderedCsvOptions, detachValues: boolean) {
  const flagFormulas = options.flagFormulas ?? true;
  const placeholders = options.placeholders ?? true;
  const loose = options.looseNames ?? false;
  const maxCell = HEADERED_CSV_LIMITS.maxCellChars;
  const has = (column: string) => index.has(columnKey(column, loose));
  // Readers ask every row for the same few columns by name: each name's position is worked out once per file, not
  // trimmed, lower-cased and looked up again on each of 30,000 rows.
  const positions = new Map<string, number | undefined>();
  const positionOf = (column: string): number | undefined => {
    if (positions.has(column)) return positions.get(column);
    const position = index.get(columnKey(column, loose));
    positions.set(column, position);
    return position;
  };
  return (record: CsvRecord, issues: IssueLog): HeaderedRow | null => {
    if (isBlankRecord(record)) return null;
    const fields = record.fields;
    if (fields.length > header.length && fields.slice(header.length).some((extra) => extra.trim() !== '')) {
      issues.push({
        file: fileName,
        line: record.line,
        reason: `the row has ${fields.length} fields but the header has ${header.length}; a comma inside a value is probably not quoted. Row skipped`,
        severity: 'error',
      });
      return null;
    }
    if (fields.length < header.length) {
      issues.push({
        file: fileName,
        line: record.line,
        reason: `the row has ${fields.length} fields but the header has ${header.length}; the missing ones were read as empty`,
        severity: 'warning',
      });
    }
    for (let position = 0; position < fields.length; position++) {
      const value = fields[position];
      const field = header[position] || `column ${position + 1}`;
      if (value.length > maxCell) {
        issues.column('long-cell', {
          file: fileName,
          line: record.line,
          field,
          reason: `the value is ${value.length.toLocaleString('en-US')} characters long; only the first ${maxCell.toLocaleString('en-US')} were kept`,
          severity: 'warning',
        });
        fields[position] = value.slice(0, maxCell);
      }
      if (placeholders && value.length <= 8 && isPlaceholder(value)) {
        issues.column('placeholder', {
          file: fileName,
          line: record.line,
          field,
          reason: `"${value.trim()}" is a spreadsheet placeholder, not a value; the cell was read as empty`,
          severity: 'info',
        });
        fields[position] = '';
        continue;
      }
      if (flagFormulas && looksLikeFormula(value.trim())) {
        issues.column('formula', {
          file: fileName,
          line: record.line,
          field,
          reason: 'the value looks like a spreadsheet formula; it is stored as plain text and neutralized in CSV exports',
          severity: 'warning',
        });
      }
    }
    return {
      line: record.line,
      get: detachValues
        ? (column) => {
            const position = positionOf(column);
            return position === undefined ? '' : detach((fields[position] ?? '').trim());
          }
        : (column) => {
            const position = positionOf(column);
            return position === undefined ? '' : (fields[position] ?? '').trim();
          },
      has,
    };
  };
}

export function readHeaderedCsv(file: InputFile, options: HeaderedCsvOptions): HeaderedCsv {
  const issues = new IssueLog();
  const decoded = decodeText(file.name, file.bytes);
  for (const issue of decoded.issues) issues.keep(issue);
  if (decoded.text === null) return { header: [], rows: [], issues, ok: false };
  const table = readCsv(file.name, decoded.text);
  for (const issue of table.issues) issues.keep(issue);
  if (table.issues.some((issue) => issue.severity === 'error')) return { header: [], rows: [], issues, ok: false };

  const found = findHeaderRow(file.name, table.records, options);
  for (const issue of found.issues) issues.keep(issue);
  if (!found.ok) return { header: [], rows: [], issues, ok: false };
  const read = rowReader(file.name, found.header, found.index, options, false);
  const rows: HeaderedRow[] = [];
  for (let i = found.headerAt + 1; i < table.records.length; i++) {
    const row = read(table.records[i], issues);
    if (row) rows.push(row);
  }
  return { header: found.header, rows, issues, ok: true };
}

/** A byte stream being read as a headered CSV: the header is known, the rows come in batches. */
export interface HeaderedCsvStream {
  header: string[];
  /** Which of the candidate header options matched (-1 when none did). */
  matched: number;
  /** Grows while rows are read; a file-level error can appear at any point (see `ok`). */
  issues: IssueLog;
  /**
   * False when the file could not be read: before the header (no rows come) or during the rows (a quote never
   * closed further down). A caller must then drop what it read, as readHeaderedCsv gives no rows for such a file.
   */
  ok: boolean;
  rows(): AsyncGenerator<HeaderedRow[]>;
}

/** Decoded, parsed record batches from byte chunks; `failed` and the issues say what went wrong. */
class RecordStream {
  readonly decoder: TextStreamDecoder;
  readonly reader: CsvReader;
  constructor(fileName: string, private readonly chunks: AsyncIterator<Uint8Array>) {
    this.decoder = new TextStreamDecoder(fileName);
    this.reader = new CsvReader(fileName);
  }
  get failed(): boolean {
    return this.decoder.failed || this.reader.failed;
  }
  /** Characters of text decoded so far. */
  chars = 0;
  private ended = false;
  /** The next batch of records, or null at the end (or on failure, when the file is closed at once). */
  async next(): Promise<CsvRecord[] | null> {
    for (;;) {
      if (this.ended) return null;
      if (this.failed) {
        this.ended = true;
        await this.chunks.return?.();
        return null;
      }
      const chunk = await this.chunks.next();
      if (chunk.done) {
        this.ended = true;
        const text = this.decoder.end();
        this.chars += text.length;
        if (this.decoder.failed) return null;
        const records = this.reader.push(text);
        for (const record of this.reader.end()) records.push(record);
        return this.reader.failed ? null : records.length > 0 ? records : null;
      }
      const text = this.decoder.decode(chunk.value);
      this.chars += text.length;
      const records = this.reader.push(text);
      if (records.length > 0) return records;
    }
  }
}

/**
 * Opens a CSV given as byte chunks: reads until the header is found among the first records, trying each option in
 * turn (a current and a legacy layout, a mapped header or the first row), then hands out rows in batches.
 */
export async function openHeaderedCsv(fileName: string, chunks: AsyncIterable<Uint8Array>, candidates: HeaderedCsvOptions[]): Promise<HeaderedCsvStream> {
  const source = new RecordStream(fileName, chunks[Symbol.asyncIterator]());
  const issues = new IssueLog();
  const prefix: CsvRecord[] = [];
  let ended = false;
  while (prefix.length < HEADERED_CSV_LIMITS.headerSearch) {
    const batch = await source.next();
    if (!batch) {
      ended = true;
      break;
    }
    for (const record of batch) prefix.push(record);
  }
  const collectSourceIssues = () => {
    for (const list of [source.decoder.issues, source.reader.issues]) {
      for (const issue of list.splice(0)) issues.keep(issue);
    }
  };
  collectSourceIssues();
  const stream: HeaderedCsvStream = { header: [], matched: -1, issues, ok: false, rows: async function* () {} };
  if (source.failed) return stream;

  let found: HeaderFound = { ok: false, issues: [] };
  for (let i = 0; i < candidates.length && !found.ok; i++) {
    found = findHeaderRow(fileName, prefix, candidates[i]);
    if (found.ok) stream.matched = i;
  }
  for (const issue of found.issues) issues.keep(issue);
  if (!found.ok) return stream;
  stream.ok = true;
  stream.header = found.header;
  const readPinning = rowReader(fileName, found.header, found.index, candidates[stream.matched], false);
  const readDetached = rowReader(fileName, found.header, found.index, candidates[stream.matched], true);
  const headerAt = found.headerAt;
  stream.rows = async function* () {
    const toRows = (records: CsvRecord[], from: number) => {
      const read = source.chars > HEADERED_CSV_LIMITS.detachAfterChars ? readDetached : readPinning;
      const rows: HeaderedRow[] = [];
      for (let i = from; i < records.length; i++) {
        const row = read(records[i], issues);
        if (row) rows.push(row);
      }
      return rows;
    };
    const first = toRows(prefix, headerAt + 1);
    prefix.length = 0;
    if (first.length > 0) yield first;
    while (!ended) {
      const batch = await source.next();
      collectSourceIssues();
      if (!batch) break;
      const rows = toRows(batch, 0);
      if (rows.length > 0) yield rows;
    }
    collectSourceIssues();
    if (source.failed) stream.ok = false;
  };
  return stream;
}
