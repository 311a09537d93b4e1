// Needs and offers end to end on both stores: add, list, close, derived offers with their source, bad input refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { tagContact } from './contacts.ts';
import { addNeed, closeNeed, listNeeds } from './needs.ts';
import { addOffer, closeOffer, listOffers } from './offers.ts';
import { rejects } from '../../test/support/assertions.ts';
import { openTestWorkspace, closeTestWorkspace, importCsvText } from '../../test/support/test-workspace.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Woodgrove Bank,Internal Audit Manager,05 Jan 2021
Tom,Berg,https://www.linkedin.com/in/tom-berg,,Litware,Software Engineer,20 Feb 2022
Tom,Baker,https://www.linkedin.com/in/tom-baker,,Tailspin Toys,Recruiter,20 Feb 2022
`;

for (const kind of TEST_STORES) {
  describe(`needs and offers: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'n');
      await importCsvText(context, CONNECTIONS);
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('adds a need by name with topic and deadline, lists it, and closes it with a note', async () => {
      const need = await addNeed(context, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit', topic: 'compliance', deadline: '2027-01-31' });
      assert.equal(need.contact.name, 'Dana Reyes');
      assert.equal(need.status, 'open');
      const listed = await listNeeds(context);
      assert.deepEqual(listed.map((n) => [n.id, n.text, n.topic, n.deadline, n.contact.company]), [[need.id, 'their team is struggling with a SOC 2 audit', 'compliance', '2027-01-31', 'Fabrikam']]);
      const closed = await closeNeed(context, need.id, { note: 'found an auditor' });
      assert.equal(closed.status, 'closed');
      assert.deepEqual(await listNeeds(context), []);
      assert.equal((await listNeeds(context, { status: 'closed' }))[0].closeNote, 'found an auditor');
      assert.equal((await listNeeds(context, { status: 'all', contact: 'https://www.linkedin.com/in/dana-reyes' })).length, 1);
      await assert.rejects(closeNeed(context, need.id), rejects('CONFLICT', /already closed/));
    });

    it('refuses unknown and ambiguous contacts, empty text and an open duplicate, leaving the store unchanged', async () => {
      await addNeed(context, { contact: 'Sam Lee', text: 'hiring a senior data engineer' });
      const before = JSON.stringify(await context.store.workspace.rows.dump());
      await assert.rejects(addNeed(context, { contact: 'Nobody Here', text: 'x' }), rejects('NOT_FOUND', /no contact matches "Nobody Here"/));
      await assert.rejects(addNeed(context, { contact: 'Tom', text: 'x' }), rejects('AMBIGUOUS', /matches 2 contacts/));
      await assert.rejects(addNeed(context, { contact: 'Sam Lee', text: '   ' }), rejects('INVALID_INPUT', /a need needs a text/));
      await assert.rejects(addNeed(context, { contact: 'Sam Lee', text: 'Hiring a senior data-engineer!' }), rejects('CONFLICT', /Sam Lee already has this need open/));
      await assert.rejects(addNeed(context, { contact: 'Sam Lee', text: 'x', deadline: '2026-13-01' }), rejects('INVALID_INPUT', /--deadline/));
      await assert.rejects(closeNeed(context, 'no-such-need'), rejects('NOT_FOUND', /no need has the id "no-such-need"/, { command: 'referable needs list --status all', link: '/intros#suggestions' }));
      assert.equal(JSON.stringify(await context.store.workspace.rows.dump()), before);
    });

    it('lists stated offers first, then offers derived from positions and tags, each with its source', async () => {
      const stated = await addOffer(context, { contact: 'Sam Lee', text: 'SOC 2, ISO 27001 compliance' });
      await tagContact(context, 'Priya Nair', ['sox', 'internal controls'], []);
      const { total, offers } = await listOffers(context);
      assert.equal(total, 1 + 1 + 5, 'one stated, one from tags, five positions');
      assert.deepEqual(offers[0], { ...offers[0], id: stated.id, source: 'stated', text: 'SOC 2, ISO 27001 compliance' });
      assert.deepEqual(offers.slice(1, 3).map((o) => [o.source, o.contact.name, o.text, o.id]), [
        ['tags', 'Priya Nair', 'sox, internal controls', null],
        ['position', 'Dana Reyes', 'Chief Technology Officer at Fabrikam', null],
      ]);
      assert.deepEqual((await listOffers(context, { source: 'position', contact: 'Priya Nair' })).offers.map((o) => o.text), ['Internal Audit Manager at Woodgrove Bank']);
      await assert.rejects(addOffer(context, { contact: 'Sam Lee', text: 'soc 2 iso 27001 compliance' }), rejects('CONFLICT', /already recorded/));
      await assert.rejects(addOffer(context, { contact: 'Sam Lee', text: '' }), rejects('INVALID_INPUT', /an offer needs a text/));
      const closed = await closeOffer(context, stated.id!);
      assert.equal(closed.status, 'closed');
      assert.equal((await listOffers(context, { source: 'stated' })).total, 0);
      assert.equal((await listOffers(context, { status: 'closed' })).offers[0].id, stated.id);
      await assert.rejects(closeOffer(context, 'nope'), rejects('NOT_FOUND', /derived offers .* have no id/));
      await assert.rejects(listOffers(context, { source: 'rumour' }), rejects('INVALID_INPUT', /--source must be one of stated/));
    });

    it("takes a deadline of the user's today when UTC is already on the next day", async () => {
      const losAngeles: AppContext = { ...context, now: () => new Date('2026-11-26T03:00:00.000Z'), today: () => '2026-11-25' };
      const need = await addNeed(losAngeles, { contact: 'Tom Berg', text: 'a code review before tonight\'s release', deadline: '2026-11-25' });
      assert.equal(need.deadline, '2026-11-25');
      await assert.rejects(addNeed(losAngeles, { contact: 'Tom Berg', text: 'x', deadline: '2026-11-24' }), rejects('INVALID_INPUT', /--deadline 2026-11-24 is in the past \(today is 2026-11-25\)/));
    });
  });
}
