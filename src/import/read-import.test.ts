// Detection and its messages: a CSV that is no known export is read as a generic CSV with a note saying how, --source
// csv prefers "Job Title" over the honorific "Title", and a wrong header is named by the line that was read as one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readImport } from './read-import.ts';

const file = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
const PREAMBLE = 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n';

describe('a CSV that is neither LinkedIn, Google nor Outlook', () => {
  it('falls back to the generic reader with a note on the columns it used and the ones it left', () => {
    const bundle = readImport(file('leads.csv', 'Full Name,Mail,Org,Shoe Size\nAda Example,ada@example.com,Contoso,38\n'));
    // "Org" is no name we know: the note says it was left, so the user knows to --map it.
    assert.equal(bundle.source, 'csv');
    assert.equal(bundle.contacts.length, 1);
    assert.deepEqual(bundle.issues.map((issue) => [issue.severity, issue.file, issue.line ?? null]), [['info', 'leads.csv', null]]);
    assert.equal(
      bundle.issues[0].reason,
      'read as a generic CSV (it is not a LinkedIn, Google or Outlook export): Name from "Full Name", Email from "Mail"; not read: "Org", "Shoe Size". Give --map to use other columns, or --source to read it as another format',
    );
  });

  it('adds no note when the user chose --source csv', () => {
    const bundle = readImport(file('leads.csv', 'Name,Email\nAda Example,ada@example.com\n'), { source: 'csv' });
    assert.deepEqual(bundle.issues, []);
  });

  it('--source csv takes the job from "Job Title", not the honorific "Title", whatever the column order', () => {
    for (const header of ['First Name,Last Name,Title,Job Title,E-mail', 'First Name,Last Name,Job Title,Title,E-mail']) {
      const titleFirst = header.indexOf('Title,') < header.indexOf('Job Title');
      const row = titleFirst ? 'Dana,Reyes,Dr.,Chief Financial Officer,dana@example.com' : 'Dana,Reyes,Chief Financial Officer,Dr.,dana@example.com';
      const bundle = readImport(file('outlook-ish.csv', `${header}\n${row}\n`), { source: 'csv' });
      assert.equal(bundle.contacts[0].title, 'Chief Financial Officer', header);
    }
  });

  it('skips LinkedIn\'s "Notes:" preamble when it reads a renamed export file as a generic CSV', () => {
    const bundle = readImport(file('export.csv', `${PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Verbunden am\r\nAda,Example,https://www.linkedin.com/in/ada-example,,Contoso,CFO,05.06.2024\r\n`));
    assert.equal(bundle.source, 'csv');
    assert.deepEqual(bundle.contacts.map((contact) => [contact.firstName, contact.lastName, contact.company, contact.line]), [['Ada', 'Example', 'Contoso', 5]]);
  });
});

describe('the wrong header', () => {
  it('names the header line it actually read, after the preamble, and the column it lacks', () => {
    const bundle = readImport(file('Connections.csv', `${PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Verbunden am\r\nAda,Example,,,Contoso,CFO,05.06.2024\r\n`));
    assert.equal(bundle.contacts.length, 0);
    assert.equal(bundle.issues.length, 1);
    assert.equal(
      bundle.issues[0].reason,
      'no header row with the columns "First Name", "Last Name", "Connected On"; is this a LinkedIn Connections.csv? The header (line 4) is "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Verbunden am", without "Connected On".',
    );
  });
});
