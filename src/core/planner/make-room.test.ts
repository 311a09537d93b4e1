// Which planned items give way when a skipped item turns out done: the least value per minute, and no more than needed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemsToDrop } from './make-room.ts';

const item = (id: string, minutes: number, value: number) => ({ id, minutes, value });

describe('making room in the budget', () => {
  it('drops nothing when the item fits', () => {
    assert.deepEqual(itemsToDrop([item('2', 10, 5)], 0), []);
    assert.deepEqual(itemsToDrop([item('2', 10, 5)], -3), []);
  });

  it('drops the lowest value per minute first', () => {
    const planned = [item('2', 10, 10), item('3', 3, 0.3), item('4', 10, 2)];
    assert.deepEqual(itemsToDrop(planned, 5).map((entry) => entry.id), ['4'], '3 min of item 3 are not enough; item 4 alone is');
    assert.deepEqual(itemsToDrop(planned, 12).map((entry) => entry.id), ['3', '4']);
  });

  it('gives back what turned out unnecessary', () => {
    // Item 3 (worst per minute) is taken first, then item 4 covers the need alone: item 3 stays in the plan.
    const planned = [item('3', 5, 0.1), item('4', 30, 3), item('5', 10, 50)];
    assert.deepEqual(itemsToDrop(planned, 15).map((entry) => entry.id), ['4']);
  });

  it('on equal worth drops the later item, comparing numbers as numbers', () => {
    assert.deepEqual(itemsToDrop([item('9', 5, 1), item('10', 5, 1)], 5).map((entry) => entry.id), ['10']);
  });

  it('returns every planned item when all of them are not enough', () => {
    assert.deepEqual(itemsToDrop([item('2', 5, 1), item('3', 10, 1)], 30).map((entry) => entry.id).sort(), ['2', '3']);
  });
});
