// Connections.csv as people have it: re-saved in Excel, from 2018, with spreadsheet placeholders, with dates that
// cannot be true, and with thousands of bad values that must read as one issue per column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportIssue } from '../import-issue.ts';
import { ISSUE_LIMITS } from '../issue-log.ts';
import { readImport } from '../read-import.ts';
import { parseConnections, streamConnections } from './connections.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const PREAMBLE = 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n';
const file = (text: string, name = 'Connections.csv') => ({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
const of = (severity: ImportIssue['severity'], issues: ImportIssue[]) => issues.filter((issue) => issue.severity === severity);

async function* chunksOf(text: string, size = 4096): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield new Uint8Array(bytes.subarray(at, at + size));
}

/** n synthetic connections; `date(i)` writes each one's Connected On. */
function connections(n: number, date: (i: number) => string): string {
  const rows = Array.from({ length: n }, (_, i) => `Person${i},Example${i},https://www.linkedin.com/in/example-person-${i},,Contoso,Engineer,${date(i)}`);
  return `${PREAMBLE}${HEADER}\r\n${rows.join('\r\n')}\r\n`;
}

describe('Connections.csv dates', () => {
  it('reads every date of an export re-saved in Excel ("07-Feb-24"), 3,130 of 3,130', () => {
    const { rows, issues } = parseConnections(file(connections(3130, (i) => ['07-Feb-24', '15-Jan-24', '4-Apr-21'][i % 3])));
    assert.equal(rows.length, 3130);
    assert.deepEqual(issues, []);
    assert.deepEqual([...new Set(rows.map((row) => row.connectedOn))], ['2024-02-07', '2024-01-15', '2021-04-04']);
  });

  it("reads LinkedIn's 2018 layout: no URL, extra columns, and month-first dates with a time", () => {
    const text = [
      'First Name,Last Name,Address,Email Address,Company,Position,Connected On,Websites,Instant Messengers',
      'Avery,Quill,,avery@example.com,Contoso,PM,"1/8/18, 6:14 PM",,',
      'Bo,Lo,,,Fabrikam,VP,"12/31/17, 11:02 AM",,',
    ].join('\n');
    const bundle = readImport(file(text));
    assert.equal(bundle.source, 'linkedin');
    assert.deepEqual(bundle.issues, []);
    assert.deepEqual(bundle.contacts.map((contact) => [contact.firstName, contact.connectedOn]), [['Avery', '2018-01-08'], ['Bo', '2017-12-31']]);
  });

  it('reads LinkedIn\'s "05 Jun 2024" and ISO forms alike', () => {
    const { rows, issues } = parseConnections(file(connections(3, (i) => ['05 Jun 2024', '2024-06-05', '2024-06-05T10:00:00Z'][i])));
    assert.deepEqual(issues, []);
    assert.deepEqual(rows.map((row) => row.connectedOn), ['2024-06-05', '2024-06-05', '2024-06-05']);
  });

  it('warns once per column about dates before LinkedIn existed (kept) and after today (dropped)', () => {
    const dates = ['05 Jun 1999', '01 Jan 1850', '05 Jun 2024', '01 Jan 2099', '02 Jan 2099', '26 Nov 2026'];
    const { rows, issues } = parseConnections(file(connections(dates.length, (i) => dates[i])), { today: '2026-11-25' });
    assert.deepEqual(rows.map((row) => row.connectedOn), ['1999-06-05', '1850-01-01', '2024-06-05', '', '', '']);
    assert.deepEqual(issues.map((issue) => [issue.severity, issue.line, issue.field, issue.count ?? 1]), [
      ['warning', 5, 'Connected On', 2],
      ['warning', 8, 'Connected On', 3],
    ]);
    assert.match(issues[0].reason, /^"05 Jun 1999" is before LinkedIn existed \(2003-05-05\); the date was kept as written/);
    assert.match(issues[0].reason, /2 rows of this column in all: lines 5, 6\)$/);
    assert.match(issues[1].reason, /^"01 Jan 2099" is after today \(2026-11-25\); a connection cannot date from the future, so the date was left empty/);
    assert.match(issues[1].reason, /lines 8, 9, 10\)$/);
  });

  it('checks no date against today when the caller gives no today', () => {
    const { rows, issues } = parseConnections(file(connections(1, () => '01 Jan 2099')));
    assert.deepEqual(issues, []);
    assert.equal(rows[0].connectedOn, '2099-01-01');
  });

  it('reports 3,000 unreadable dates as one issue with the count and the first lines, whole or streamed', async () => {
    const text = connections(3000, (i) => (i === 0 ? '05 Jun 2024' : `someday ${i}`));
    const whole = parseConnections(file(text));
    const streamed = await streamConnections('Connections.csv', chunksOf(text));
    for (const { rows, issues } of [whole, streamed]) {
      assert.equal(rows.length, 3000);
      assert.equal(issues.length, 1);
      assert.equal(issues[0].count, 2999);
      assert.equal(issues[0].line, 6);
      assert.equal(issues[0].field, 'Connected On');
      assert.equal(issues[0].reason, '"someday 1" is not a date; the connection date was left empty (2,999 rows of this column in all: lines 6, 7, 8, 9, 10 and 2,994 more)');
    }
  });
});

