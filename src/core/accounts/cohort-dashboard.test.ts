import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memberRow, outcomeFunnel, pooledCoverage, sortRows, type MemberFacts } from './cohort-dashboard.ts';

const facts = (member: string, over: Partial<MemberFacts> = {}): MemberFacts => ({
  member, level: 'aggregates', inMarket: 40, inMarketGoal: 150, index: { score: 52, change: 4, pillars: [{ name: 'reach', score: 10, change: 2 }] },
  plan: { done: 3, planned: 5 }, intros: { given: 1, received: 2 }, referrals: { given: 0, received: 3 }, fromReferrals: { interviews: 2, offers: 1 },
  lastActivity: '2026-12-01', joined: '2026-10-01', ...over,
});

test('a member who shares nothing is a name and that fact, with no number at all', () => {
  const row = memberRow(facts('nina@example.org', { level: 'nothing' }), '2026-12-07');
  assert.equal(row.sharesNothing, true);
  assert.equal(row.inMarket, null);
  assert.equal(row.index, null);
  assert.equal(row.stalled, null);
  assert.doesNotMatch(JSON.stringify(row), /40|52|2026-12-01/);
});

test('stalled after 14 days without activity on the injected day, and never active 14 days after joining', () => {
  assert.equal(memberRow(facts('a@x.org', { lastActivity: '2026-11-24' }), '2026-12-07').stalled, false);
  const late = memberRow(facts('a@x.org', { lastActivity: '2026-11-23' }), '2026-12-07');
  assert.equal(late.stalled, true);
  assert.equal(late.daysSinceActivity, 14);
  const never = memberRow(facts('a@x.org', { lastActivity: '' }), '2026-12-07');
  assert.deepEqual([never.stalled, never.daysSinceActivity, never.daysSinceJoined], [true, null, 67]);
});

test('a member who just joined is not stalled: the 14-day clock starts when they joined', () => {
  const newcomer = memberRow(facts('new@x.org', { lastActivity: '', joined: '2026-12-04' }), '2026-12-07');
  assert.deepEqual([newcomer.stalled, newcomer.daysSinceJoined], [false, 3]);
  assert.equal(memberRow(facts('new@x.org', { lastActivity: '', joined: '2026-11-24' }), '2026-12-07').stalled, false);
  assert.equal(memberRow(facts('new@x.org', { lastActivity: '', joined: '2026-11-23' }), '2026-12-07').stalled, true);
  // Once active, their activity is the clock, and the joining day is no longer shown.
  assert.equal(memberRow(facts('new@x.org', { lastActivity: '2026-12-06', joined: '2026-12-04' }), '2026-12-07').daysSinceJoined, null);
});

test('sorting by any column keeps members who share nothing last', () => {
  const rows = [
    memberRow(facts('b@x.org', { inMarket: 10 }), '2026-12-07'),
    memberRow(facts('z@x.org', { level: 'nothing' }), '2026-12-07'),
    memberRow(facts('a@x.org', { inMarket: 30 }), '2026-12-07'),
  ];
  assert.deepEqual(sortRows(rows, 'inMarket', 'desc').map((row) => row.member), ['a@x.org', 'b@x.org', 'z@x.org']);
  assert.deepEqual(sortRows(rows, 'inMarket', 'asc').map((row) => row.member), ['b@x.org', 'a@x.org', 'z@x.org']);
  assert.deepEqual(sortRows(rows, 'member').map((row) => row.member), ['a@x.org', 'b@x.org', 'z@x.org']);
});

test('pooled coverage names members always and their contacts only at the contacts level', () => {
  const coverage = pooledCoverage(
    [{ name: 'Contoso', key: 'contoso' }, { name: 'Fabrikam', key: 'fabrikam' }],
    [
      { member: 'agg@x.org', level: 'aggregates', companies: [{ companyKey: 'fabrikam', company: 'Fabrikam', people: 9, contacts: ['Hidden Person'] }] },
      { member: 'co@x.org', level: 'companies', companies: [{ companyKey: 'contoso', company: 'Contoso', people: 3, contacts: ['Also Hidden'] }] },
      { member: 'full@x.org', level: 'contacts', companies: [{ companyKey: 'contoso', company: 'Contoso', people: 1, contacts: ['Ada Lovelace'] }] },
    ],
  );
  assert.equal(coverage.covered, 1);
  assert.deepEqual(coverage.companies[0], { company: 'Contoso', people: 4, through: [{ member: 'co@x.org', people: 3 }, { member: 'full@x.org', people: 1, contacts: ['Ada Lovelace'] }] });
  assert.deepEqual(coverage.companies[1], { company: 'Fabrikam', people: 0, through: [] });
  assert.doesNotMatch(JSON.stringify(coverage), /Hidden|agg@/);
});

test('the outcome funnel counts each lead at every stage it reached, referral vs cold', () => {
  const funnel = outcomeFunnel(
    [
      { member: 'a@x.org', source: 'referral', outcome: 'hire' },
      { member: 'a@x.org', source: 'referral', outcome: 'interview' },
      { member: 'b@x.org', source: 'referral', outcome: '' },
      { member: 'b@x.org', source: 'cold', outcome: 'offer' },
    ],
    ['a@x.org', 'b@x.org'],
  );
  assert.deepEqual(funnel.referral, { leads: 3, interviews: 2, offers: 1, hires: 1 });
  assert.deepEqual(funnel.cold, { leads: 1, interviews: 1, offers: 1, hires: 0 });
  assert.deepEqual(funnel.members[1].referral, { leads: 1, interviews: 0, offers: 0, hires: 0 });
});
