// Google Contacts CSV: both layouts, multi-value cells, labels, encodings, and the issues a user sees.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InputFile } from '../import-issue.ts';
import { parseGoogleContacts } from './google-contacts.ts';

function fixture(name: string): InputFile {
  const url = new URL(`../../../test/fixtures/import/google/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

describe('Google Contacts, current layout', () => {
  const { rows, issues } = parseGoogleContacts(fixture('contacts-current.csv'));
  const byLast = (lastName: string) => rows.find((row) => row.lastName === lastName);

  it('imports every contact that names a person and skips the empty one', () => {
    assert.equal(rows.length, 4);
    assert.deepEqual(rows.map((row) => row.tie), ['knows', 'knows', 'knows', 'knows']);
  });

  it('keeps accented names as written', () => {
    const zoe = byLast('Ångström');
    assert.equal(zoe?.firstName, 'Zoë');
    assert.equal(byLast('Dubois-Martin')?.firstName, 'Léa');
  });

  it('splits " ::: " multi-values into separate emails and phones', () => {
    const zoe = byLast('Ångström');
    assert.deepEqual(zoe?.emails, ['zoe.angstrom@klarna.com', 'zoe@angstrom.se']);
    assert.deepEqual(zoe?.phones, ['+46 70 123 45 67', '+46 8 120 120 00']);
  });

  it('finds the LinkedIn profile among several websites', () => {
    assert.equal(byLast('Ångström')?.linkedinUrl, 'https://www.linkedin.com/in/zoe-angstrom-42');
    assert.equal(byLast('Mehta')?.linkedinUrl, '');
  });

  it('turns labels into tags without Google system labels', () => {
    assert.deepEqual(byLast('Ångström')?.tags, ['Fintech', 'Stockholm meetup']);
    assert.deepEqual(byLast('Dubois-Martin')?.tags, []);
  });

  it('reads company, title, a compact location and multi-line notes', () => {
    const zoe = byLast('Ångström');
    assert.equal(zoe?.company, 'Klarna');
    assert.equal(zoe?.title, 'Head of Product');
    assert.equal(zoe?.location, 'Stockholm, Sweden');
    assert.equal(zoe?.notes, 'Met at Slush 2023.\nAsked about PM roles in payments.');
    assert.equal(byLast('Mehta')?.location, 'San Francisco, CA, USA');
    // Only the formatted address was filled in: flattened to one line.
    assert.equal(byLast('Dubois-Martin')?.location, '54 Quai Charles Pasqua, 92300 Levallois-Perret, France');
  });

  it('leaves out an invalid email with a warning on its line and column, keeping the valid one', () => {
    const rahul = byLast('Mehta');
    assert.deepEqual(rahul?.emails, ['rmehta@stripe.com']);
    const warning = issues.find((issue) => issue.field === 'E-mail 1 - Value');
    assert.equal(warning?.line, rahul?.line);
    assert.equal(warning?.line, 6); // Zoë's quoted multi-line cells span lines 2-5
    assert.equal(warning?.severity, 'warning');
  });

  it('reports the skipped nameless row at its own line', () => {
    const skipped = issues.filter((issue) => /no name, email or phone/.test(issue.reason));
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0].line, 7);
    assert.equal(skipped[0].severity, 'error');
  });

  it('does not take a company card\'s "File As" for a person\'s name', () => {
    const acme = rows.find((row) => row.company === 'Acme Corporation');
    assert.equal(acme?.firstName, '');
    assert.equal(acme?.lastName, '');
    assert.deepEqual(acme?.tags, ['Vendors']);
  });
});

describe('Google Contacts, legacy layout saved as Windows-1252', () => {
  const { rows, issues } = parseGoogleContacts(fixture('contacts-legacy-windows1252.csv'));

  it('imports all three people with their accents intact', () => {
    assert.deepEqual(
      rows.map((row) => `${row.firstName} ${row.lastName}`),
      ['François Müller', 'José Núñez', 'Søren Kierkegård'],
    );
    assert.equal(rows[0].company, 'Nestlé');
    assert.equal(rows[1].company, 'Telefónica');
  });

  it('says the file was read as Windows-1252', () => {
    assert.ok(issues.some((issue) => /Windows-1252/.test(issue.reason) && issue.severity === 'warning'));
  });

  it('reads legacy columns: group membership, organization 1, website and multi-value emails', () => {
    assert.deepEqual(rows[0].tags, ['Friends', 'Genève']);
    assert.deepEqual(rows[1].tags, []); // "* My Contacts" and "* Starred" are system groups
    assert.equal(rows[0].title, 'Directeur financier');
    assert.equal(rows[0].linkedinUrl, 'https://www.linkedin.com/in/francoismuller');
    assert.deepEqual(rows[1].emails, ['jnunez@telefonica.es', 'jose.nunez@gmail.com']);
    assert.equal(rows[0].location, 'Vevey, Suisse');
  });

  it(
    'decodes Windows-1252 punctuation (curly quotes, dashes) as Excel wrote it',
    () => {
      assert.equal(rows[1].notes, 'Prefers “WhatsApp” – not email');
    },
  );

  it('splits the "Name" column when given and family names are empty', () => {
    assert.equal(rows[2].firstName, 'Søren');
    assert.equal(rows[2].lastName, 'Kierkegård');
  });
});

describe('files that are not Google CSV', () => {
  it('refuses an Outlook CSV rather than losing every email', () => {
    const file = text('outlook.csv', 'First Name,Last Name,Job Title,E-mail Address\r\nAna,Silva,CTO,ana@x.com\r\n');
    const { rows, issues } = parseGoogleContacts(file);
    assert.equal(rows.length, 0);
    assert.match(issues[0].reason, /Outlook/);
    assert.equal(issues[0].severity, 'error');
  });

  it('reports a file without either header as an error issue instead of throwing', () => {
    const { rows, issues } = parseGoogleContacts(text('notes.csv', 'Date,Amount\r\n2024-01-01,12\r\n'));
    assert.equal(rows.length, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /Google/);
  });
});
