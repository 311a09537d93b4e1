// LinkedIn's Contacts.csv (synced address books) and the 2018 Imported Contacts.csv: emails and phones for the
// connections they match, new "knows" contacts for the rest; a Google contacts.csv is never mistaken for it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { detectSource, readImport } from '../read-import.ts';
import { parseAddressBook } from './address-book.ts';

const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));
const CONTACTS_HEADER = 'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles';

describe("LinkedIn's Contacts.csv", () => {
  it('reads every column that says who a person is, several emails in one cell, and skips entries naming nobody', () => {
    const { rows, issues } = parseAddressBook({
      name: 'Contacts.csv',
      bytes: text(`${CONTACTS_HEADER}
GOOGLE_CONTACTS,Dana,Reyes,Contoso,CFO,"dana@contoso.example,dana.reyes@mail.example","+1 415 555 0100",1/8/18,,,,,,"Seattle, WA",,https://www.linkedin.com/in/dana-reyes
PHONE,,,,,,,1/8/18,,,,Sam Lee,,,,
OUTLOOK,,,,,not-an-address,,1/8/18,,,,,,,,
`),
    });
    assert.deepEqual(
      rows.map((row) => [row.firstName, row.lastName, row.emails, row.phones, row.company, row.title, row.location, row.linkedinUrl, row.tie]),
      [
        ['Dana', 'Reyes', ['dana@contoso.example', 'dana.reyes@mail.example'], ['+1 415 555 0100'], 'Contoso', 'CFO', 'Seattle, WA', 'https://www.linkedin.com/in/dana-reyes', 'knows'],
        ['Sam', 'Lee', [], [], '', '', '', '', 'knows'],
      ],
    );
    assert.deepEqual(issues.map((issue) => [issue.severity, issue.line, issue.field ?? null]), [['warning', 4, 'Emails'], ['error', 4, null]]);
  });

  it('inside an export, gives matching connections their emails instead of a second contact', () => {
    const zip = zipSync({
      'Connections.csv': text('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nDana,Reyes,https://www.linkedin.com/in/dana-reyes,,Contoso,CFO,05 Jun 2024\nBo,Sample,https://www.linkedin.com/in/bo-sample,,Fabrikam,PM,05 Jun 2024\n'),
      'Contacts.csv': text(`${CONTACTS_HEADER}\nGOOGLE_CONTACTS,Dana,Reyes,,,dana@contoso.example,,,,,,,,,,\nPHONE,Bo,Sample,,,,+44 20 7946 0000,,,,,,,,,\nPHONE,Mia,Other,,,mia@other.example,,,,,,,,,,\n`),
    });
    const bundle = readImport({ name: 'export.zip', bytes: zip });
    assert.deepEqual(bundle.issues, []);
    assert.ok(bundle.filesRead.includes('export.zip:Contacts.csv'));
    assert.deepEqual(
      bundle.contacts.map((contact) => [contact.firstName, contact.emails, contact.phones, contact.tie]),
      [
        ['Dana', ['dana@contoso.example'], [], 'connected'],
        ['Bo', [], ['+44 20 7946 0000'], 'connected'],
        ['Mia', ['mia@other.example'], [], 'knows'],
      ],
    );
  });

  it('reads the 2018 Imported Contacts.csv spelling of the columns', () => {
    const bundle = readImport({
      name: 'Imported Contacts.csv',
      bytes: text('First Name,Last Name,Companies,Title,Email Address,Phone Numbers,Created At,Instant Message Handles,Addresses,Sites,Full Name,Birthday,Location,Bookmarked At,Profiles\nEli,Test,Globex,CTO,eli@globex.example,555-0101,"1/8/18, 6:14 PM",,,,,,,,\n'),
    });
    assert.equal(bundle.source, 'linkedin');
    assert.deepEqual(bundle.contacts.map((contact) => [contact.firstName, contact.emails, contact.phones, contact.company]), [['Eli', ['eli@globex.example'], ['555-0101'], 'Globex']]);
  });

  it('tells LinkedIn\'s Contacts.csv from a Google export of the same name by its header', () => {
    assert.equal(detectSource({ name: 'Contacts.csv', bytes: text(`${CONTACTS_HEADER}\n`) }), 'linkedin');
    assert.equal(detectSource({ name: 'contacts.csv', bytes: text('First Name,Middle Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\nAda,,Lovelace,* Home,ada@example.com\n') }), 'google');
  });
});
