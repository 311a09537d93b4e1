// One contact change of fields, tags and rating, on both stores: all of it lands, or (one part refused) none of it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { updateContact } from './contact-update.ts';
import { resolveContact, summarize } from './contacts.ts';
import { rejects } from '../../test/support/assertions.ts';
import { openTestWorkspace, closeTestWorkspace, importCsvText } from '../../test/support/test-workspace.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
`;

for (const kind of TEST_STORES) {
  describe(`updateContact: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    const stored = async (reference: string) => {
      const contact = await resolveContact(context, reference);
      return { ...summarize(contact), notes: contact.notes, lockedFields: contact.lockedFields };
    };
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'u');
      await importCsvText(context, CONNECTIONS);
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('edits fields, replaces the tags and rates in one change, by any reference', async () => {
      const updated = await updateContact(context, 'Dana Reyes', { fields: { notes: 'met at SaaStr', title: 'CTO' }, tags: ['security', 'warm'], rating: 4 });
      assert.deepEqual([updated.name, updated.title, updated.tags, updated.rating], ['Dana Reyes', 'CTO', ['security', 'warm'], 4]);
      const now = await stored('Dana Reyes');
      assert.equal(now.notes, 'met at SaaStr');
      assert.ok(now.lockedFields.includes('title'));
      const edited = await updateContact(context, 'https://www.linkedin.com/in/dana-reyes', { addTags: ['investor'], removeTags: ['WARM'], rating: null });
      assert.deepEqual([edited.tags, edited.rating], [['security', 'investor'], null]);
    });

    it('changes nothing when the rating is refused after the notes and tags were written', async () => {
      const unchanged = await stored('Sam Lee');
      await assert.rejects(updateContact(context, 'Sam Lee', { fields: { notes: 'should not stay', company: 'Globex' }, tags: ['should-not-stay'], rating: 6 }), rejects('INVALID_INPUT', /rating is a whole number from 1/));
      assert.deepEqual(await stored('Sam Lee'), unchanged);
      await assert.rejects(updateContact(context, 'Sam Lee', { addTags: ['x'], fields: { email: 'not an email' } }), rejects('INVALID_INPUT', /is not an email address/));
      assert.deepEqual(await stored('Sam Lee'), unchanged);
    });

    it('refuses an empty change and tags sent both ways, naming what to send', async () => {
      await assert.rejects(updateContact(context, 'Sam Lee', {}), rejects('INVALID_INPUT', /nothing to change; send one of .*notes.*rating/));
      await assert.rejects(updateContact(context, 'Sam Lee', { tags: ['a'], addTags: ['b'] }), rejects('INVALID_INPUT', /either tags .* or addTags\/removeTags/));
      await assert.rejects(updateContact(context, 'Nobody Here', { rating: 3 }), rejects('NOT_FOUND', /no contact matches "Nobody Here"/));
    });
  });
}
