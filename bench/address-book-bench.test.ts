// The address-book benchmark's files import whole: every synthetic card and row becomes one contact, with no issue,
// so the benchmark times real imports of realistic files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom } from '../src/core/random/seeded-random.ts';
import { parseGoogleContacts } from '../src/import/google/google-contacts.ts';
import { detectSource } from '../src/import/read-import.ts';
import { parseVCard } from '../src/import/vcard/vcard.ts';
import { googleFile, people, vcardFile } from './address-book-bench.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('address-book benchmark files', () => {
  const everyone = people(createRandom(20261126), 200);

  it('are the same for the same seed', () => {
    assert.equal(vcardFile(createRandom(1), everyone), vcardFile(createRandom(1), people(createRandom(20261126), 200)));
  });

  it('a vCard file with a photo on every card: each card one contact, no issue', () => {
    const file = { name: 'address-book.vcf', bytes: encode(vcardFile(createRandom(1), everyone)) };
    assert.ok(file.bytes.length > 200 * 2000, `${file.bytes.length} bytes`);
    const { rows, issues } = parseVCard(file);
    assert.deepEqual(issues, []);
    assert.equal(rows.length, 200);
    assert.deepEqual([rows[7].firstName, rows[7].lastName, rows[7].emails[0], rows[7].notes], [everyone[7].first, everyone[7].last, everyone[7].email, everyone[7].note]);
  });

  it('a Google Contacts CSV detected as Google: each row one contact, no issue', () => {
    const file = { name: 'google-contacts.csv', bytes: encode(googleFile(everyone)) };
    assert.equal(detectSource(file), 'google');
    const { rows, issues } = parseGoogleContacts(file);
    assert.deepEqual(issues, []);
    assert.equal(rows.length, 200);
    assert.equal(new Set(rows.map((row) => row.emails[0])).size, 200);
  });
});
