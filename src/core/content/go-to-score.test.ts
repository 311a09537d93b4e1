// The go-to score's three parts against goals, on small ledgers whose numbers can be checked by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goToScore, type ScoredItem } from './go-to-score.ts';

const goals = { focusShare: 0.5, itemsPerWeek: 1, sharedToCreated: 2 };
const asOf = '2026-11-25';
// One item per week for the 12 weeks up to asOf, every third one created, the first six on focus.
function steady(): ScoredItem[] {
  return Array.from({ length: 12 }, (_, week) => ({
    kind: week % 3 === 0 ? 'created' : 'shared',
    publishedOn: new Date(Date.parse('2026-11-25T00:00:00Z') - week * 7 * 86_400_000).toISOString().slice(0, 10),
    onFocus: week < 6,
  }));
}

describe('go-to score', () => {
  it('gives full marks to a steady, focused, well-mixed ledger that meets every goal', () => {
    const score = goToScore({ items: steady(), goals, asOf, focusTopics: ['payments'] });
    assert.equal(score.score, 100);
    assert.deepEqual([score.items, score.created, score.shared, score.onFocus], [12, 4, 8, 6]);
    assert.deepEqual(score.weekly, new Array(12).fill(1));
    assert.deepEqual(score.actions, []);
  });

  it('scores each part against its goal and says what to do, biggest gap first', () => {
    const items: ScoredItem[] = [
      { kind: 'shared', publishedOn: '2026-11-20', onFocus: true },
      { kind: 'shared', publishedOn: '2026-11-21', onFocus: false },
      { kind: 'shared', publishedOn: '2026-11-22', onFocus: false },
      { kind: 'shared', publishedOn: '2026-11-23', onFocus: false },
      { kind: 'created', publishedOn: '2024-01-01', onFocus: true }, // outside the window
    ];
    const score = goToScore({ items, goals, asOf, focusTopics: ['payments'] });
    const parts = Object.fromEntries(score.parts.map((part) => [part.name, part]));
    // Four items in the window, of the six a share counts in full from: focus and mix weighed 4/6.
    assert.equal(parts.focus.points, 13.3, '25% on focus against a 50% goal: half of 40, weighed 4/6');
    assert.equal(parts.cadence.points, 3.3, 'one active week of twelve: 40/12');
    assert.equal(parts.mix.points, 6.7, 'only shares: half of 20, weighed 4/6');
    assert.equal(score.score, 23.3);
    assert.match(parts.focus.explanation, /weighed 67% \(4 of the 6 items a share counts in full from\)/);
    assert.match(score.actions[0].text, /every week/);
    assert.equal(score.actions[0].link, '/content');
    assert.ok(score.actions.some((action) => /of your own/.test(action.text)));
  });

  it('moves a little with one item, not from 0 to half marks: a share of one item is weighed by the evidence', () => {
    const one = goToScore({ items: [{ kind: 'created', publishedOn: '2026-11-25', onFocus: true }], goals, asOf, focusTopics: ['payments'] });
    const parts = Object.fromEntries(one.parts.map((part) => [part.name, part]));
    assert.equal(parts.focus.points, 6.7, '1 of 1 on focus is full marks only from 6 items: 40 / 6');
    assert.equal(parts.mix.points, 1.7, 'only created: half of 20, weighed 1/6');
    assert.equal(parts.cadence.points, 3.3);
    assert.equal(one.score, 11.7);
    assert.match(parts.focus.explanation, /1 of 1 items .*weighed 17% \(1 of the 6 items/);
  });

  it('is 0 with no content, and says where content comes from', () => {
    const score = goToScore({ items: [], goals, asOf, focusTopics: [] });
    assert.equal(score.score, 0);
    assert.equal(score.totalItems, 0);
    assert.match(score.actions[0].text, /Shares\.csv/);
    assert.deepEqual([score.actions[0].command, score.actions[0].link], ['referable import EXPORT.zip', '/import']);
    assert.match(score.parts[0].explanation, /no focus topics/);
  });
});
