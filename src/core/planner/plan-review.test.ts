// The weekly review: counts a user checks against what they did.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewWeek, streakOf } from './plan-review.ts';

describe('reviewWeek', () => {
  it('compares planned with done and adds logged minutes', () => {
    const review = reviewWeek({
      weekStart: '2026-11-23',
      today: '2026-11-25',
      items: [
        { kind: 'introduction', minutes: 15, status: 'done' },
        { kind: 'connection-request', minutes: 3, status: 'done' },
        { kind: 'connection-request', minutes: 3, status: 'planned' },
        { kind: 'follow-up', minutes: 10, status: 'skipped' },
      ],
      logged: [{ minutes: 30 }],
      inMarketConnectionsGained: 4,
      introsGiven: 1,
      weeksWithDoneItems: ['2026-11-23', '2026-11-16', '2026-11-09', '2026-10-26'],
    });
    assert.deepEqual(review.planned, { items: 4, minutes: 31 });
    assert.deepEqual(review.done, { items: 2, minutes: 18 });
    assert.equal(review.open.items, 1);
    assert.equal(review.completion, 0.667);
    assert.equal(review.minutesSpent, 48);
    assert.equal(review.introsGiven, 1);
    assert.equal(review.connectionRequestsSent, 1);
    assert.equal(review.inMarketConnectionsGained, 4);
    assert.equal(review.streak, 3);
  });

  it('takes intros given from the ledger and workflow count, not from ticked plan items (one source for both)', () => {
    const review = reviewWeek({
      weekStart: '2026-11-23', today: '2026-11-25', items: [{ kind: 'introduction', minutes: 15, status: 'done' }], logged: [],
      inMarketConnectionsGained: 0, weeksWithDoneItems: [], introsGiven: 0,
    });
    assert.equal(review.introsGiven, 0, 'a ticked introduction is under way in the workflow, not yet given');
    assert.equal(review.byKind[0].done, 1, 'the tick still shows as done work');
  });

  it('keeps last week\'s streak alive while this week has nothing done yet', () => {
    assert.equal(streakOf(['2026-11-16', '2026-11-09'], '2026-11-23'), 2);
    assert.equal(streakOf(['2026-11-09'], '2026-11-23'), 0);
    assert.equal(streakOf([], '2026-11-23'), 0);
  });
});
