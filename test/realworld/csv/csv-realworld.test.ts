// Contact CSVs in the shapes other programs write (see NOTICE.md): Google Contacts (current and legacy "Google CSV"),
// Outlook.com, a prospect list, and Thunderbird's own test address books. Each imports with the counts asserted here,
// and importing it again adds and changes nobody, on both stores.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importContacts, type SourceKind } from '../../../src/app/import-contacts.ts';
import { setSettingsText } from '../../../src/app/settings.ts';
import type { AppContext } from '../../../src/app/app-context.ts';
import { displayName } from '../../../src/core/contacts/contact.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../support/test-workspace.ts';
import { fixedClock, TEST_STORES } from '../../support/test-stores.ts';

interface Expected {
  source: SourceKind;
  /** The workspace's phone region while importing ('' for none: only +international numbers become E.164). */
  region: string;
  added: number;
  /** Rows skipped with an error plus rows merged into an earlier row of the same person. */
  skipped: number;
  /** Display names of the contacts, sorted ('' for a nameless card). */
  names: string[];
  /** Warnings about links that only look like LinkedIn profiles. */
  fakeProfiles: number;
}

const FILES: Record<string, Expected> = {
  // Two Marios told apart by phone and by the note after the comma; "Manu" given and family; a family landline in two
  // spellings; an organisation-only and an emoji-only card; Avery twice (merged); an empty row; a fake profile link.
  'google-contacts-current.csv': {
    source: 'google', region: 'US', added: 11, skipped: 2, fakeProfiles: 1,
    names: ['', 'Anna Bianchi', 'Avery Quill', 'Dana Reyes, Jr.', 'Eve Mallory', 'Luca Bianchi', 'Manu', 'Manu', 'Mario, Happy Store', 'Mario, Zafniary', '🦊'],
  },
  // The legacy layout: display names in "Name", a phone-only row, a company card, Priya twice (national and E.164).
  'google-contacts-legacy.csv': {
    source: 'google', region: 'GB', added: 6, skipped: 1, fakeProfiles: 0,
    names: ['', '', 'Mario, Happy Store', 'Mario, Zafniary', 'Priya Nair', '★ ★'],
  },
  // Outlook.com: BOM, the suffix kept, honorifics left out, Kwame twice with different numbers (two people, as the
  // rule "two different phones mean two people" says), an empty row, a fake profile link.
  'outlook-com-contacts.csv': {
    source: 'outlook', region: '', added: 6, skipped: 1, fakeProfiles: 1,
    names: ['', 'Ingrid Størmer, PhD', 'Kwame Mensah', 'Kwame Mensah', 'Mario', 'Mario'],
  },
  // A prospect list with "Job Title" and the honorific "Title", a "Last, First" duplicate, two Zoés at two companies.
  'generic-people.csv': {
    source: 'csv', region: '', added: 6, skipped: 1, fakeProfiles: 1,
    names: ['', 'Eve Mallory', 'Mateus Oliveira', 'Zoé Laurent', 'Zoé Laurent', '🌻'],
  },
  // Thunderbird's test address books, byte for byte (MPL-2.0): its export layout and a semicolon-separated file.
  'thunderbird-basic_csv_addressbook.csv': { source: 'csv', region: '', added: 2, skipped: 0, fakeProfiles: 0, names: ['Jane Doe', 'John Doe'] },
  'thunderbird-csv_semicolon.csv': { source: 'csv', region: '', added: 2, skipped: 0, fakeProfiles: 0, names: ['Jane Doe', 'John Doe'] },
};

const path = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

for (const kind of TEST_STORES) {
  describe(`contact CSVs as other programs write them: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    for (const [name, expected] of Object.entries(FILES)) {
      describe(name, () => {
        let context: AppContext;
        before(async () => {
          context = { ...(await openTestWorkspace(kind, fixedClock(), 'rw')), locale: () => 'en' };
          if (expected.region) await setSettingsText(context, 'settings.yaml', `contacts:\n  defaultRegion: ${expected.region}\n`);
        });
        after(async () => {
          await closeTestWorkspace(context);
        });

        it(`imports ${expected.added} contacts, and importing it again adds and changes nobody`, async () => {
          const first = await importContacts(context, { path: path(name), source: expected.source });
          assert.deepEqual([first.added, first.skipped], [expected.added, expected.skipped]);
          const fake = first.issues.filter((issue) => /not a LinkedIn profile URL/.test(issue.reason));
          assert.equal(fake.length, expected.fakeProfiles);
          for (const issue of fake) assert.ok(issue.file === name && issue.line !== undefined, 'the warning names the file and line');
          const contacts = await context.store.workspace.contacts.list();
          assert.deepEqual(contacts.map(displayName).sort(), expected.names);
          assert.ok(contacts.every((contact) => !contact.linkedinUrl || contact.linkedinUrl.startsWith('https://www.linkedin.com/in/')));
          const again = await importContacts(context, { path: path(name), source: expected.source });
          assert.deepEqual([again.added, again.updated], [0, 0]);
        });
      });
    }
  });
}
