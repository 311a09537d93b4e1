// What every resource's routes share in one server: the app context, the read cache, and the write queue.
import { todayOf, type AppContext } from '../app/app-context.ts';
import { runTask, type Task } from '../app/parallel/task-runner.ts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { CACHE_GROUPS, ReadCache, WriteQueue, type CacheGroup, type Seed } from './read-cache.ts';

/**
 * What a write changed: every cached result, only referability results (needs, intros, ledger...), nothing, some
 * groups, or some groups except results it updated in place (kept current).
 */
export type WriteEffect = 'everything' | 'referability' | 'nothing' | readonly CacheGroup[] | { groups: readonly CacheGroup[]; keep: readonly string[] };

export interface ApiDeps {
  context: AppContext;
  cache: ReadCache;
  version: string;
  /**
   * A computed result, cached until a write changes its group (and for today only: reports date themselves). In a
   * request that accepts stale answers, the request's own read may be the last result while a newer one computes;
   * reads made inside a computation are always fresh, so nothing computed from a stale result is kept as current.
   * `kept`: a result kept from before this server started (the same day, older data), which such a request may take
   * while the server's first computation runs, instead of waiting for it.
   */
  read<T>(key: string, compute: () => Promise<T>, group?: CacheGroup, kept?: Seed<T>): Promise<T>;
  /**
   * Runs a request's handler; inside it, reads answer as the request asked: fresh, or (Cache-Control: max-stale) the
   * last result while a write's recomputation runs. Says which data version the answer reflects and whether it is stale.
   */
  answer<T>(acceptsStale: boolean, handle: () => Promise<T>, tell: (dataVersion: number, stale: boolean) => void): Promise<T>;
  /** A result already computed and current, without computing it. */
  peek<T>(key: string, group?: CacheGroup): T | undefined;
  /**
   * Runs a write use case alone (no lost updates), then drops the cached results it changed so the next read sees
   * it. The effect may depend on the result (this week's plan is made on first look, and only then written).
   * `oneTransaction`: the work is a single transaction (an import, a restore), so when it fails nothing was written
   * and nothing cached is dropped: a refused backup must not make every reader wait for a rescoring.
   */
  write<T>(work: () => Promise<T>, effect?: WriteEffect | ((result: T) => WriteEffect), options?: { oneTransaction?: boolean }): Promise<T>;
  /**
   * Whether long CPU work (an import, a restore, an estimate) runs in worker threads: the real server's does; tests
   * of the app in-process, and ':memory:' stores (which no other connection can see), run it on the event loop.
   */
  readonly workers: boolean;
  /** Runs long work in a worker thread with its own connection to the store, stopped (TIMED_OUT) past its limit. */
  inWorker<T>(task: Task, onProgress?: (phase: string, done: number, total: number) => void): Promise<T>;
}

export interface LongWorkOptions {
  /** Run long work in worker threads (start-server turns it on). */
  workers?: boolean;
  /** Time limits per kind of work, in milliseconds. */
  limits?: Partial<Record<Task['kind'], number>>;
}

/** Generous for a 100 MB import on a slow disk; an estimate asking for a million runs is refused past its limit. */
export const LONG_WORK_LIMITS: Record<Task['kind'], number> = { import: 10 * 60_000, restore: 10 * 60_000, reach: 2 * 60_000, report: 2 * 60_000 };

/** What one request accepted and got. */
interface Freshness {
  acceptsStale: boolean;
  /** The oldest data version among the results it was given. */
  dataVersion: number;
  stale: boolean;
  /** Puts them on the response (as headers, before the handler makes its response). */
  tell: (dataVersion: number, stale: boolean) => void;
}

function groupsOf(effect: WriteEffect): readonly CacheGroup[] {
  if (typeof effect === 'object' && 'groups' in effect) return effect.groups;
  if (effect === 'everything') return CACHE_GROUPS;
  if (effect === 'referability') return ['referability'];
  if (effect === 'nothing') return [];
  return effect;
}

export function createDeps(context: AppContext, version: string, longWork: LongWorkOptions = {}): ApiDeps {
  const limits = { ...LONG_WORK_LIMITS, ...longWork.limits };
  const workers = Boolean(longWork.workers) && context.store.address !== ':memory:';
  const cache = new ReadCache();
  const writes = new WriteQueue();
  const requests = new AsyncLocalStorage<Freshness>();
  return {
    context,
    cache,
    version,
    answer(acceptsStale, handle, tell) {
      const freshness: Freshness = { acceptsStale, dataVersion: cache.version, stale: false, tell };
      tell(freshness.dataVersion, false);
      return requests.run(freshness, handle);
    },
    async read(key, compute, group = 'market', kept) {
      const request = requests.getStore();
      // Computed outside the request's context: reads inside a computation wait for current results.
      const isolated = () => requests.exit(compute);
      if (!request?.acceptsStale) return cache.get(group, `${todayOf(context)} ${key}`, isolated);
      const { value, dataVersion, stale } = await cache.latest(group, `${todayOf(context)} ${key}`, isolated, kept && (() => requests.exit(kept)));
      if (stale) {
        request.dataVersion = Math.min(request.dataVersion, dataVersion);
        request.stale ||= stale;
        request.tell(request.dataVersion, request.stale);
      }
      return value;
    },
    peek: (key, group = 'market') => cache.peek(group, `${todayOf(context)} ${key}`),
    workers,
    inWorker: (task, onProgress) => {
      const clock = { offsetMs: context.now().getTime() - Date.now(), today: todayOf(context) };
      return runTask({ store: context.store.address, workspace: context.store.workspaceId, clock, task }, { timeoutMs: limits[task.kind], onProgress });
    },
    write: (work, effect = 'everything', options = {}) =>
      writes.run(async () => {
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work();
        } catch (error) {
          if (options.oneTransaction) throw error;
          // Also after a failure: a request made of several use cases may have written part of its change. Only what
          // the write could have changed, though: a refused need (409) must not make every reader wait for a rescoring.
          cache.invalidate(typeof effect === 'function' ? CACHE_GROUPS : groupsOf(effect));
          throw error;
        }
        const changed = typeof effect === 'function' ? effect(result) : effect;
        const groups = groupsOf(changed);
        const keep = typeof changed === 'object' && 'keep' in changed ? changed.keep.map((key) => `${todayOf(context)} ${key}`) : [];
        if (groups.length > 0) cache.invalidate(groups, keep);
        return result;
      }),
  };
}
