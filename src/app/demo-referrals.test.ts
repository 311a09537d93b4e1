// The demo's referral examples: realistic needs and offers among the sample people, two introductions in progress,
// the same people on every run, and suggestions ready for the planner.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { fixedClock, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { runDemo } from './demo.ts';
import { seedDemoReferrals, type DemoReferrals } from './demo-referrals.ts';
import { listIntroductions, suggestIntroductions } from './intros.ts';

const store = TEST_STORES[0];

describe('seedDemoReferrals', () => {
  let context: AppContext;
  let seeded: DemoReferrals;
  before(async () => {
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    context = { store: await openStore({ location: store.location(), workspaceId: uniqueWorkspace() }, clock.now().toISOString()), now: clock.now, newId: sequentialIds('d') };
    // The demo seeds the referral examples itself, right after the import.
    seeded = (await runDemo(context, { folder: temporaryFolder(), connections: 400 })).referrals;
  });
  after(async () => {
    await context.store.workspace.rows.clear();
    await context.store.close();
  });

  it('adds six needs, six offers and two introductions in progress, matched to titles that fit', async () => {
    assert.equal(seeded.needs.length, 6);
    assert.equal(seeded.offers.length, 6);
    assert.match(seeded.offers[0].contact.title, /security|compliance|risk/i);
    assert.match(seeded.needs[0].text, /SOC 2 audit/);
    assert.deepEqual(seeded.intros.map((intro) => intro.state), ['asked-helper', 'asked-seeker']);
    const people = new Set([...seeded.needs.map((n) => n.contact.id), ...seeded.offers.map((o) => o.contact.id)]);
    assert.equal(people.size, 12, 'twelve different people');
    const listed = await listIntroductions(context);
    assert.equal(listed.length, 2);
    assert.ok(listed.every((intro) => intro.state !== 'expired'));
    const suggestions = await suggestIntroductions(context, { limit: 10 });
    assert.ok(suggestions.length >= 3, `suggestions for the needs without an intro: ${suggestions.length}`);
    assert.ok(suggestions.every((s) => s.need.id !== seeded.needs[0].id && s.need.id !== seeded.needs[2].id));
  });

  it('refuses to seed twice: the examples would be duplicate needs', async () => {
    await assert.rejects(seedDemoReferrals(context, { today: '2026-11-25' }), (error: Error & { code?: string }) => error.code === 'CONFLICT');
  });
});
