import { describe, it } from 'node:test';
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

  it('drops the oldest entries beyond its bound', async () => {
    const cache = new ReadCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get('market', key, async () => key);
    assert.equal(cache.size, 2);
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
