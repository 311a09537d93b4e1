// LinkedIn export import end to end (readImport): the real sample ZIP, the edge-case Connections.csv and damaged inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { readImport } from '../read-import.ts';
import type { ImportBundle } from '../import-bundle.ts';
import { FIXTURES } from '../../../test/support/test-stores.ts';

/** The sample export and the edge cases, copied into test/fixtures/linkedin/ with their licence. */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURES))));
}

const errors = (bundle: ImportBundle) => bundle.issues.filter((issue) => issue.severity === 'error');
const warnings = (bundle: ImportBundle) => bundle.issues.filter((issue) => issue.severity === 'warning');
const csv = (text: string, name = 'Connections.csv') => readImport({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('the sample LinkedIn export ZIP', () => {
  const bundle = readImport({ name: 'linkedin-sample-export.zip', bytes: fixture('linkedin-sample-export.zip') });

  it('reads every connection with no errors', () => {
    assert.equal(bundle.source, 'linkedin');
    assert.equal(bundle.contacts.length, 2000);
    assert.deepEqual(errors(bundle), []);
    assert.ok(bundle.contacts.every((contact) => contact.tie === 'connected'));
  });

  it('reads shares and articles as content', () => {
    assert.equal(bundle.content.length, 30);
  });

  it("reads the member's own profile and profile URL", () => {
    assert.ok(bundle.profile);
    assert.equal(bundle.profile.firstName, 'Ada');
    assert.match(bundle.profile.linkedinUrl, /fake-ada-byron-lovelace$/);
  });

  it('reads message counts as tie signals and claims the message fields', () => {
    const messaged = bundle.signals.filter((signal) => (signal.signals.messageCount ?? 0) > 0);
    assert.ok(messaged.length > 0);
    assert.ok(messaged.every((signal) => signal.person.linkedinUrl.startsWith('https://www.linkedin.com/in/')));
    assert.ok(bundle.signalFields.includes('messageCount'));
    // the member never counts as someone they messaged
    assert.ok(!messaged.some((signal) => signal.person.linkedinUrl.endsWith('fake-ada-byron-lovelace')));
  });

  it('reads the skills the member endorsed people for, apart from the endorsements the member received', () => {
    assert.ok(bundle.filesRead.some((name) => name.endsWith('Endorsement_Given_Info.csv')));
    assert.ok(bundle.signalFields.includes('endorsedByMe') && bundle.signalFields.includes('endorsedSkills'));
    const babbage = bundle.signals.filter((signal) => signal.person.linkedinUrl.endsWith('/fake-charles-babbage') && signal.signals.endorsedByMe);
    assert.deepEqual(babbage.map((signal) => signal.signals.endorsedByMe), [['Mechanical Engineering', 'Fundraising']]);
    // Given and received endorsements stay in their own fields: one file never fills the other.
    assert.ok(bundle.signals.every((signal) => !(signal.signals.endorsedByMe && signal.signals.endorsedSkills)));
  });

  it('reads the same result twice (deterministic)', () => {
    const again = readImport({ name: 'linkedin-sample-export.zip', bytes: fixture('linkedin-sample-export.zip') });
    assert.deepEqual(again.contacts, bundle.contacts);
    assert.deepEqual(again.signals, bundle.signals);
  });
});

describe('the edge-case Connections.csv', () => {
  const bytes = fixture('Connections.edge-cases.csv');
  const bundle = readImport({ name: 'Connections.edge-cases.csv', bytes });

  it('imports every real row', () => {
    assert.equal(bundle.contacts.length, 17);
  });

  it('reports the hidden profile (a row with only a date) as one error on its line', () => {
    const lines = Buffer.from(bytes).toString('utf8').split(/\r?\n/);
    const hiddenLine = lines.indexOf(',,,,,,07 Jun 2024') + 1;
    assert.equal(hiddenLine, 21);
    assert.equal(errors(bundle).length, 1);
    assert.equal(errors(bundle)[0].line, hiddenLine);
    assert.match(errors(bundle)[0].reason, /hidden profile/);
  });

  it('keeps quoted commas and quotes inside values', () => {
    const dana = bundle.contacts.find((contact) => contact.firstName === 'Dana');
    assert.ok(dana);
    assert.equal(dana.lastName, 'Reyes, PhD');
    assert.equal(dana.company, 'Contoso Ltd.');
    assert.equal(dana.connectedOn, '2021-02-28');
    assert.ok(bundle.contacts.some((contact) => contact.title === 'Engineer, Platform "Core"'));
    assert.ok(bundle.contacts.some((contact) => contact.company === 'Northwind Traders, Inc.'));
  });

  it('keeps accents and emoji in names', () => {
    assert.ok(bundle.contacts.some((contact) => contact.firstName === 'Élodie' && contact.lastName === 'Fàbregas'));
    const rafael = bundle.contacts.find((contact) => contact.firstName === 'Rafael');
    assert.ok(rafael);
    assert.equal(rafael.lastName, 'Souza 🚀');
  });

  it('numbers each contact by its line in the file', () => {
    assert.equal(bundle.contacts[0].firstName, 'Avery');
    assert.equal(bundle.contacts[0].line, 5);
  });
});

describe('Connections.csv variants', () => {
  it('reads an old export with no preamble and no URL column', () => {
    const bundle = csv('First Name,Last Name,Email Address,Company,Position,Connected On\nAvery,Quill,avery@example.com,Contoso,PM,05 Jun 2024\n');
    assert.deepEqual(errors(bundle), []);
    assert.equal(bundle.contacts.length, 1);
    const [avery] = bundle.contacts;
    assert.equal(avery.line, 2);
    assert.equal(avery.linkedinUrl, '');
    assert.deepEqual(avery.emails, ['avery@example.com']);
    assert.equal(avery.company, 'Contoso');
    assert.equal(avery.connectedOn, '2024-06-05');
  });

  it('reads a file with a BOM and CRLF line endings', () => {
    const bundle = csv(`\ufeffNotes:\r\n"a note"\r\n\r\n${HEADER}\r\nAvery,Quill,https://www.linkedin.com/in/avery,,Contoso,PM,05 Jun 2024\r\nBo,Lo,https://www.linkedin.com/in/bo,,Fabrikam,VP,12 Mar 2023\r\n`);
    assert.deepEqual(errors(bundle), []);
    assert.deepEqual(bundle.contacts.map((contact) => [contact.firstName, contact.line, contact.connectedOn]), [
      ['Avery', 5, '2024-06-05'],
      ['Bo', 6, '2023-03-12'],
    ]);
    assert.equal(bundle.contacts[1].connectedOn, '2023-03-12', 'no stray \\r in the last column');
  });

  it('skips a row with too many fields and names its line', () => {
    const bundle = csv(`${HEADER}\nAvery,Quill,https://www.linkedin.com/in/avery,,Contoso,PM,05 Jun 2024\nBo,Lo,https://www.linkedin.com/in/bo,,Northwind, Inc,VP,12 Mar 2023\nCleo,Ng,https://www.linkedin.com/in/cleo,,Fabrikam,CTO,01 Jan 2022\n`);
    assert.deepEqual(bundle.contacts.map((contact) => contact.firstName), ['Avery', 'Cleo']);
    assert.equal(errors(bundle).length, 1);
    assert.equal(errors(bundle)[0].line, 3);
    assert.match(errors(bundle)[0].reason, /skipped/i);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = `${HEADER}\nÉlodie,Fàbregas,https://www.linkedin.com/in/elodie,,Contoso GmbH,Chief of Staff,30 Sep 2020\n`;
    const bundle = readImport({ name: 'Connections.csv', bytes: new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')) });
    assert.deepEqual(errors(bundle), []);
    assert.equal(bundle.contacts.length, 1);
    assert.equal(bundle.contacts[0].firstName, 'Élodie');
    assert.equal(bundle.contacts[0].lastName, 'Fàbregas');
  });

  it('reads Windows-1252 bytes with a warning and the accents intact', () => {
    const bytes = new Uint8Array([...Buffer.from(`${HEADER}\n`, 'ascii'), 0x52, 0x65, 0x6e, 0xe9, ...Buffer.from(',Dupont,,,Contoso,PM,05 Jun 2024\n', 'ascii')]);
    const bundle = readImport({ name: 'Connections.csv', bytes });
    assert.deepEqual(errors(bundle), []);
    assert.equal(bundle.contacts[0].firstName, 'René');
    assert.ok(warnings(bundle).some((issue) => /Windows-1252/.test(issue.reason)));
  });

  it('warns about a spreadsheet formula in a cell, naming the column, and keeps it as text', () => {
    const bundle = csv(`${HEADER}\nAvery,Quill,https://www.linkedin.com/in/avery,,"=HYPERLINK(""http://x"")",PM,05 Jun 2024\n`);
    assert.equal(bundle.contacts.length, 1);
    assert.equal(bundle.contacts[0].company, '=HYPERLINK("http://x")');
    const formula = warnings(bundle).filter((issue) => issue.field === 'Company');
    assert.equal(formula.length, 1);
    assert.equal(formula[0].line, 2);
    assert.match(formula[0].reason, /formula/);
  });

  it('refuses an empty file with an error', () => {
    const bundle = readImport({ name: 'Connections.csv', bytes: new Uint8Array() });
    assert.equal(bundle.contacts.length, 0);
    assert.equal(errors(bundle).length, 1);
    assert.match(errors(bundle)[0].reason, /empty/);
  });
});

describe('damaged and foreign ZIP archives', () => {
  it('says a ZIP without export files is not a LinkedIn export', () => {
    const bytes = zipSync({ 'holiday.txt': new Uint8Array(Buffer.from('photos', 'utf8')), 'report.csv': new Uint8Array(Buffer.from('a,b\n1,2\n')) });
    const bundle = readImport({ name: 'holiday.zip', bytes });
    assert.equal(bundle.contacts.length, 0);
    assert.equal(errors(bundle).length, 1);
    assert.match(errors(bundle)[0].reason, /not a LinkedIn (data )?export/);
  });

  it('says a truncated download is damaged', () => {
    const zip = fixture('linkedin-sample-export.zip');
    const bundle = readImport({ name: 'export.zip', bytes: zip.subarray(0, Math.floor(zip.length / 2)) });
    assert.equal(bundle.contacts.length, 0);
    assert.equal(errors(bundle).length, 1);
    assert.match(errors(bundle)[0].reason, /damaged or truncated/);
  });

  it('ignores an entry whose name climbs out of the archive, with a warning', () => {
    const evil = new Uint8Array(Buffer.from(`${HEADER}\nMallory,Evil,https://www.linkedin.com/in/mallory,,Evil Corp,Attacker,05 Jun 2024\n`));
    const good = new Uint8Array(Buffer.from(`${HEADER}\nAvery,Quill,https://www.linkedin.com/in/avery,,Contoso,PM,05 Jun 2024\n`));
    const bundle = readImport({ name: 'export.zip', bytes: zipSync({ '../../evil/Connections.csv': evil, 'Connections.csv': good }) });
    assert.deepEqual(bundle.contacts.map((contact) => contact.firstName), ['Avery']);
    const climbing = warnings(bundle).filter((issue) => issue.file.includes('../../evil/Connections.csv'));
    assert.equal(climbing.length, 1);
    assert.match(climbing[0].reason, /outside the archive/);
    assert.deepEqual(errors(bundle), []);
  });
});
