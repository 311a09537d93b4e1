// Who is who in a phone book (#12 §2, #13 Low), end to end on both stores: phone-only and organisation-only cards,
// same given names told apart by phone or by the note in the display name, family landlines, the region setting,
// symbol-only names, a UTF-16 file cut one byte short, and links that only pretend to be LinkedIn profiles.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bufferSource } from '../import/import-source.ts';
import { fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../test/support/test-workspace.ts';
import type { AppContext } from './app-context.ts';
import { displayName } from '../core/contacts/contact.ts';
import { importContacts, type ImportReport, type SourceKind } from './import-contacts.ts';
import { setSettingsText } from './settings.ts';

const GOOGLE_HEADER = 'First Name,Middle Name,Last Name,Name Suffix,File As,Organization Name,Organization Title,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Labels';
const LEGACY_HEADER = 'Name,Given Name,Family Name,Name Suffix,Organization 1 - Name,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Group Membership';

function csv(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function importBytes(context: AppContext, name: string, bytes: Uint8Array, source?: SourceKind): Promise<ImportReport> {
  return importContacts(context, { input: bufferSource(name, bytes), source });
}

/** Imports twice: the second import must add and update nobody. */
async function importTwice(context: AppContext, name: string, bytes: Uint8Array, source?: SourceKind): Promise<ImportReport> {
  const first = await importBytes(context, name, bytes, source);
  const again = await importBytes(context, name, bytes, source);
  assert.deepEqual([again.added, again.updated], [0, 0], `re-importing ${name} adds and changes nobody`);
  return first;
}

for (const kind of TEST_STORES) {
  describe(`who is who in a phone book: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock();
    const people = async () => (await context.store.workspace.contacts.list()).map((contact) => ({ name: displayName(contact), phones: contact.phones, keys: contact.phoneKeys, company: contact.company, url: contact.linkedinUrl }));
    before(async () => {
      // The machine's locale must not decide these tests: the workspace names its region.
      context = { ...(await openTestWorkspace(kind, clock, 'p')), locale: () => 'en' };
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('keeps a Google row with only a phone and an organisation, and re-importing it adds nobody', async () => {
      const report = await importTwice(context, 'contacts.csv', csv(GOOGLE_HEADER, ',,,,,Pizzeria Da Luigi,,,Work,+39 06 1234 5678,* myContacts'), 'google');
      assert.equal(report.added, 1);
      const [card] = await people();
      assert.deepEqual([card.name, card.company, card.keys], ['', 'Pizzeria Da Luigi', ['+390612345678']]);
    });

    it('two Marios with different mobiles stay two people, each with the note after the comma', async () => {
      const file = csv(
        LEGACY_HEADER,
        '"Mario, Happy Store",Mario,,,,,Mobile,+39 333 111 2222,* myContacts',
        '"Mario, Zafniary",Mario,,,,,Mobile,+39 333 999 8888,* myContacts',
      );
      const report = await importTwice(context, 'marios.csv', file, 'google');
      assert.equal(report.added, 2);
      assert.ok(!report.issues.some((issue) => /the same person as line/.test(issue.reason)), 'no "same person" merge');
      const names = (await people()).map((person) => person.name).filter((name) => name.startsWith('Mario'));
      assert.deepEqual(names.sort(), ['Mario, Happy Store', 'Mario, Zafniary']);
    });

    it('"Manu" as a given name and "Manu" as a family name with different phones are two people, never "Manu Manu"', async () => {
      const file = csv(GOOGLE_HEADER, 'Manu,,,,,,,,Mobile,+33 6 11 22 33 44,', ',,Manu,,,,,,Mobile,+33 6 55 66 77 88,');
      const report = await importTwice(context, 'manu.csv', file, 'google');
      assert.equal(report.added, 2);
      const manus = (await people()).filter((person) => person.name.includes('Manu'));
      assert.deepEqual(manus.map((person) => person.name), ['Manu', 'Manu']);
      const third = await importBytes(context, 'manu.csv', file, 'google');
      assert.equal(third.added, 0);
    });

    it('a family landline is not one person: two names on one number stay two contacts, a re-import adds nobody', async () => {
      const file = csv(GOOGLE_HEADER, 'Anna,,Bianchi,,,,,,Home,+39 02 7654 3210,', 'Luca,,Bianchi,,,,,,Home,+39 02 7654 3210,');
      const report = await importTwice(context, 'family.csv', file, 'google');
      assert.equal(report.added, 2);
    });

    it('with the region set, "06 12 34 56 78" and "+33 6 12 34 56 78" are one number: the same card from two books is one contact', async () => {
      await setSettingsText(context, 'settings.yaml', 'contacts:\n  defaultRegion: FR\n');
      const google = await importBytes(context, 'phone.csv', csv(GOOGLE_HEADER, 'Zoé,,Laurent,,,,,,Mobile,06 12 34 56 78,'), 'google');
      assert.equal(google.added, 1);
      const vcard = new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Laurent;Zoé;;;\r\nFN:Zoé Laurent\r\nTEL;TYPE=CELL:+33 6 12 34 56 78\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n');
      const card = await importBytes(context, 'phone.vcf', vcard);
      assert.deepEqual([card.added, card.updated], [0, 1]);
      const zoe = (await people()).find((person) => person.name === 'Zoé Laurent');
      assert.deepEqual(zoe?.keys, ['+33612345678']);
      await setSettingsText(context, 'settings.yaml', '');
    });

    it('a phone\'s nameless card (its number as FN) is a phone-only card, matched by its number, and a name later fills it', async () => {
      const vcard = new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nFN:+44 7700 900123\r\nTEL;CELL:+44 7700 900123\r\nEND:VCARD\r\n');
      const report = await importTwice(context, 'phone.vcf', vcard);
      assert.equal(report.added, 1);
      assert.ok((await people()).some((person) => person.name === '' && person.keys[0] === '+447700900123'));
      const named = await importBytes(context, 'named.csv', csv(GOOGLE_HEADER, 'Priya,,Nair,,,,,,Mobile,+44 7700 900123,'), 'google');
      assert.deepEqual([named.added, named.updated], [0, 1]);
      assert.ok((await people()).some((person) => person.name === 'Priya Nair' && person.keys[0] === '+447700900123'));
      const again = await importBytes(context, 'phone.vcf', vcard);
      assert.deepEqual([again.added, again.updated], [0, 0]);
    });

    it('names of only emoji or symbols are people too: re-importing them adds nobody (#13)', async () => {
      const vcard = new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nN:;🌻;;;\r\nFN:🌻\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:★ ★\r\nN:;★ ★;;;\r\nEND:VCARD\r\n');
      const report = await importTwice(context, 'symbols.vcf', vcard);
      assert.equal(report.added, 2);
      const generic = await importTwice(context, 'symbols.csv', csv('Name,Email', '🦊,', '✈️,'), 'csv');
      assert.equal(generic.added, 2);
    });

    it('a UTF-16 file with an odd trailing byte reads the byte as nothing, says so, and re-importing adds nobody (#13)', async () => {
      const text = 'First Name,Last Name,E-mail Address,Mobile Phone\r\nIngrid,Størmer,,+47 912 34 567\r\n';
      const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x41])]));
      const report = await importTwice(context, 'outlook.csv', bytes, 'outlook');
      assert.equal(report.added, 1);
      assert.ok(report.issues.some((issue) => /ends with half a character/.test(issue.reason)));
      assert.ok(!(await people()).some((person) => person.name.includes('\uFFFD')));
    });

    it('stores no link that only looks like LinkedIn, and warns naming the file and line (#13)', async () => {
      const file = csv(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Eve,Mallory,https://www.linkedin.com@evil.com/in/x,,Evil Corp,Spy,01 Jan 2024',
        'Ivy,Trent,https://www.linkedin.com.evil.com/in/y,,Evil Corp,Spy,02 Jan 2024',
        'Rhea,Okoro,de.linkedin.com/in/Rhea-Okoro/,,Contoso,Engineer,03 Jan 2024',
      );
      const report = await importTwice(context, 'Connections.csv', file, 'linkedin');
      assert.equal(report.added, 3);
      const warning = report.issues.find((issue) => issue.field === 'URL');
      assert.equal(warning?.file, 'Connections.csv');
      assert.equal(warning?.line, 2);
      assert.match(warning?.reason ?? '', /evil\.com.*not a LinkedIn profile URL/);
      const urls = Object.fromEntries((await people()).filter((person) => person.company === 'Evil Corp' || person.company === 'Contoso').map((person) => [person.name, person.url]));
      assert.deepEqual(urls, { 'Eve Mallory': '', 'Ivy Trent': '', 'Rhea Okoro': 'https://www.linkedin.com/in/rhea-okoro' });
    });
  });
}
