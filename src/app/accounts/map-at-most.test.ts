import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapAtMost } from './map-at-most.ts';

describe('mapAtMost', () => {
  it('keeps the items\' order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapAtMost([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      // Later items finish first: order must come from the input, not from completion.
      for (let i = 0; i < 10 - n; i++) await Promise.resolve();
      running--;
      return n * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30, 0, 60]);
    assert.equal(most, 3);
  });

  it('gives an empty list for no items and passes a failure on', async () => {
    assert.deepEqual(await mapAtMost([], 4, async () => 1), []);
    await assert.rejects(mapAtMost([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error('member 2 unreadable')) : n)), /member 2 unreadable/);
  });
});
