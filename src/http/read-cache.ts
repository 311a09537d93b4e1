// Computed results kept in memory between requests (the report, the scored contact list, paths...), valid until a
// write through the API changes what they were computed from. Scoring 30,000 contacts costs hundreds of
// milliseconds; serving it again costs nothing.

export const READ_CACHE_DEFAULTS = {
  /**
   * Entries of one group beyond this many are dropped, least recently used first (parameterised results: pages,
   * paths to a company, reach...). Bounded per group: a client paging through every offset must not push the scored
   * list or the report out of the cache, each of which costs a full rescoring to get back.
   */
  maxEntries: 500,
  /**
   * Under a stream of writes, at most this share of the time goes to recomputing a result readers take stale (the
   * report after each rating): the next recomputation waits (1 - share) / share times as long as the last one took.
   * At one half, 50 clients writing one request in ten kept the event loop busy recomputing half the time, and every
   * other request queued behind it.
   */
  revalidateShare: 0.2,
  /** Milliseconds, monotonic (tests pass their own). */
  clock: () => performance.now(),
};

/**
 * What a cached result was computed from. market: contacts, ties, the target market (the scored list, the report,
 * paths, reach, the graph). pages: pages of the contact list, made from the scored list. referability: needs, offers,
 * introductions, the ledger, content, plans, settings (and the index, which also reads the market).
 */
export const CACHE_GROUPS = ['market', 'pages', 'referability'] as const;
export type CacheGroup = (typeof CACHE_GROUPS)[number];

interface Entry {
  group: CacheGroup;
  /** The group's version it is current for (moved on by a write that updated it in place). */
  version: number;
  /** The data version (count of writes) when the computation started: what the result reflects. */
  dataVersion: number;
  value: Promise<unknown>;
  settled: boolean;
  result?: unknown;
}

/** A result and the data version it reflects; stale when a write has happened since (a newer one is computing). */
export interface Versioned<T> {
  value: T;
  dataVersion: number;
  stale: boolean;
}

interface LastResult {
  result: unknown;
  dataVersion: number;
  /** When it settled and how long it took (this.#clock() milliseconds): the cool-down before recomputing. */
  finishedAt: number;
  took: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Whether `result` holds a result yet (a first computation, or a kept one being looked up, may still be running). */
  known: boolean;
  /** The look-up of a result kept from before this server started, which the first readers wait for (once). */
  seeding?: Promise<void>;
}

/**
 * A result kept from before this server started (in the store, kept-result.ts), older than any it computes itself:
 * what a freshly started server answers readers who accept stale results while its first computation runs.
 */
export type Seed<T> = () => Promise<T | undefined>;

/** The data version a seeded result reflects: the data as it was before this server's own first computation. */
export const SEEDED_DATA_VERSION = -1;

export class ReadCache {
  #writes = 0;
  readonly #versions = new Map<CacheGroup, number>(CACHE_GROUPS.map((group) => [group, 0]));
  /** One map per group, in least-recently-used-first order. */
  readonly #entries = new Map<CacheGroup, Map<string, Entry>>(CACHE_GROUPS.map((group) => [group, new Map()]));
  /** The last result settled for keys read with latest(): what is served while a newer one computes. */
  readonly #last = new Map<string, LastResult>();
  readonly #maxEntries: number;
  readonly #revalidateShare: number;
  readonly #clock: () => number;

  constructor(options: Partial<typeof READ_CACHE_DEFAULTS> = {}) {
    this.#maxEntries = options.maxEntries ?? READ_CACHE_DEFAULTS.maxEntries;
    this.#clock = options.clock ?? READ_CACHE_DEFAULTS.clock;
    this.#revalidateShare = Math.min(1, Math.max(0.01, options.revalidateShare ?? READ_CACHE_DEFAULTS.revalidateShare));
  }

  /** How many times cached results were dropped by writes: the data version clients can compare. */
  get version(): number {
    return this.#writes;
  }

