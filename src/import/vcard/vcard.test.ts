// vCard import: 3.0 with folded lines, 4.0, 2.1 quirks, encodings, and damaged files that must not lose good cards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InputFile } from '../import-issue.ts';
import { parseVCard } from './vcard.ts';

function fixture(name: string): InputFile {
  const url = new URL(`../../../test/fixtures/import/vcard/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

function utf16le(content: string): Uint8Array {
  const bytes = new Uint8Array(2 + content.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

describe('vCard 3.0 from iCloud', () => {
  const { rows, issues } = parseVCard(fixture('icloud-v3.vcf'));

  it('imports every card with no issues', () => {
    assert.equal(rows.length, 3);
    assert.deepEqual(issues, []);
    assert.ok(rows.every((row) => row.tie === 'knows'));
  });

  it('reads N for first and last name, accents and curly apostrophes intact', () => {
    assert.equal(rows[0].firstName, 'Siobhán');
    assert.equal(rows[0].lastName, 'O’Brien');
  });

  it('unfolds folded lines: the LinkedIn URL and the note are whole', () => {
    assert.equal(rows[0].linkedinUrl, 'https://www.linkedin.com/in/siobhan-obrien-cs');
    assert.equal(rows[0].notes, 'Met at SaaStr Europa. Very keen on customer-led growth; offered to intro me to their VP Sales.');
  });

  it('reads several emails and phones, the first ORG component, TITLE, ADR locality and CATEGORIES', () => {
    assert.deepEqual(rows[0].emails, ['siobhan.obrien@intercom.io', 's.obrien@eircom.net']);
    assert.deepEqual(rows[0].phones, ['+353 87 123 4567', '+353 1 555 0199']);
    assert.equal(rows[0].company, 'Intercom');
    assert.equal(rows[0].title, 'Director of Customer Success, EMEA');
    assert.equal(rows[0].location, 'Dublin, Ireland');
    assert.deepEqual(rows[0].tags, ['SaaS', 'Dublin']);
  });

  it('takes LinkedIn from X-SOCIALPROFILE when only the user name is given', () => {
    assert.equal(rows[1].linkedinUrl, 'https://www.linkedin.com/in/kenji-nakamura');
  });

  it('does not take a company card\'s FN for a person\'s name', () => {
    assert.equal(rows[2].company, 'Zendesk Inc.');
    assert.equal(`${rows[2].firstName}${rows[2].lastName}`, '');
  });

  it('gives each contact the line where its card begins', () => {
    assert.deepEqual(rows.map((row) => row.line), [1, 25, 34]);
  });
});

describe('vCard 4.0 from Nextcloud (UTF-8 with BOM)', () => {
  const { rows, issues } = parseVCard(fixture('nextcloud-v4.vcf'));

  it('imports both cards', () => {
    assert.equal(rows.length, 2);
    assert.deepEqual(issues, []);
  });

  it('reads tel: URIs, quoted parameters, the address and escaped newlines', () => {
    const amelie = rows[0];
    assert.equal(`${amelie.firstName} ${amelie.lastName}`, 'Amélie Rousseau');
    assert.deepEqual(amelie.phones, ['+33-6-12-34-56-78']);
    assert.equal(amelie.location, 'Paris, Île-de-France, France');
    assert.equal(amelie.linkedinUrl, 'https://www.linkedin.com/in/amelie-rousseau');
    assert.equal(amelie.notes, 'Hiring PMs for Q2.\nPrefers a short email.');
    assert.deepEqual(amelie.tags, ['recruiters', 'paris']);
  });

  it('splits FN when there is no N, keeping the name as written', () => {
    assert.equal(rows[1].lastName, 'Ferreira');
    assert.equal(`${rows[1].firstName} ${rows[1].lastName}`, 'Dr. Tomás Ferreira');
  });
});

describe('damaged and unusual files', () => {
  it('keeps the other cards when one in the middle is broken, and points at where it begins', () => {
    const { rows, issues } = parseVCard(fixture('broken-middle.vcf'));
    assert.deepEqual(rows.map((row) => row.firstName), ['Chidi', 'Marta']);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 7);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /FN Petra Schmidt/);
    assert.equal(rows[1].line, 13);
  });

  it('reads a UTF-16LE file with a BOM', () => {
    const content = new TextDecoder().decode(fixture('icloud-v3.vcf').bytes);
    const { rows } = parseVCard({ name: 'contacts.vcf', bytes: utf16le(content) });
    assert.deepEqual(rows.map((row) => row.firstName), ['Siobhán', 'Kenji', '']);
  });

  it('reads Android\'s vCard 2.1: bare parameters and quoted-printable UTF-8 with soft line breaks', () => {
    const { rows, issues } = parseVCard(fixture('android-v21.vcf'));
    assert.deepEqual(issues, []);
    assert.equal(`${rows[0].firstName} ${rows[0].lastName}`, 'Lucía Gómez');
    assert.deepEqual(rows[0].phones, ['+34 612 34 56 78', '+34 91 555 01 23']);
    assert.equal(rows[0].notes, 'Conocida en el evento de Madrid.\nLe interesa un puesto de directora.');
  });

  it('reports a card cut off before END:VCARD and keeps the cards before it', () => {
    const file = text('cut.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo Li\n');
    const { rows, issues } = parseVCard(file);
    assert.deepEqual(rows.map((row) => row.firstName), ['Ana']);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 5);
    assert.match(issues[0].reason, /END:VCARD/);
  });

  it('says a file without BEGIN:VCARD is not a vCard file', () => {
    const { rows, issues } = parseVCard(text('contacts.vcf', 'First Name,Last Name\nAna,Silva\n'));
    assert.equal(rows.length, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /not a vCard/);
  });

  it('leaves out an invalid email with a warning and skips a card with nothing to name a person', () => {
    const file = text(
      'x.vcf',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana at example\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n' +
        'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:just a note\r\nEND:VCARD\r\n',
    );
    const { rows, issues } = parseVCard(file);
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].emails, ['ana@example.com']);
    assert.deepEqual(
      issues.map((issue) => [issue.line, issue.field, issue.severity]),
      [[1, 'EMAIL', 'warning'], [7, undefined, 'error']],
    );
  });
});
