// The cohort demo on PostgreSQL: seeded members at every consent level, and the coach's page shows what they share.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { openAccounts } from './accounts-context.ts';
import { cohortPage, outcomeReport } from './cohort-dashboard.ts';
import { seedCohortDemo } from './cohort-demo.ts';
import { randomId } from '../random-id.ts';
import { findUserByEmail } from '../../store/accounts/users-repo.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

test('demo --cohort seeds a coach and members at every level, and the cohort page shows them', { skip: postgres.skip || false }, async () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const accounts = await openAccounts(postgres.location(), { now: clock.now });
  try {
    const tag = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
    const summary = await seedCohortDemo(accounts, { members: 4, connections: 120, tag });
    assert.deepEqual(summary.members.map((member) => member.level), ['nothing', 'aggregates', 'companies', 'contacts']);
    assert.match(summary.coach.token, /\S{20,}/);
    assert.ok(summary.coach.password.length >= 12);
    assert.ok(summary.pathRequests >= 1);
    const coach = (await findUserByEmail(accounts.db, summary.coach.email))!;
    const page = await cohortPage(accounts, coach.id, summary.cohortId, { column: 'member' });
    const levels = Object.fromEntries(page.members.map((row) => [row.member.split('@')[0], row]));
    assert.deepEqual(Object.keys(levels), ['avery', 'blake', 'casey', 'devon']);
    assert.equal(levels.avery.sharesNothing, true);
    assert.equal(levels.avery.referralsReceived, null);
    assert.deepEqual([levels.blake.referralsReceived, levels.blake.introsReceived, levels.blake.stalled], [2, 1, false]);
    assert.deepEqual([levels.casey.stalled, levels.casey.daysSinceActivity], [true, 21], 'Casey went quiet three weeks ago');
    assert.ok((levels.blake.inMarket ?? 0) > 0 && levels.blake.index !== null);
    const report = await outcomeReport(accounts, { userId: coach.id, ip: '' }, summary.cohortId);
    // Blake: an offer, a lead and an intro; Casey: two interviews; Devon: a meeting, a lead and an intro.
    assert.deepEqual(report.referral, { leads: 8, interviews: 3, offers: 1, hires: 0 });
    assert.equal(report.notSharing, 1);
  } finally {
    await accounts.store.close();
  }
});
