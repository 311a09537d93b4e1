// Balances are sums: a property test over random ledgers, and a month-by-month series checked by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { balancesOf, reciprocityByMonth, tallyBetween } from './reciprocity.ts';
import type { ReferralEvent } from './referral-ledger.ts';

function event(id: string, direction: 'given' | 'received', contactId: string, occurredOn: string, follows = ''): ReferralEvent {
  return { id, direction, kind: 'intro', contactId, otherContactId: '', introId: '', company: '', outcome: follows ? 'meeting' : '', note: '', occurredOn, recordedAt: '', follows };
}

const arbitraryLedger = fc.array(
  fc.record({
    direction: fc.constantFrom('given' as const, 'received' as const),
    contactId: fc.constantFrom('a', 'b', 'c', 'd'),
    day: fc.integer({ min: 0, max: 700 }),
    update: fc.boolean(),
  }),
  { maxLength: 60 },
).map((rows) =>
  rows.map((row, index) => {
    const date = new Date(Date.UTC(2025, 0, 1) + row.day * 86_400_000).toISOString().slice(0, 10);
    return event(`e${index}`, row.direction, row.contactId, date, row.update && index > 0 ? 'e0' : '');
  }),
);

describe('reciprocity', () => {
  it('balance is the sum of referrals: +1 given, -1 received, per contact and overall, in any order', () => {
    fc.assert(
      fc.property(arbitraryLedger, fc.integer(), (events, seed) => {
        const { overall, perContact } = balancesOf(events);
        const referrals = events.filter((e) => e.follows === '');
        const expected = referrals.reduce((sum, e) => sum + (e.direction === 'given' ? 1 : -1), 0);
        assert.equal(overall.balance, expected);
        assert.equal(overall.given + overall.received, referrals.length);
        assert.equal(perContact.reduce((sum, row) => sum + row.balance, 0), overall.balance);
        for (const row of perContact) assert.equal(row.balance, row.given - row.received);
        const shuffled = [...events].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5));
        assert.deepEqual(balancesOf(shuffled).overall, overall);
        // The last month's cumulative balance is the overall balance when nothing is after asOf.
        const series = reciprocityByMonth(events, '2026-12-31', { months: 6 });
        assert.equal(series[series.length - 1].cumulativeBalance, overall.balance);
      }),
    );
  });

  it('outcome updates do not count as another referral', () => {
    const events = [event('e1', 'received', 'a', '2026-01-10'), event('e2', 'received', 'a', '2026-02-10', 'e1')];
    assert.deepEqual(balancesOf(events).overall, { given: 0, received: 1, balance: -1 });
  });

  it('lists given and received per month with the running balance, oldest first', () => {
    const events = [event('e1', 'given', 'a', '2025-06-01'), event('e2', 'given', 'a', '2026-10-03'), event('e3', 'received', 'b', '2026-10-20'), event('e4', 'received', 'b', '2026-11-02')];
    const series = reciprocityByMonth(events, '2026-11-25', { months: 3 });
    assert.deepEqual(series, [
      { month: '2026-09', given: 0, received: 0, cumulativeBalance: 1 },
      { month: '2026-10', given: 1, received: 1, cumulativeBalance: 1 },
      { month: '2026-11', given: 0, received: 1, cumulativeBalance: 0 },
    ]);
    assert.deepEqual(tallyBetween(events, '2026-10-01', '2026-10-31'), { given: 1, received: 1, balance: 0 });
  });

  it('ranks the most lopsided relationships first', () => {
    const events = [event('e1', 'received', 'a', '2026-01-10'), event('e2', 'given', 'b', '2026-01-10'), event('e3', 'given', 'b', '2026-02-10')];
    assert.deepEqual(balancesOf(events).perContact.map((row) => [row.contactId, row.balance, row.lastOn]), [['b', 2, '2026-02-10'], ['a', -1, '2026-01-10']]);
  });
});
