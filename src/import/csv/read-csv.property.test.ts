// Properties of the CSV reader: whatever rows are written (quoted where needed), with any line ending and delimiter,
// read back equal with true line numbers, however the text or its bytes are split into chunks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextStreamDecoder } from '../text/decode-stream.ts';
import { CsvReader, readCsv, type CsvRecord } from './read-csv.ts';

const RUNS = { seed: 20261125, numRuns: 300 };
const DELIMITERS = [',', ';', '\t'] as const;
const ENDINGS = ['\r\n', '\n', '\r'] as const;

// Characters that stress the reader: delimiters, quotes, every line break, multi-byte and astral characters.
const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', 'ß', '東', '🚀', '='), maxLength: 8 });
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

/** Breaks a line the reader counts: CRLF once, a lone CR or LF once each. */
function breaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Writes rows as a spreadsheet would, quoting a field only when it must be, and returns each record's first line. */
function write(table: string[][], delimiter: string, ending: string, trailingEnding: boolean): { text: string; lines: number[] } {
  let text = '';
  let line = 1;
  const lines: number[] = [];
  table.forEach((row, index) => {
    lines.push(line);
    const fields = row.map((value) => {
      const mustQuote = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r') || (row.length === 1 && value === '');
      return mustQuote ? `"${value.replace(/"/g, '""')}"` : value;
    });
    const body = fields.join(delimiter);
    text += body;
    line += breaks(body) + 1;
    if (index < table.length - 1 || trailingEnding) text += ending;
  });
  return { text, lines };
}

function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
}

function readInPieces(pieces: string[], delimiter: string): CsvRecord[] {
  const reader = new CsvReader('p.csv', delimiter);
  const records: CsvRecord[] = [];
  for (const piece of pieces) records.push(...reader.push(piece));
  records.push(...reader.end());
  assert.deepEqual(reader.issues, []);
  return records;
}

describe('CSV reader properties', () => {
  it('round-trips any rows, delimiter and line ending, with each record on its true line', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...DELIMITERS), fc.constantFrom(...ENDINGS), fc.boolean(), (table, delimiter, ending, trailing) => {
        const { text, lines } = write(table, delimiter, ending, trailing);
        const read = readCsv('p.csv', text, delimiter);
        assert.deepEqual(read.issues, []);
        assert.deepEqual(read.records.map((record) => record.fields), table);
        assert.deepEqual(read.records.map((record) => record.line), lines);
      }),
      RUNS,
    );
  });

  it('gives the same records however the text is cut into chunks (inside quotes, between CR and LF, anywhere)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...DELIMITERS), fc.constantFrom(...ENDINGS), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), (table, delimiter, ending, trailing, cuts) => {
        const { text } = write(table, delimiter, ending, trailing);
        assert.deepEqual(readInPieces(splitAt(text, cuts), delimiter), readCsv('p.csv', text, delimiter).records);
      }),
      RUNS,
    );
  });

  it('gives the same records when the bytes are cut anywhere, inside multi-byte characters too (UTF-8 and UTF-16)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...ENDINGS), fc.constantFrom('utf-8', 'utf-16le'), fc.array(fc.nat(), { maxLength: 12 }), (table, ending, encoding, cuts) => {
        const { text } = write(table, ',', ending, true);
        const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = new TextStreamDecoder('p.csv');
        let decoded = '';
        let from = 0;
        for (const point of [...points, bytes.length]) {
          decoded += decoder.decode(bytes.subarray(from, point));
          from = point;
        }
        decoded += decoder.end();
        assert.equal(decoder.failed, false);
        assert.deepEqual(decoder.issues, []);
        assert.equal(decoded, text);
      }),
      RUNS,
    );
  });

  it('reports an unclosed quote on the line where it opened, whatever came before', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...ENDINGS), fc.string({ unit: fc.constantFrom('a', ',', '\n', ' '), maxLength: 20 }), (table, ending, tail) => {
        const { text } = write(table, ',', ending, true);
        const read = readCsv('p.csv', `${text}"${tail}`, ',');
        assert.equal(read.records.length, 0);
        assert.equal(read.issues.length, 1);
        // The text ends with a line ending, so the quote opens on the line after its last break.
        assert.equal(read.issues[0].line, breaks(text) + 1);
      }),
      RUNS,
    );
  });
});
