// Two writers with their own connections (two servers, or a server and the CLI) doing the same thing at the same moment:
// the second one sees what the first one did. One plan per week, one close per need, one tick per plan item.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError } from '../core/errors.ts';
import { openStore } from '../store/open-store.ts';
import { fixedClock, FIXTURES, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { addNeed, closeNeed } from './needs.ts';
import { addOffer, closeOffer } from './offers.ts';
import { markPlanItem } from './plan-marks.ts';
import { weeklyPlan } from './plan.ts';
import { setTarget } from './target.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));
const clock = fixedClock('2026-11-25T12:00:00.000Z');

/** Exactly one of two attempts succeeded and the other was refused as CONFLICT; returns the winner's value. */
function oneWins<T>(results: PromiseSettledResult<T>[]): T {
  const won = results.filter((result): result is PromiseFulfilledResult<T> => result.status === 'fulfilled');
  const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  assert.equal(won.length, 1, `one writer succeeds: ${lost.map((result) => String(result.reason)).join('; ')}`);
  assert.ok(lost.length === 1 && isReferableError(lost[0].reason) && lost[0].reason.code === 'CONFLICT', String(lost[0]?.reason));
  return won[0].value;
}

for (const kind of TEST_STORES) {
  describe(`write races: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let first: AppContext;
    let second: AppContext;
    before(async () => {
      const location = kind.name === 'sqlite' ? join(temporaryFolder(), 'races.db') : kind.location();
      const workspace = uniqueWorkspace();
      const open = async (prefix: string) => ({ store: await openStore({ location, workspaceId: workspace }, clock.now().toISOString()), now: clock.now, today: () => '2026-11-25', newId: sequentialIds(prefix) });
      first = await open('a');
      second = await open('b');
      await importContacts(first, { path: EDGE_CASES });
      const market = join(temporaryFolder(), 'target.yaml');
      writeFileSync(market, 'name: Edge companies\nthreshold: 50\ncompanies:\n  - name: Northwind Traders\n    tier: 1\n  - name: Contoso\n    tier: 2\nweights: { company: 100 }\ngoals: { inMarketConnections: 10, coveredCompanies: 3 }\n');
      await setTarget(first, market);
    });
    after(async () => {
      await first.store.workspace.rows.clear();
      await first.store.close();
      await second.store.close();
    });

    it('two plan runs at once make one plan for the week, and both show it', async () => {
      const [a, b] = await Promise.all([weeklyPlan(first), weeklyPlan(second)]);
      const { plans } = await first.store.workspace.rows.dump();
      assert.equal(plans.length, 1);
      assert.ok(a.items.length > 0);
      assert.deepEqual(b.items.map((item) => item.id), a.items.map((item) => item.id));
    });

    it('one plan item ticked off twice at once is done once, with its interactions recorded once', async () => {
      const plan = await weeklyPlan(first);
      const item = plan.items[0];
      const result = oneWins(await Promise.allSettled([markPlanItem(first, item.id, 'done'), markPlanItem(second, item.id, 'done')]));
      const logged = (await first.store.workspace.rows.dump()).interactions.filter((row) => row.source === 'plan');
      assert.equal(logged.length, result.interactionsRecorded);
    });

    it('one need closed twice at once is closed once, with the winner\'s note', async () => {
      const need = await addNeed(first, { contact: 'Omar Farouk', text: 'a SOC 2 audit' });
      const closed = oneWins(await Promise.allSettled([closeNeed(first, need.id, { note: 'from A' }), closeNeed(second, need.id, { note: 'from B' })]));
      const stored = (await first.store.workspace.needs.get(need.id))!;
      assert.equal(stored.closeNote, closed.closeNote);
    });

    it('one offer closed twice at once is closed once', async () => {
      const offer = await addOffer(first, { contact: 'Omar Farouk', text: 'reviews security questionnaires' });
      oneWins(await Promise.allSettled([closeOffer(first, offer.id!), closeOffer(second, offer.id!)]));
    });
  });
}
