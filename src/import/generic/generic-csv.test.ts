// Generic CSV: the column mapping language, automatic mapping of familiar headers, and prospect rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isReferableError } from '../../core/errors.ts';
import type { InputFile } from '../import-issue.ts';
import { parseColumnMap, parseGenericCsv, splitFullName } from './generic-csv.ts';

function fixture(name: string): InputFile {
  const url = new URL(`../../../test/fixtures/import/generic/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

function invalidInput(pattern: RegExp) {
  return (error: unknown) => isReferableError(error) && error.code === 'INVALID_INPUT' && pattern.test(error.message);
}

describe('parseColumnMap', () => {
  it('maps our fields (any case, with aliases) to their headers', () => {
    assert.deepEqual(parseColumnMap('Company=Employer, position = Role ,LINKEDIN=Profile,E-mail=Mail,full name=Contact'), {
      company: 'Employer',
      position: 'Role',
      url: 'Profile',
      email: 'Mail',
      name: 'Contact',
    });
    assert.deepEqual(parseColumnMap('Title=Job,Connected On=Added on'), { position: 'Job', connectedOn: 'Added on' });
  });

  it('rejects a part without "=" by naming it', () => {
    assert.throws(() => parseColumnMap('Company=Employer,Position'), invalidInput(/"Position" is not a mapping/));
    assert.throws(() => parseColumnMap('Company='), invalidInput(/"Company=" is not a mapping/));
    assert.throws(() => parseColumnMap(' , '), invalidInput(/empty/));
  });

  it('rejects an unknown field by naming it and listing the valid ones', () => {
    assert.throws(() => parseColumnMap('Salary=Pay'), invalidInput(/"Salary".*Valid fields: First Name, Last Name, Name, Email/));
  });

  it('rejects a field mapped twice', () => {
    assert.throws(() => parseColumnMap('Title=Role,Position=Job'), invalidInput(/mapped twice/));
  });
});

describe('splitFullName', () => {
  it('splits the way people write names', () => {
    assert.deepEqual(splitFullName('Ana María de la Cruz'), { firstName: 'Ana María', lastName: 'de la Cruz' });
    assert.deepEqual(splitFullName('Verhoeven, Joost'), { firstName: 'Joost', lastName: 'Verhoeven' });
    assert.deepEqual(splitFullName('Dana Reyes, PhD'), { firstName: 'Dana', lastName: 'Reyes, PhD' });
    assert.deepEqual(splitFullName('  Madonna '), { firstName: 'Madonna', lastName: '' });
  });
});

describe('a prospect list with familiar headers (no mapping)', () => {
  const { rows, issues } = parseGenericCsv(fixture('prospects-apollo.csv'));

  it('imports the people as prospects and skips the company-only row', () => {
    assert.deepEqual(rows.map((row) => `${row.firstName} ${row.lastName}`), ['Mateus Oliveira', 'Priya Raghunathan']);
    assert.ok(rows.every((row) => row.tie === null));
    const skipped = issues.find((issue) => /no name, email, phone or LinkedIn URL/.test(issue.reason));
    assert.equal(skipped?.line, 4);
  });

  it('maps Title, Company, the person\'s LinkedIn URL (not the company\'s), industry and lists', () => {
    const mateus = rows[0];
    assert.equal(mateus.title, 'VP of Engineering');
    assert.equal(mateus.company, 'Nubank');
    assert.equal(mateus.linkedinUrl, 'https://www.linkedin.com/in/mateusoliveira');
    assert.equal(mateus.industry, 'Financial Services');
    assert.deepEqual(mateus.tags, ['Fintech targets', 'LatAm']);
    assert.equal(mateus.location, 'São Paulo, Brazil');
  });

  it('leaves out an invalid email with a warning naming the column', () => {
    assert.deepEqual(rows[1].emails, []);
    const warning = issues.find((issue) => issue.field === 'Email');
    assert.equal(warning?.line, 3);
    assert.match(warning?.reason ?? '', /priya@razorpay/);
  });
});

describe('a CRM export with its own headers and a mapping', () => {
  const map = parseColumnMap('Name=Contact,Company=Employer,Position=Role,Email=Mail,URL=Profile,Connected On=Added on,Tags=Segment');
  const { rows, issues } = parseGenericCsv(fixture('crm-semicolon.csv'), map);

  it('reads the semicolon-separated Windows-1252 file with names intact and split', () => {
    assert.deepEqual(
      rows.map((row) => [row.firstName, row.lastName]),
      [['Björn', 'Lindqvist'], ['Ana María', 'de la Cruz'], ['Joost', 'Verhoeven']],
    );
    assert.equal(rows[1].company, 'Mercado Libre');
    assert.equal(rows[1].title, 'Directora de Producto');
  });

  it('marks a row with a connection date as connected and the others as prospects', () => {
    assert.equal(rows[0].connectedOn, '2023-11-20');
    assert.equal(rows[0].tie, 'connected');
    assert.equal(rows[1].tie, null);
    assert.deepEqual(rows[0].tags, ['Music', 'Streaming']);
  });

  it('warns about a connection date it cannot read', () => {
    const warning = issues.find((issue) => issue.field === 'Added on');
    assert.equal(warning?.line, 4);
    assert.equal(rows[2].tie, null);
  });

  it('reports mapped columns missing from the file in one error that lists the real headers', () => {
    const result = parseGenericCsv(fixture('crm-semicolon.csv'), parseColumnMap('Name=Contact,Company=Firm,Position=Job'));
    assert.equal(result.rows.length, 0);
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0].reason, /"Firm", "Job" are not in the file/);
    assert.match(errors[0].reason, /"Contact", "Employer", "Role", "Mail"/);
  });

  it('finds the mapped header below a preamble', () => {
    const file = text('export.csv', 'Exported from PipeCRM\nNotes: internal use\n\nPerson,Org\nLi Wei,ByteDance\n');
    const { rows: found } = parseGenericCsv(file, parseColumnMap('Name=Person,Company=Org'));
    assert.deepEqual(found.map((row) => [row.firstName, row.lastName, row.company, row.line]), [['Li', 'Wei', 'ByteDance', 5]]);
  });
});

describe('a partial mapping', () => {
  it('still finds the name and email columns it did not mention', () => {
    const file = text('people.csv', 'Name,Employer,Role,Email\nAda Lovelace,Analytical Engines,Engineer,ada@engines.example\n');
    const { rows, issues } = parseGenericCsv(file, parseColumnMap('Company=Employer,Position=Role'));
    assert.deepEqual(issues, []);
    assert.deepEqual(
      rows.map((row) => [row.firstName, row.lastName, row.emails, row.company, row.title]),
      [['Ada', 'Lovelace', ['ada@engines.example'], 'Analytical Engines', 'Engineer']],
    );
  });

  it('overrides the automatic choice field by field and never feeds a mapped column into a second field', () => {
    const file = text('people.csv', 'Name,Title,Company,Org,Email\nAda Lovelace,Friend from school,Old Co,Analytical Engines,ada@engines.example\n');
    const { rows } = parseGenericCsv(file, parseColumnMap('Notes=Title,Company=Org'));
    assert.deepEqual(rows.map((row) => [row.notes, row.title, row.company]), [['Friend from school', '', 'Analytical Engines']]);
  });

  it('takes the mapped full name over automatic first and last name columns', () => {
    const file = text('people.csv', 'First Name,Last Name,Preferred\nAugusta,King,Ada Lovelace\n');
    const { rows } = parseGenericCsv(file, parseColumnMap('Name=Preferred'));
    assert.deepEqual(rows.map((row) => [row.firstName, row.lastName]), [['Ada', 'Lovelace']]);
  });
});

describe('a CSV we cannot understand', () => {
  it('asks for a mapping, listing the headers, when no column names a person', () => {
    const { rows, issues } = parseGenericCsv(text('deals.csv', 'Deal,Amount,Stage\nAcme renewal,12000,Won\n'));
    assert.equal(rows.length, 0);
    assert.equal(issues.length, 1);
    assert.match(issues[0].reason, /"Deal", "Amount", "Stage"/);
    assert.match(issues[0].reason, /column mapping/);
  });
});

describe('connection dates in a generic CSV', () => {
  it('reads Excel and LinkedIn spellings, keeps a date from the future out but the person connected, and reports each column once', () => {
    const { rows, issues } = parseGenericCsv(
      text('crm.csv', 'Name,Email,Connected On\nAda Example,ada@example.com,07-Feb-24\nBo Sample,n/a,"1/8/18, 6:14 PM"\nCleo Demo,cleo@example.com,01 Jan 2099\nDee Test,dee@example.com,31 Dec 2099\n'),
      undefined,
      { today: '2026-11-25' },
    );
    assert.deepEqual(rows.map((row) => [row.firstName, row.emails, row.connectedOn, row.tie]), [
      ['Ada', ['ada@example.com'], '2024-02-07', 'connected'],
      ['Bo', [], '2018-01-08', 'connected'],
      ['Cleo', ['cleo@example.com'], '', 'connected'],
      ['Dee', ['dee@example.com'], '', 'connected'],
    ]);
    assert.deepEqual(issues.map((issue) => [issue.severity, issue.line, issue.field, issue.count ?? 1]), [
      ['info', 3, 'Email', 1],
      ['warning', 4, 'Connected On', 2],
    ]);
    assert.match(issues[1].reason, /^"01 Jan 2099" is after today \(2026-11-25\)/);
  });
});
