// Ticking a plan introduction moves it into the double-opt-in workflow: the matcher stops offering another helper for
// the need, and the weekly review, the ledger and the index count the same introduction once it is made.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/open-store.ts';
import { fixedClock, FIXTURES, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { advanceIntroduction, listIntroductions, suggestIntroductions } from './intros.ts';
import { ledgerBalance } from './ledger.ts';
import { addNeed } from './needs.ts';
import { addOffer } from './offers.ts';
import { markPlanItem } from './plan-marks.ts';
import { planReview, weeklyPlan } from './plan.ts';
import { computeIndex } from './referability-index.ts';
import { setTarget } from './target.ts';

const MARKET = `name: Edge companies
threshold: 50
companies:
  - name: Proseware
    tier: 1
  - name: Northwind Traders
    tier: 1
weights: { company: 100 }
`;

for (const kind of TEST_STORES) {
  describe(`a plan introduction in the workflow: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z'); // a Wednesday
    let needId = '';
    before(async () => {
      const folder = temporaryFolder();
      const store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, clock.now().toISOString());
      context = { store, now: clock.now, today: () => clock.now().toISOString().slice(0, 10), newId: sequentialIds('l') };
      await importContacts(context, { path: fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES)) });
      writeFileSync(join(folder, 'target.yaml'), MARKET);
      await setTarget(context, join(folder, 'target.yaml'));
      needId = (await addNeed(context, { contact: 'Farid Haddad', text: 'help passing a SOC 2 audit' })).id;
      // Two people could help: the plan picks one, and once it is ticked the other must not be proposed as well.
      await addOffer(context, { contact: 'Omar Farouk', text: 'has led SOC 2 audits twice' });
      await addOffer(context, { contact: 'Avery Quill', text: 'knows SOC 2 audit auditors' });
    });
    after(async () => {
      await context.store.workspace.rows.clear();
      await context.store.close();
    });

    it('creates the introduction with its draft when the item is ticked, and stops suggesting helpers for the need', async () => {
      assert.equal((await suggestIntroductions(context)).filter((row) => row.need.id === needId).length, 1, 'suggested before (the case under test)');
      const plan = await weeklyPlan(context, { minutes: 60 });
      const item = plan.items.find((row) => row.kind === 'introduction' && row.needId === needId)!;
      assert.ok(item, 'the plan holds the introduction');
      const result = await markPlanItem(context, item.id, 'done');
      const [intro] = await listIntroductions(context, { contact: 'Farid Haddad' });
      assert.equal(result.introduction?.introId, intro.id);
      assert.deepEqual([intro.state, intro.need?.id, intro.seeker.id, intro.helper.id], ['asked-seeker', needId, item.contact!.id, item.other!.id]);
      assert.match(result.introduction?.draft?.text ?? '', new RegExp(item.other!.name.split(' ')[0]));
      assert.deepEqual((await suggestIntroductions(context)).filter((row) => row.need.id === needId), [], 'no second helper for a need under way');
      const replanned = await weeklyPlan(context, { replan: true });
      assert.equal(replanned.items.filter((row) => row.kind === 'introduction').length, 1, 'the replan plans no other introduction for it');
    });

    it('counts the introduction once, the same in the review, the ledger and the index', async () => {
      const ticked = await planReview(context);
      assert.equal(ticked.introsGiven, 0, 'asked, not yet made');
      assert.equal((await ledgerBalance(context)).overall.given, 0);
      const [intro] = await listIntroductions(context, { contact: 'Farid Haddad' });
      for (const to of ['asked-helper', 'made']) await advanceIntroduction(context, intro.id, { to });
      const review = await planReview(context);
      assert.equal(review.introsGiven, 1);
      assert.equal((await ledgerBalance(context)).overall.given, 1);
      const index = await computeIndex(context, { save: false });
      const reciprocity = index.pillars.find((pillar) => pillar.name === 'reciprocity')!;
      assert.match(reciprocity.explanation, /^1 introductions and referrals given/);
    });
  });
}
