// Third-party vCard test files (see NOTICE.md) through the parser and the real import: what each file yields, and that
// importing it again adds nobody.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importContacts } from '../../../src/app/import-contacts.ts';
import { isReferableError } from '../../../src/core/errors.ts';
import { parseVCard } from '../../../src/import/vcard/vcard.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../support/test-workspace.ts';
import { fixedClock, TEST_STORES } from '../../support/test-stores.ts';

interface Expected {
  /** "First|Last|Company" of every contact the file yields, in file order. */
  people: string[];
  /** Cards skipped with an error (no person in them, or a group or a place). */
  skipped: number;
  /** Contacts the first import adds (cards of the same person are merged). */
  added: number;
}

const FILES: Record<string, Expected> = {
  'node-vcf-xing.vcf': { people: ['Hans-Peter|Mustermann|Example GmbH'], skipped: 0, added: 1 },
  'node-vcf-vcard-2.1.vcf': { people: ['Forrest|Gump|Bubba Gump Shrimp Co.'], skipped: 0, added: 1 },
  'node-vcf-vcard-3.0.vcf': { people: ['Forrest|Gump|Bubba Gump Shrimp Co.'], skipped: 0, added: 1 },
  'node-vcf-vcard-4.0.vcf': { people: ['Forrest|Gump|Bubba Gump Shrimp Co.'], skipped: 0, added: 1 },
  'node-vcf-multiple.vcf': { people: ['Erika|Mustermann|Wikimedia', 'Erika|Mustermann|Wikimedia', 'Erika|Mustermann|Wikimedia'], skipped: 0, added: 1 },
  'node-vcf-empty-lines.vcf': { people: ['Erika|Mustermann|Wikimedia'], skipped: 0, added: 1 },
  'node-vcf-long-address.vcf': { people: ['John|smith|'], skipped: 0, added: 1 },
  'node-vcf-photo-base64.vcf': { people: [], skipped: 1, added: 0 },
  'ez-vcard-John_Doe_EVOLUTION.vcf': { people: ['John|Doe, Sr.|IBM'], skipped: 0, added: 1 },
  'py-vobject-vcard40_full.vcf': { people: ['John|Public, III|Example Corp.'], skipped: 0, added: 1 },
  'py-vobject-vcard40_org.vcf': { people: ['|ABC Marketing|ABC, Inc.'], skipped: 0, added: 1 },
  'py-vobject-vcard40_group.vcf': { people: [], skipped: 1, added: 0 },
  'py-vobject-vcard40_location.vcf': { people: [], skipped: 1, added: 0 },
  'py-vobject-vcard40_multilang.vcf': { people: ['Taro|Yamada|'], skipped: 0, added: 1 },
  'py-vobject-vcard40_simple.vcf': { people: ['John|Doe|'], skipped: 0, added: 1 },
};

const path = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

describe('third-party vCard files', () => {
  for (const [name, expected] of Object.entries(FILES)) {
    it(`${name}: ${expected.people.length} contact(s), ${expected.skipped} skipped card(s)`, () => {
      const { rows, issues } = parseVCard({ name, bytes: readFileSync(path(name)) });
      assert.deepEqual(rows.map((row) => `${row.firstName}|${row.lastName}|${row.company}`), expected.people);
      assert.equal(issues.filter((issue) => issue.severity === 'error').length, expected.skipped);
      assert.deepEqual(issues.filter((issue) => issue.severity === 'warning'), []);
    });
  }

  it('reads what the files say: commas in notes, escaped commas, quoted-printable labels and tel: URIs', () => {
    const read = (name: string) => parseVCard({ name, bytes: readFileSync(path(name)) }).rows[0];
    assert.equal(read('node-vcf-xing.vcf').notes, '17.02.2016, 19:18 - XING - http://www.xing.com/profile/Hans-Peter-Mustermann');
    assert.deepEqual(read('node-vcf-vcard-4.0.vcf').phones, ['+11115551212', '+14045551212', '+14045551213']);
    assert.equal(read('node-vcf-vcard-2.1.vcf').location, 'Baytown, LA, United States of America');
    const evolution = read('ez-vcard-John_Doe_EVOLUTION.vcf');
    assert.match(evolution.notes, /^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT/);
    assert.deepEqual([evolution.emails, evolution.phones], [['john.doe@ibm.com'], ['905-666-1234', '905-555-1234']]);
    assert.equal(read('py-vobject-vcard40_full.vcf').notes, 'This is a note about John.\nHe likes vCards.');
  });

  it('imports every file into its own workspace, and importing it again adds nobody', { timeout: 120_000 }, async () => {
    for (const [name, expected] of Object.entries(FILES)) {
      const context = await openTestWorkspace(TEST_STORES[0], fixedClock(), 'rw');
      try {
        if (expected.added === 0) {
          await assert.rejects(importContacts(context, { path: path(name) }), (error: unknown) => isReferableError(error) && error.code === 'IMPORT_REJECTED');
          continue;
        }
        const first = await importContacts(context, { path: path(name) });
        assert.equal(first.added, expected.added, `${name}: first import`);
        const again = await importContacts(context, { path: path(name) });
        assert.deepEqual([again.added, again.updated], [0, 0], `${name}: second import`);
      } finally {
        await closeTestWorkspace(context);
      }
    }
  });
});
