import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AppContext } from '../app/app-context.ts';
import { ReferableError } from '../core/errors.ts';
import { createDeps } from './api-deps.ts';

/** Only what the cache and the write queue touch: the day (cache keys) and the store's address (workers off). */
const context = { now: () => new Date('2026-11-25T12:00:00Z'), today: () => '2026-11-25', store: { address: ':memory:' } } as unknown as AppContext;

describe('api deps: what a write drops', () => {
  it('a refused write drops only what it could have changed: a refused need does not rescore the report', async () => {
    const deps = createDeps(context, 'test');
    let reports = 0;
    const report = () => deps.read('report', async () => ++reports);
    await report();
    const refused = () => Promise.reject(new ReferableError('CONFLICT', 'already open'));
    await assert.rejects(deps.write(refused, 'referability'), /already open/);
    assert.equal(await report(), 1);
    // A write whose effect depends on its result may have changed anything before failing: everything is dropped.
    await assert.rejects(deps.write(refused, () => 'nothing'), /already open/);
    assert.equal(await report(), 2);
    await assert.rejects(deps.write(refused, 'everything'), /already open/);
    assert.equal(await report(), 3);
  });

  it('a refused single-transaction write (an import, a restore) drops nothing: nothing was written', async () => {
    const deps = createDeps(context, 'test');
    let reports = 0;
    const report = () => deps.read('report', async () => ++reports);
    await report();
    const versionBefore = deps.cache.version;
    const refused = () => Promise.reject(new ReferableError('INVALID_INPUT', 'not a backup'));
    await assert.rejects(deps.write(refused, 'everything', { oneTransaction: true }), /not a backup/);
    assert.equal(await report(), 1, 'the report was not recomputed');
    assert.equal(deps.cache.version, versionBefore, 'the data version did not move');
    await deps.write(async () => 'restored', 'everything', { oneTransaction: true });
    assert.equal(await report(), 2, 'a successful one drops what it changed');
  });
});
