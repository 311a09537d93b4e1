// Outlook contacts CSV: a UTF-16LE desktop export, the honorific trap, Exchange addresses and the issues a user sees.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InputFile } from '../import-issue.ts';
import { parseOutlookContacts } from './outlook-contacts.ts';

function fixture(name: string): InputFile {
  const url = new URL(`../../../test/fixtures/import/outlook/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

describe('Outlook desktop export (UTF-16LE with BOM)', () => {
  const { rows, issues } = parseOutlookContacts(fixture('contacts-utf16le.csv'));
  const byLast = (lastName: string) => rows.find((row) => row.lastName.split(',')[0] === lastName);

  it('imports the three people, accents and the suffix intact (#12), and skips the empty row', () => {
    assert.deepEqual(rows.map((row) => `${row.firstName} ${row.lastName}`), ['Ingrid Størmer, PhD', 'Kwame Mensah', 'Aiko Tanaka']);
    assert.ok(rows.every((row) => row.tie === 'knows'));
    const skipped = issues.filter((issue) => /no name, email or phone/.test(issue.reason));
    assert.equal(skipped.length, 1);
  });

  it('takes the job from "Job Title", never the honorific in "Title"', () => {
    assert.equal(byLast('Størmer')?.title, 'VP Clinical Operations');
    assert.equal(byLast('Tanaka')?.title, ''); // "Ms." is not a job
    assert.ok(rows.every((row) => !/^(Dr|Mr|Ms)\.?$/.test(row.title) && !row.firstName.startsWith('Dr')));
  });

  it('reads company, location, categories, notes and the LinkedIn web page', () => {
    const ingrid = byLast('Størmer');
    assert.equal(ingrid?.company, 'Novo Nordisk A/S');
    assert.equal(ingrid?.location, 'Bagsværd, Denmark');
    assert.deepEqual(ingrid?.tags, ['Pharma', 'Conference 2024']);
    assert.match(ingrid?.notes ?? '', /^Intro via Mads\.\r?\nFollow up in Q3\.$/);
    assert.equal(ingrid?.linkedinUrl, 'https://www.linkedin.com/in/ingrid-stormer');
    assert.equal(byLast('Mensah')?.location, 'Accra, Ghana'); // home address when there is no business one
  });

  it('collects every email and the person\'s own phones, not the switchboard', () => {
    const ingrid = byLast('Størmer');
    assert.deepEqual(ingrid?.emails, ['inst@novonordisk.com', 'ingrid.stormer@gmail.com']);
    assert.deepEqual(ingrid?.phones, ['+45 30 75 12 34', '+45 4444 8888']);
  });

  it('recovers an Exchange contact\'s address from its display name', () => {
    assert.deepEqual(byLast('Mensah')?.emails, ['kwame.mensah@contoso.com']);
  });

  it('warns about an Exchange path it cannot turn into an email, on that person\'s row', () => {
    const aiko = byLast('Tanaka');
    assert.deepEqual(aiko?.emails, []);
    const warning = issues.find((issue) => issue.field === 'E-mail Address');
    assert.match(warning?.reason ?? '', /Exchange/);
    assert.equal(warning?.line, aiko?.line);
  });

  it(
    'numbers lines as a text editor does after a CRLF inside a quoted note',
    () => {
      // Header on line 1, Ingrid on lines 2-3 (her note has a line break), Kwame on 4, Aiko on 5.
      assert.equal(byLast('Mensah')?.line, 4);
      assert.equal(byLast('Tanaka')?.line, 5);
    },
  );
});

describe('files that are not Outlook CSV', () => {
  it('refuses a Google CSV (no "E-mail Address") with an error issue that says what was expected', () => {
    const bytes = new TextEncoder().encode('First Name,Last Name,E-mail 1 - Value\nAna,Silva,ana@x.com\n');
    const { rows, issues } = parseOutlookContacts({ name: 'google.csv', bytes });
    assert.equal(rows.length, 0);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /E-mail Address/);
    assert.match(issues[0].reason, /Outlook/);
  });

  it('reads a UTF-8 Outlook.com export too', () => {
    const csv = 'First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,Job Title,Company,Business City,Business Country/Region,Categories\r\n' +
      'Sofía,,Hernández,Dra.,,sofia@bbva.com,Head of Data,BBVA,Madrid,Spain,Banking; Madrid\r\n';
    const { rows, issues } = parseOutlookContacts({ name: 'contacts.csv', bytes: new TextEncoder().encode(csv) });
    assert.deepEqual(issues, []);
    assert.equal(rows[0].firstName, 'Sofía');
    assert.equal(rows[0].title, 'Head of Data');
    assert.deepEqual(rows[0].tags, ['Banking', 'Madrid']);
    assert.equal(rows[0].location, 'Madrid, Spain');
  });
});