describe('Connections.csv row issues past the cap', () => {
  it(`lists the first ${ISSUE_LIMITS.maxRowIssues} hidden profiles and counts the rest in one summary, whole or streamed`, async () => {
    const hidden = Array.from({ length: 250 }, () => ',,,,,,07 Jun 2024');
    const text = `${HEADER}\nAvery,Quill,https://www.linkedin.com/in/avery,,Contoso,PM,05 Jun 2024\n${hidden.join('\n')}\n`;
    for (const { rows, issues } of [parseConnections(file(text)), await streamConnections('Connections.csv', chunksOf(text, 512))]) {
      assert.equal(rows.length, 1);
      const errors = of('error', issues);
      assert.equal(errors.length, ISSUE_LIMITS.maxRowIssues + 1);
      assert.equal(errors.reduce((sum, issue) => sum + (issue.count ?? 1), 0), 250, 'every skipped row is counted');
      const summary = errors.at(-1)!;
      assert.equal(summary.line, 103);
      assert.equal(summary.count, 150);
      assert.match(summary.reason, /^150 more rows with this kind of issue, from line 103 \(only the first 100 row issues of a file are listed one by one\); the first: hidden profile/);
    }
  });
});

describe('Excel placeholders', () => {
  it('reads NA, N/A, #N/A and "-" (any case, trimmed) as empty: never a company, title, email or name', () => {
    const text = [
      HEADER,
      'Avery,Quill,https://www.linkedin.com/in/avery, N/A ,NA,#N/A,05 Jun 2024',
      'Bo,-,https://www.linkedin.com/in/bo,n/a,na,#n/a,05 Jun 2024',
      'Hye-jin,Na,https://www.linkedin.com/in/na-hyejin,,Contoso,-,05 Jun 2024',
    ].join('\n');
    const { rows, issues } = parseConnections(file(text));
    assert.deepEqual(
      rows.map((row) => [row.firstName, row.lastName, row.emails, row.company, row.title]),
      [
        ['Avery', 'Quill', [], '', ''],
        ['Bo', '', [], '', ''],
        ['Hye-jin', 'Na', [], 'Contoso', ''],
      ],
    );
    assert.deepEqual(of('warning', issues), [], 'a placeholder is not a bad email');
    assert.deepEqual(issues.map((issue) => [issue.severity, issue.field, issue.count ?? 1]), [
      ['info', 'Email Address', 2],
      ['info', 'Company', 2],
      ['info', 'Position', 3],
      ['info', 'Last Name', 1],
    ]);
    assert.match(issues[0].reason, /^"N\/A" is a spreadsheet placeholder, not a value; the cell was read as empty/);
  });

  it('does not turn a row of placeholders into a person', () => {
    const { rows, issues } = parseConnections(file(`${HEADER}\nNA,#N/A,,N/A,NA,NA,05 Jun 2024\n`));
    assert.deepEqual(rows, []);
    assert.match(of('error', issues)[0].reason, /hidden profile/);
  });
});
