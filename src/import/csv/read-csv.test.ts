// The CSV reader: RFC 4180 quoting, line numbers as an editor shows them, damage reported by line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { detectDelimiter, findHeader, looksLikeFormula, readCsv } from './read-csv.ts';

describe('readCsv', () => {
  it('reads quoted commas, doubled quotes and quoted line breaks, numbering records by their first line', () => {
    const table = readCsv('f.csv', 'a,b\r\n"x, y","say ""hi"""\r\n"multi\r\nline",z\r\nlast,row');
    assert.deepEqual(table.records, [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['multi\r\nline', 'z'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('handles LF, CR and mixed line endings, blank lines and a trailing comma', () => {
    const table = readCsv('f.csv', 'a,b\n\n1,2\r3,\n');
    assert.deepEqual(table.records.map((r) => [r.line, r.fields]), [[1, ['a', 'b']], [2, ['']], [3, ['1', '2']], [4, ['3', '']]]);
  });

  it('reports an unclosed quote with the line where it opened, and returns no records', () => {
    const table = readCsv('broken.csv', 'a,b\n1,2\n"never closed,3\n4,5\n');
    assert.equal(table.records.length, 0);
    assert.equal(table.issues[0].line, 3);
    assert.match(table.issues[0].reason, /never closed/);
  });

  it('agrees with csv-parse on well-formed files (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '🚀'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        const ours = readCsv('p.csv', text, ',').records.map((record) => record.fields);
        assert.deepEqual(ours, parse(text, { relax_column_count: true }));
      }),
    );
  });
});

describe('CSV helpers', () => {
  it('detects ; and tab separated files', () => {
    assert.equal(detectDelimiter('Name;Company\nA;B\n'), ';');
    assert.equal(detectDelimiter('Name\tCompany\nA\tB\n'), '\t');
    assert.equal(detectDelimiter('Name,Company\n"A; x",B\n'), ',');
  });

  it('finds the header below a preamble of any length', () => {
    const table = readCsv('c.csv', 'Notes:\n"some text"\n\nFirst Name,Last Name,Connected On\nA,B,01 Jan 2024\n');
    assert.equal(findHeader(table.records, ['First Name', 'Last Name']), 3);
    assert.equal(findHeader(table.records, ['Email']), -1);
  });

  it('flags formulas but not phone numbers or dashes', () => {
    for (const value of ['=HYPERLINK("x")', '@SUM(A1)', '+cmd|x', '-cmd|x']) assert.ok(looksLikeFormula(value), value);
    for (const value of ['+1 555 0100', '-', '--', '-5', 'Anna']) assert.ok(!looksLikeFormula(value), value);
  });
});
