// The referability index end to end on SQLite and PostgreSQL: it needs a market, reads the ledger (seeded as in
// the demo), introductions and content, and keeps one snapshot a day for the history.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError } from '../core/errors.ts';
import { fixedClock, FIXTURES, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { seedDemoLedger } from './demo-ledger.ts';
import { importContacts } from './import-contacts.ts';
import { ledgerBalance, listLedger, thankYousOwed } from './ledger.ts';
import { computeIndex, indexHistory } from './referability-index.ts';
import { setTarget } from './target.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));

const MARKET = `name: Edge engineering
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Woodgrove Bank
    tier: 2
  - name: Proseware
    tier: 2
  - name: Ledgerlark
    tier: 1
functions: [Engineering, Product Management]
weights: { company: 60, function: 40 }
goals: { inMarketConnections: 10, coveredCompanies: 4, weekly: { introductions: 1 } }
`;

for (const kind of TEST_STORES) {
  describe(`referability index: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'x');
      await importContacts(context, { path: EDGE_CASES });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('without a target market says to define one (the builder, or target suggest), and saves nothing', async () => {
      await assert.rejects(computeIndex(context), (error) => isReferableError(error) && error.code === 'NOT_FOUND' && /define one first/.test(error.message) && error.action?.link === '/target');
      assert.deepEqual((await indexHistory(context)).snapshots, []);
    });

    it('seeds the demo ledger deterministically: outcomes, thank-yous, one thank-you still owed; never twice', async () => {
      const path = join(temporaryFolder(), 'target.yaml');
      writeFileSync(path, MARKET);
      await setTarget(context, path);
      const summary = await seedDemoLedger(context, { today: '2026-11-25' });
      assert.deepEqual(summary, { events: 9, thankYous: 2, owed: 1 });
      const owed = await thankYousOwed(context);
      assert.equal(owed.length, 1);
      assert.deepEqual([owed[0].kind, owed[0].occurredOn], ['intro', '2026-11-13']);
      assert.deepEqual((await ledgerBalance(context)).overall, { given: 4, received: 2, balance: 2 });
      assert.deepEqual(await seedDemoLedger(context, { today: '2026-11-25' }), { events: 0, thankYous: 0, owed: 0 });
      assert.equal((await listLedger(context)).length, 9);
    });

    it('scores four pillars of 25 that add up, each explained with actions; go-to presence is 0 without content', async () => {
      const index = await computeIndex(context);
      assert.deepEqual(index.pillars.map((pillar) => pillar.name), ['reach', 'breadth', 'reciprocity', 'go-to']);
      for (const pillar of index.pillars) {
        assert.ok(pillar.score >= 0 && pillar.score <= 25, pillar.name);
        assert.ok(pillar.explanation.length > 0);
      }
      assert.equal(index.score, Math.round(index.pillars.reduce((sum, pillar) => sum + pillar.score, 0) * 10) / 10);
      const reciprocity = index.pillars[2];
      assert.match(reciprocity.explanation, /1 thank-you owed/);
      assert.equal(reciprocity.actions[0].command, 'referable ledger thanks');
      const goTo = index.pillars[3];
      assert.equal(goTo.score, 0);
      assert.match(goTo.explanation, /no content items yet/);
    });

    it('counts introductions made through the workflow as given, unless the ledger has them already', async () => {
      const before = (await computeIndex(context)).pillars[2].parts[0].detail;
      await context.store.workspace.introductions.insert({
        id: 'i-made', needId: '', seekerId: 'a', helperId: 'b', state: 'made',
        history: [{ state: 'made', at: '2026-11-20T10:00:00Z', note: '' }], outcome: '', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-20T10:00:00Z',
      });
      const after = (await computeIndex(context)).pillars[2].parts[0].detail;
      assert.equal(Number(after.split(' ')[0]), Number(before.split(' ')[0]) + 1);
    });

    it('keeps one snapshot a day, the latest run winning, and shows the history', async () => {
      clock.set('2026-11-26T09:00:00.000Z');
      await computeIndex(context);
      // The introduction is taken back to before it was made: the index no longer counts it.
      const made = (await context.store.workspace.introductions.get('i-made'))!;
      await context.store.workspace.introductions.update({ ...made, state: 'suggested', history: [] });
      const latest = await computeIndex(context);
      const history = await indexHistory(context);
      assert.deepEqual(history.snapshots.map((s) => s.takenOn), ['2026-11-25', '2026-11-26']);
      assert.equal(history.snapshots[1].score, latest.score);
      assert.equal(history.snapshots[1].pillars.length, 4);
      assert.equal(history.change, Math.round((history.snapshots[1].score - history.snapshots[0].score) * 10) / 10);
    });
  });
}
