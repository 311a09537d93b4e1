// A contact's history on both stores: interactions, needs, offers with their source, referrals, introductions with
// their state, job changes, and where they stand against their follow-up cadence; prospects have no cadence.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isReferableError } from '../core/errors.ts';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { contactHistory } from './contact-history.ts';
import { importContacts } from './import-contacts.ts';
import { logInteraction } from './interactions.ts';
import { advanceIntroduction, proposeIntroduction } from './intros.ts';
import { addReferral } from './ledger.ts';
import { addNeed, closeNeed } from './needs.ts';
import { addOffer } from './offers.ts';
import { setTarget } from './target.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Woodgrove Bank,Internal Audit Manager,05 Jan 2021
`;

/** A prospect list: no "Connected On", so nobody here is connected yet. */
const PROSPECTS = `First Name,Last Name,Company,Position
Omar,Haddad,Fabrikam,Data Engineering Lead
`;

const MARKET = `name: Fintech
threshold: 50
companies:
  - name: Fabrikam
    tier: 1
weights: { company: 100 }
`;

for (const kind of TEST_STORES) {
  describe(`contact history: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'h');
      const folder = temporaryFolder();
      writeFileSync(join(folder, 'Connections.csv'), CONNECTIONS);
      writeFileSync(join(folder, 'prospects.csv'), PROSPECTS);
      writeFileSync(join(folder, 'target.yaml'), MARKET);
      await importContacts(context, { path: join(folder, 'Connections.csv') });
      await importContacts(context, { path: join(folder, 'prospects.csv'), source: 'csv' });
      await setTarget(context, join(folder, 'target.yaml'));
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('shows a connected contact with nothing recorded yet: empty history, cadence from the day we connected', async () => {
      const history = await contactHistory(context, 'Priya Nair');
      assert.equal(history.contact.name, 'Priya Nair');
      assert.deepEqual([history.interactions, history.needs, history.referrals, history.introductions, history.events], [[], [], [], [], []]);
      assert.ok(history.offers.some((offer) => offer.source === 'position' && /Internal Audit Manager/.test(offer.text)), JSON.stringify(history.offers));
      // Not in the market (Woodgrove is no target company): the "everyone" tier, and years since we connected.
      assert.equal(history.activeMarket, 'Fintech');
      assert.equal(history.market.inMarket, false);
      assert.equal(history.cadence?.tier, 'everyone');
      assert.equal(history.cadence?.lastTouch, '2021-01-05');
      assert.equal(history.cadence?.state, 'losing-touch');
      assert.ok((history.cadence?.daysSinceLastTouch ?? 0) > 365);
    });

    it('gathers interactions, needs, offers, referrals and introductions, newest first, and the cadence they reset', async () => {
      await logInteraction(context, { contact: 'Dana Reyes', what: 'coffee chat', on: '2026-09-01', note: 'talked about their audit' });
      const old = await addNeed(context, { contact: 'Dana Reyes', text: 'a new office in Lisbon' });
      await closeNeed(context, old.id, { note: 'found one' });
      const need = await addNeed(context, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit', topic: 'compliance' });
      await addOffer(context, { contact: 'Dana Reyes', text: 'CTO peer advice on platform teams' });
      await addReferral(context, { direction: 'received', kind: 'job', contact: 'Dana Reyes', company: 'Fabrikam', on: '2026-10-02', note: 'passed my CV to their VP' });
      const { intro } = await proposeIntroduction(context, { need: need.id, helper: 'Sam Lee' });
      await advanceIntroduction(context, intro.id, { to: 'asked-seeker' });

      const history = await contactHistory(context, 'https://www.linkedin.com/in/dana-reyes');
      assert.equal(history.contact.name, 'Dana Reyes');
      assert.equal(history.market.inMarket, true);
      assert.deepEqual(history.interactions.map((row) => [row.kind, row.occurredAt.slice(0, 10), row.note, row.source]), [['coffee-chat', '2026-09-01', 'talked about their audit', 'logged']]);
      assert.deepEqual(history.needs.map((row) => [row.text, row.status]), [['their team is struggling with a SOC 2 audit', 'open'], ['a new office in Lisbon', 'closed']]);
      assert.deepEqual(history.offers[0], { ...history.offers[0], text: 'CTO peer advice on platform teams', source: 'stated' });
      assert.ok(history.offers.some((offer) => offer.source === 'position'));
      assert.deepEqual(history.referrals.map((row) => [row.direction, row.kind, row.occurredOn, row.note]), [['received', 'job', '2026-10-02', 'passed my CV to their VP']]);
      assert.deepEqual(history.introductions.map((row) => [row.seeker.name, row.helper.name, row.state, row.need?.text]), [['Dana Reyes', 'Sam Lee', 'asked-seeker', need.text]]);
      // In market: the in-market tier (30 days ideal, 90 at most); the coffee chat was 85 days ago.
      assert.deepEqual(history.cadence, { tier: 'in-market', idealDays: 30, maxDays: 90, lastTouch: '2026-09-01T12:00:00.000Z', daysSinceLastTouch: 85, state: 'due', dueOn: '2026-10-01' });

      // The helper's page shows the same introduction; logging a call today puts Dana back on rhythm.
      assert.deepEqual((await contactHistory(context, 'Sam Lee')).introductions.map((row) => row.id), [intro.id]);
      await logInteraction(context, { contact: 'Dana Reyes', kind: 'call' });
      const after = await contactHistory(context, 'Dana Reyes');
      assert.deepEqual(after.interactions.map((row) => row.kind), ['call', 'coffee-chat']);
      assert.equal(after.cadence?.state, 'ok');
      assert.equal(after.cadence?.daysSinceLastTouch, 0);
      assert.equal(after.cadence?.dueOn, '2026-12-25');
    });

    it('has no cadence for a prospect, and refuses a contact that does not exist', async () => {
      const prospect = await contactHistory(context, 'Omar Haddad');
      assert.equal(prospect.market.strength, null);
      assert.equal(prospect.market.inMarket, true);
      assert.equal(prospect.cadence, null);
      assert.deepEqual(prospect.ties, []);
      await assert.rejects(contactHistory(context, 'Nobody Here'), (error: unknown) => isReferableError(error) && error.code === 'NOT_FOUND');
    });
  });
}
