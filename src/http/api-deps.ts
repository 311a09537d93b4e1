// What every resource's routes share in one server: the app context, the read cache, and the write queue.
import { todayOf, type AppContext } from '../app/app-context.ts';
import { CACHE_GROUPS, ReadCache, WriteQueue, type CacheGroup, type Versioned } from './read-cache.ts';

/** What a write changed: every cached result, only referability results (needs, intros, ledger...), or nothing. */
export type WriteEffect = 'everything' | 'referability' | 'nothing' | readonly CacheGroup[];

export interface ApiDeps {
  context: AppContext;
  cache: ReadCache;
  version: string;
  /** A computed result, cached until a write changes its group (and for today only: reports date themselves). */
  read<T>(key: string, compute: () => Promise<T>, group?: CacheGroup): Promise<T>;
  /**
   * The current result, or, while a write's recomputation runs, the last one with the data version it reflects
   * (stale-while-revalidate): for clients that said they accept a stale answer.
   */
  latest<T>(key: string, compute: () => Promise<T>, group?: CacheGroup): Promise<Versioned<T>>;
  /** A result already computed and current, without computing it. */
  peek<T>(key: string, group?: CacheGroup): T | undefined;
  /**
   * Runs a write use case alone (no lost updates), then drops the cached results it changed so the next read sees
   * it. The effect may depend on the result (this week's plan is made on first look, and only then written).
   */
  write<T>(work: () => Promise<T>, effect?: WriteEffect | ((result: T) => WriteEffect)): Promise<T>;
}

function groupsOf(effect: WriteEffect): readonly CacheGroup[] {
  if (effect === 'everything') return CACHE_GROUPS;
  if (effect === 'referability') return ['referability'];
  if (effect === 'nothing') return [];
  return effect;
}

export function createDeps(context: AppContext, version: string): ApiDeps {
  const cache = new ReadCache();
  const writes = new WriteQueue();
  return {
    context,
    cache,
    version,
    read: (key, compute, group = 'market') => cache.get(group, `${todayOf(context)} ${key}`, compute),
    latest: (key, compute, group = 'market') => cache.latest(group, `${todayOf(context)} ${key}`, compute),
    peek: (key, group = 'market') => cache.peek(group, `${todayOf(context)} ${key}`),
    write: (work, effect = 'everything') =>
      writes.run(async () => {
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work();
        } catch (error) {
          // Also after a failure: a request made of several use cases may have written part of its change.
          cache.invalidate();
          throw error;
        }
        const groups = groupsOf(typeof effect === 'function' ? effect(result) : effect);
        if (groups.length > 0) cache.invalidate(groups);
        return result;
      }),
  };
}
