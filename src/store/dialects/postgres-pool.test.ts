// REFERABLE_PG_POOL sizes the PostgreSQL read pool; writers get a quarter of it (at least 2) of their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { poolSizes } from './postgres-dialect.ts';

describe('PostgreSQL pool sizes', () => {
  it('10 for reads and 2 for writers by default, or when the setting is not a whole number of at least 1', () => {
    for (const value of [undefined, '', '0', '-3', '2.5', 'many']) assert.deepEqual(poolSizes(value === undefined ? {} : { REFERABLE_PG_POOL: value }), { reads: 10, writes: 2 }, String(value));
  });

  it('REFERABLE_PG_POOL=N: N for reads and a quarter of N, at least 2, for writers', () => {
    assert.deepEqual(poolSizes({ REFERABLE_PG_POOL: '40' }), { reads: 40, writes: 10 });
    assert.deepEqual(poolSizes({ REFERABLE_PG_POOL: '9' }), { reads: 9, writes: 3 });
    assert.deepEqual(poolSizes({ REFERABLE_PG_POOL: '3' }), { reads: 3, writes: 2 });
  });
});
