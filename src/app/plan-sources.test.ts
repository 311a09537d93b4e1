// Share suggestions: as many as the content goal, the most neglected focus topics first, rotating among equals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareSuggestions } from './plan-sources.ts';

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
