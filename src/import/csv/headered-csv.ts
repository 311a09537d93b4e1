// A CSV file read as rows addressed by column name, with the checks every CSV importer needs in one place.
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { decodeText } from '../text/decode-text.ts';
import { columnIndex, findHeader, isBlankRecord, looksLikeFormula, readCsv } from './read-csv.ts';

export interface HeaderedRow {
  line: number;
  /** The trimmed value of a column by (case-insensitive) name, '' when the column or value is absent. */
  get(column: string): string;
  has(column: string): boolean;
}

export interface HeaderedCsv {
  header: string[];
  rows: HeaderedRow[];
  issues: ImportIssue[];
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
}

export function readHeaderedCsv(file: InputFile, options: HeaderedCsvOptions): HeaderedCsv {
  const decoded = decodeText(file.name, file.bytes);
  if (decoded.text === null) return { header: [], rows: [], issues: decoded.issues, ok: false };
  const issues: ImportIssue[] = [...decoded.issues];
  const table = readCsv(file.name, decoded.text);
  issues.push(...table.issues);
  if (table.issues.some((issue) => issue.severity === 'error')) return { header: [], rows: [], issues, ok: false };

  const headerAt = findHeader(table.records, options.required);
  if (headerAt < 0) {
    issues.push({
      file: file.name,
      reason: `no header row with the columns ${options.required.map((c) => `"${c}"`).join(', ')}; is this ${options.expected}?`,
      severity: 'error',
    });
    return { header: [], rows: [], issues, ok: false };
  }
  const header = table.records[headerAt].fields.map((name) => name.trim());
  const { index, duplicates } = columnIndex(header);
  for (const name of duplicates) {
    issues.push({ file: file.name, line: table.records[headerAt].line, field: name, reason: `the column "${name}" appears twice; the first one is used`, severity: 'warning' });
  }

  const rows: HeaderedRow[] = [];
  const flagFormulas = options.flagFormulas ?? true;
  for (let i = headerAt + 1; i < table.records.length; i++) {
    const record = table.records[i];
    if (isBlankRecord(record)) continue;
    const fields = record.fields;
    if (fields.length > header.length && fields.slice(header.length).some((extra) => extra.trim() !== '')) {
      issues.push({
        file: file.name,
        line: record.line,
        reason: `the row has ${fields.length} fields but the header has ${header.length}; a comma inside a value is probably not quoted. Row skipped`,
        severity: 'error',
      });
      continue;
    }
    if (fields.length < header.length) {
      issues.push({
        file: file.name,
        line: record.line,
        reason: `the row has ${fields.length} fields but the header has ${header.length}; the missing ones were read as empty`,
        severity: 'warning',
      });
    }
    if (flagFormulas) {
      fields.forEach((value, position) => {
        if (looksLikeFormula(value.trim())) {
          issues.push({
            file: file.name,
            line: record.line,
            field: header[position] ?? `column ${position + 1}`,
            reason: 'the value looks like a spreadsheet formula; it is stored as plain text and neutralized in CSV exports',
            severity: 'warning',
          });
        }
      });
    }
    rows.push({
      line: record.line,
      get: (column) => {
        const position = index.get(column.toLowerCase());
        return position === undefined ? '' : (fields[position] ?? '').trim();
      },
      has: (column) => index.has(column.toLowerCase()),
    });
  }
  return { header, rows, issues, ok: true };
}