  get size(): number {
    let size = 0;
    for (const entries of this.#entries.values()) size += entries.size;
    return size;
  }

  /**
   * The cached result for the key, or the one computation in flight (50 clients asking at once share it), or a new
   * one. A computation that started before a write to its group is never kept: its version is stale when it settles.
   */
  get<T>(group: CacheGroup, key: string, compute: () => Promise<T>): Promise<T> {
    const entries = this.#entries.get(group)!;
    const version = this.#versions.get(group)!;
    const found = entries.get(key);
    if (found && found.version === version) {
      // Most recently used goes last: eviction takes from the front.
      entries.delete(key);
      entries.set(key, found);
      return found.value as Promise<T>;
    }
    const startedAt = this.#clock();
    const value = compute();
    const entry: Entry = { group, version, dataVersion: this.#writes, value, settled: false };
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > this.#maxEntries) entries.delete(entries.keys().next().value!);
    value.then(
      (result) => {
        entry.settled = true;
        entry.result = result;
        const last = this.#last.get(key);
        if (last && (!last.known || last.dataVersion <= entry.dataVersion)) Object.assign(last, { result, dataVersion: entry.dataVersion, finishedAt: this.#clock(), took: this.#clock() - startedAt, known: true });
      },
      // A failure is not cached: the next request tries again (and sees the same error if it persists).
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    return value;
  }

  /**
   * Stale-while-revalidate: the current result when it is computed; otherwise the last one computed (stale, with the
   * data version it reflects) while the current one computes in the background, so a write that changes the report
   * never makes its readers wait for the rescoring. Waits only when nothing was ever computed for the key. Under a
   * stream of writes the recomputation is not restarted back to back: it waits in proportion to how long it last took,
   * so at most revalidateShare of the time goes to recomputing and requests keep being answered.
   */
  async latest<T>(group: CacheGroup, key: string, compute: () => Promise<T>, seed?: Seed<T>): Promise<Versioned<T>> {
    const version = this.#versions.get(group)!;
    const found = this.#entries.get(group)!.get(key);
    const last = this.#last.get(key);
    if (last) {
      // Most recently used last, as for entries.
      this.#last.delete(key);
      this.#last.set(key, last);
    }
    // A computation in flight (warm-up's, another reader's) is waited for only when nothing else can answer meanwhile.
    if (found && found.version === version && (found.settled || (!last && !seed))) {
      const value = await this.get(group, key, compute);
      return { value, dataVersion: found.dataVersion, stale: found.version !== this.#versions.get(group) };
    }
    if (!last) {
      const first: LastResult = { result: undefined, dataVersion: SEEDED_DATA_VERSION, finishedAt: 0, took: 0, known: false };
      this.#last.set(key, first);
      if (this.#last.size > this.#maxEntries) this.#last.delete(this.#last.keys().next().value!);
      if (seed) {
        // The first computation starts at once (or goes on: warm-up may have started it) and is shared; meanwhile the
        // kept result, when there is one, answers. Whichever settles first is what `first` holds.
        this.get(group, key, compute).catch(() => {});
        first.seeding = seed().then(
          (value) => {
            if (value !== undefined && !first.known) Object.assign(first, { result: value, dataVersion: SEEDED_DATA_VERSION, finishedAt: this.#clock(), took: 0, known: true });
          },
          // A kept result that cannot be read is no answer: the readers wait for the computation instead.
          () => {},
        );
        await first.seeding;
        return this.latest(group, key, compute);
      }
      const value = await this.get(group, key, compute);
      const entry = this.#entries.get(group)!.get(key);
      return { value, dataVersion: entry?.dataVersion ?? this.#writes, stale: entry?.version !== this.#versions.get(group) };
    }
    if (!found || found.version !== version) {
      const start = () => {
        // A failure reaches the next reader that waits for this key; here it must not be an unhandled rejection.
        this.get(group, key, compute).catch(() => {});
      };
      const wait = last.finishedAt + (last.took * (1 - this.#revalidateShare)) / this.#revalidateShare - this.#clock();
      if (wait <= 0) start();
      else if (!last.timer) {
        last.timer = setTimeout(() => {
          last.timer = undefined;
          const current = this.#entries.get(group)!.get(key);
          if (!current || current.version !== this.#versions.get(group)) start();
        }, wait);
        last.timer.unref?.();
      }
    }
    if (!last.known && last.seeding) {
      // Another reader is looking up the kept result: the same answer will do for this one.
      await last.seeding;
      if (last.known) return this.latest(group, key, compute);
    }
    if (!last.known) {
      // The first computation is still running: wait for it rather than answer with nothing.
      const value = await this.get(group, key, compute);
      return { value, dataVersion: this.#entries.get(group)!.get(key)?.dataVersion ?? this.#writes, stale: false };
    }
    return { value: last.result as T, dataVersion: last.dataVersion, stale: true };
  }

  /** The result already computed for the current version, or undefined (none, stale, or still computing). */
  peek<T>(group: CacheGroup, key: string): T | undefined {
    const found = this.#entries.get(group)!.get(key);
    return found && found.version === this.#versions.get(group) && found.settled ? (found.result as T) : undefined;
  }

  /**
   * Drops the results of the groups a write changed (all of them by default), except `keep`: results the write has
   * already updated in place (the scored list after a rating), which stay current.
   */
  invalidate(groups: readonly CacheGroup[] = CACHE_GROUPS, keep: readonly string[] = []): void {
    this.#writes++;
    for (const group of groups) {
      const version = this.#versions.get(group)! + 1;
      this.#versions.set(group, version);
      const entries = this.#entries.get(group)!;
      // Kept in place, computed or computing (a computation in flight applies the edits made meanwhile when it ends).
      const kept = keep.map((key) => [key, entries.get(key)] as const).filter(([, entry]) => entry !== undefined);
      entries.clear();
      for (const [key, entry] of kept) {
        entry!.version = version;
        entries.set(key, entry!);
      }
    }
  }
}

/**
 * Runs writes one at a time. Several use cases read a record, change it and write it back (tags, ratings): two at
 * once would lose one update. Serialising writes in the one server that owns the store rules that out.
 */
export class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work, work);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
