// Share suggestions: as many as the content goal, the most neglected focus topics first, rotating among equals; and the
// company keys of introductions and thank-yous, which the planner's one-company cap counts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { fixedClock, sequentialIds, temporaryFolder, uniqueWorkspace } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { addReferral } from './ledger.ts';
import { addNeed } from './needs.ts';
import { DEFAULT_PLAN_SOURCES, shareSuggestions } from './plan-sources.ts';

describe('shareSuggestions', () => {
  const topics = [
    { topic: 'payments', lastOn: '2026-11-20' },
    { topic: 'risk', lastOn: '' },
    { topic: 'fraud', lastOn: '2026-09-01' },
  ];

  it('puts topics never covered first, then the longest quiet, as many as the weekly goal', () => {
    const picks = shareSuggestions(topics, '2026-11-23', 2, 0);
    assert.deepEqual(picks.map((pick) => pick.topic), ['risk', 'fraud']);
    assert.match(picks[0].reason, /nothing on it yet/);
    assert.match(picks[1].reason, /nothing on it since 2026-09-01/);
  });

  it('counts shares already done this week against the goal', () => {
    assert.equal(shareSuggestions(topics, '2026-11-23', 2, 1).length, 1);
    assert.equal(shareSuggestions(topics, '2026-11-23', 2, 2).length, 0);
    assert.deepEqual(shareSuggestions([], '2026-11-23', 2, 0), []);
  });

  it('rotates among topics equally neglected from one week to the next', () => {
    const fresh = ['a', 'b', 'c'].map((topic) => ({ topic, lastOn: '' }));
    const weeks = ['2026-11-23', '2026-11-30', '2026-12-07'].map((week) => shareSuggestions(fresh, week, 1, 0)[0].topic);
    assert.equal(new Set(weeks).size, 3);
  });
});

describe('plan sources and the one-company cap', () => {
  it('gives introductions and thank-yous the company key, so "Woodgrove Bank, S.A." counts as Woodgrove Bank', async () => {
    const folder = temporaryFolder();
    const { now } = fixedClock();
    const store = await openStore({ location: ':memory:', workspaceId: uniqueWorkspace() }, now().toISOString());
    const context: AppContext = { store, now, today: () => now().toISOString().slice(0, 10), newId: sequentialIds('ps') };
    try {
      const csv = join(folder, 'network.csv');
      writeFileSync(csv, 'First Name,Last Name,Company,Position\nAsha,Seeker,Contoso,Product Manager\nBo,Helper,"Woodgrove Bank, S.A.",SOC 2 Compliance Lead\n');
      await importContacts(context, { path: csv, source: 'csv' });
      await addNeed(context, { contact: 'Asha Seeker', text: 'help with a SOC 2 audit' });
      await addReferral(context, { direction: 'received', kind: 'job', contact: 'Bo Helper', company: 'WOODGROVE BANK SA', on: '2026-11-20' });
      const [intro] = await DEFAULT_PLAN_SOURCES.intros(context);
      assert.equal(intro?.helperCompanyKey, 'woodgrove bank');
      const [thanks] = await DEFAULT_PLAN_SOURCES.thankYous(context);
      assert.equal(thanks?.companyKey, 'woodgrove bank');
    } finally {
      await store.close();
    }
  });
});
