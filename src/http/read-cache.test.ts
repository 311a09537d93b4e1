import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { ReadCache, WriteQueue } from './read-cache.ts';

describe('read cache', () => {
  it('computes once for concurrent and repeated reads, again after a write', async () => {
    const cache = new ReadCache();
    let computed = 0;
    const compute = async () => ++computed;
    const first = await Promise.all([cache.get('market', 'report', compute), cache.get('market', 'report', compute), cache.get('market', 'report', compute)]);
    assert.deepEqual(first, [1, 1, 1]);
    assert.equal(await cache.get('market', 'report', compute), 1);
    cache.invalidate();
    assert.equal(await cache.get('market', 'report', compute), 2);
    assert.equal(cache.version, 1);
  });

  it('a fresh cache answers readers who accept stale results from a kept result while one computation runs for them all', async () => {
    const cache = new ReadCache();
    let computed = 0;
    let release!: () => void;
    const compute = () => new Promise<string>((resolve) => (release = () => resolve(`fresh ${++computed}`)));
    let seeded = 0;
    const seed = async () => {
      seeded++;
      return 'kept';
    };
    const first = await Promise.all([cache.latest('market', 'report', compute, seed), cache.latest('market', 'report', compute, seed)]);
    assert.deepEqual(first, [
      { value: 'kept', dataVersion: -1, stale: true },
      { value: 'kept', dataVersion: -1, stale: true },
    ]);
    assert.equal(seeded, 1);
    release();
    assert.equal(await cache.get('market', 'report', compute), 'fresh 1');
    assert.deepEqual(await cache.latest('market', 'report', compute, seed), { value: 'fresh 1', dataVersion: 0, stale: false });
    assert.equal(computed, 1);
  });

  it('a kept result also answers while a computation started earlier (warm-up) is still running', async () => {
    const cache = new ReadCache();
    let release!: (value: string) => void;
    const warming = cache.get('market', 'report', () => new Promise<string>((resolve) => (release = resolve)));
    const compute = async () => 'never run';
    assert.deepEqual(await cache.latest('market', 'report', compute, async () => 'kept'), { value: 'kept', dataVersion: -1, stale: true });
    release('fresh');
    await warming;
    assert.deepEqual(await cache.latest('market', 'report', compute, async () => 'kept'), { value: 'fresh', dataVersion: 0, stale: false });
  });

  it('without a kept result, readers who accept stale results wait for the first computation', async () => {
    const cache = new ReadCache();
    assert.deepEqual(await cache.latest('market', 'report', async () => 'fresh', async () => undefined), { value: 'fresh', dataVersion: 0, stale: false });
  });

  it('keeps results of groups a write did not touch', async () => {
    const cache = new ReadCache();
    await cache.get('market', 'report', async () => 'report v1');
    await cache.get('referability', 'needs', async () => 'needs v1');
    cache.invalidate(['referability']);
    assert.equal(await cache.get('market', 'report', async () => 'report v2'), 'report v1');
    assert.equal(await cache.get('referability', 'needs', async () => 'needs v2'), 'needs v2');
  });

  it('never keeps a result computed across a write', async () => {
    const cache = new ReadCache();
    let release!: (value: string) => void;
    const slow = cache.get('market', 'report', () => new Promise<string>((resolve) => (release = resolve)));
    assert.equal(cache.peek('market', 'report'), undefined);
    cache.invalidate();
    release('before the write');
    assert.equal(await slow, 'before the write');
    assert.equal(cache.peek('market', 'report'), undefined);
    assert.equal(await cache.get('market', 'report', async () => 'after the write'), 'after the write');
    assert.equal(cache.peek('market', 'report'), 'after the write');
  });

  it('does not cache failures', async () => {
    const cache = new ReadCache();
    await assert.rejects(cache.get('market', 'x', async () => Promise.reject(new Error('store down'))));
    assert.equal(await cache.get('market', 'x', async () => 'ok'), 'ok');
  });

  it('drops the least recently used entries of a group beyond its bound, never another group\'s', async () => {
    const cache = new ReadCache({ maxEntries: 2 });
    let reports = 0;
    await cache.get('market', 'report', async () => ++reports);
    await cache.get('pages', 'a', async () => 'a');
    await cache.get('pages', 'b', async () => 'b');
    await cache.get('pages', 'a', async () => 'a again');
    // Paging through many offsets churns pages only: the report is not computed again.
    await cache.get('pages', 'c', async () => 'c');
    await cache.get('pages', 'd', async () => 'd');
    assert.equal(await cache.get('market', 'report', async () => ++reports), 1);
    assert.equal(cache.size, 3);
    await cache.get('market', 'paths x', async () => 'x');
    await cache.get('market', 'report', async () => ++reports);
    await cache.get('market', 'paths y', async () => 'y');
    // The report was used after "paths x", so "paths x" went first.
    assert.equal(cache.peek('market', 'report'), 1);
    assert.equal(cache.peek('market', 'paths x'), undefined);
  });

  it('serves the last result with its data version while a write\'s recomputation runs, then the new one', async () => {
    // A clock that stands still: recomputations start at once, never on a timer the test would race.
    const cache = new ReadCache({ clock: () => 1_000 });
    const first = await cache.latest('market', 'report', async () => 'report v0');
    assert.deepEqual(first, { value: 'report v0', dataVersion: 0, stale: false });
    cache.invalidate(['referability']);
    // A write to another group leaves the report current.
    assert.deepEqual(await cache.latest('market', 'report', async () => 'unused'), { value: 'report v0', dataVersion: 0, stale: false });
    cache.invalidate(['market']);
    let release!: (value: string) => void;
    const recompute = () => new Promise<string>((resolve) => (release = resolve));
    assert.deepEqual(await cache.latest('market', 'report', recompute), { value: 'report v0', dataVersion: 0, stale: true });
    // Readers during the recomputation share it and get the old result too; nobody waits.
    assert.deepEqual(await cache.latest('market', 'report', async () => 'never run'), { value: 'report v0', dataVersion: 0, stale: true });
    release('report v2');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(await cache.latest('market', 'report', async () => 'never run'), { value: 'report v2', dataVersion: 2, stale: false });
  });

  it('under a stream of writes, waits as long as the last recomputation took before starting the next (half the time recomputing)', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let now = 0;
      const cache = new ReadCache({ clock: () => now, revalidateShare: 0.5 });
      let computed = 0;
      const compute = async () => {
        computed++;
        now += 100;
        return `report ${computed}`;
      };
      await cache.latest('market', 'report', compute);
      cache.invalidate();
      now += 10;
      // 10 ms after a 100 ms computation: the old report, and no recomputation yet.
      assert.deepEqual(await cache.latest('market', 'report', compute), { value: 'report 1', dataVersion: 0, stale: true });
      assert.equal(await cache.latest('market', 'report', compute).then((result) => result.value), 'report 1');
      assert.equal(computed, 1);
      mock.timers.tick(90);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(computed, 2);
      assert.deepEqual(await cache.latest('market', 'report', compute), { value: 'report 2', dataVersion: 1, stale: false });
    } finally {
      mock.timers.reset();
    }
  });

  it('by default spends at most a fifth of the time recomputing: four times as long as the last recomputation took', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let now = 0;
      const cache = new ReadCache({ clock: () => now });
      let computed = 0;
      const compute = async () => {
        computed++;
        now += 100;
        return `report ${computed}`;
      };
      await cache.latest('market', 'report', compute);
      cache.invalidate();
      assert.deepEqual(await cache.latest('market', 'report', compute), { value: 'report 1', dataVersion: 0, stale: true });
      mock.timers.tick(399);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(computed, 1, 'not before 400 ms');
      mock.timers.tick(1);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(computed, 2);
      assert.deepEqual(await cache.latest('market', 'report', compute), { value: 'report 2', dataVersion: 1, stale: false });
    } finally {
      mock.timers.reset();
    }
  });

  it('does not keep a failed recomputation: the next reader starts it again', async () => {
    // A clock that stands still: every computation "took" 0 ms, so a recomputation starts at once, never on a timer
    // (with the real clock a slow moment makes it wait a millisecond and the test would race it).
    const cache = new ReadCache({ clock: () => 1_000 });
    await cache.latest('market', 'report', async () => 'v0');
    cache.invalidate();
    const stale = await cache.latest('market', 'report', async () => Promise.reject(new Error('store down')));
    assert.equal(stale.value, 'v0');
    await new Promise((resolve) => setImmediate(resolve));
    // The failure is not cached: the next reader starts again (and gets the old result meanwhile).
    assert.deepEqual(await cache.latest('market', 'report', async () => 'v1'), { value: 'v0', dataVersion: 0, stale: true });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await cache.latest('market', 'report', async () => 'unused')).value, 'v1');
  });
});

describe('write queue', () => {
  it('runs writes one at a time, in order, even when one fails', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const step = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(step('a')), queue.run(step('b', true)), queue.run(step('c'))]);
    assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    assert.deepEqual(results.map((result) => result.status), ['fulfilled', 'rejected', 'fulfilled']);
  });
});
