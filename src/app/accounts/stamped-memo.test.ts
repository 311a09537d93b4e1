// The stamped memo: one computation per stamp however many ask at once, a new one when the stamp moves, none kept
// after a failure, and owners kept apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stampedMemo } from './stamped-memo.ts';

describe('stampedMemo', () => {
  it('computes once per stamp for concurrent callers and again when the stamp moves', async () => {
    const memo = stampedMemo<string>();
    const owner = {};
    let computed = 0;
    const compute = (value: string) => async () => {
      computed++;
      await new Promise((resolve) => setImmediate(resolve));
      return value;
    };
    const first = await Promise.all(Array.from({ length: 50 }, () => memo(owner, 'cohort-a', 'v1', compute('page 1'))));
    assert.deepEqual([new Set(first).size, first[0], computed], [1, 'page 1', 1]);
    assert.equal(await memo(owner, 'cohort-a', 'v2', compute('page 2')), 'page 2');
    assert.equal(await memo(owner, 'cohort-b', 'v2', compute('other cohort')), 'other cohort');
    assert.equal(await memo({}, 'cohort-a', 'v2', compute('other store')), 'other store');
    assert.equal(computed, 4);
  });

  it('keeps no failure: the next caller computes again', async () => {
    const memo = stampedMemo<number>();
    const owner = {};
    await assert.rejects(memo(owner, 'cohort', 'v1', async () => Promise.reject(new Error('store unavailable'))), /store unavailable/);
    assert.equal(await memo(owner, 'cohort', 'v1', async () => 7), 7);
  });
});
