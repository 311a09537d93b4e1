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

export class ReadCache {
  #writes = 0;
  readonly #versions = new Map<CacheGroup, number>(CACHE_GROUPS.map((group) => [group, 0]));
  /** One map per group, in least-recently-used-first order. */
  readonly #entries = new Map<CacheGroup, Map<string, Entry>>(CACHE_GROUPS.map((group) => [group, new Map()]));
  /** The last result settled for keys read with latest(): what is served while a newer one computes. */
  readonly #last = new Map<string, { result: unknown; dataVersion: number }>();
  readonly #maxEntries: number;

  constructor(options: Partial<typeof READ_CACHE_DEFAULTS> = {}) {
    this.#maxEntries = options.maxEntries ?? READ_CACHE_DEFAULTS.maxEntries;
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
        if (last && last.dataVersion <= entry.dataVersion) this.#last.set(key, { result, dataVersion: entry.dataVersion });
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
   * never makes its readers wait for the rescoring. Waits only when nothing was ever computed for the key.
   */
  async latest<T>(group: CacheGroup, key: string, compute: () => Promise<T>): Promise<Versioned<T>> {
    if (!this.#last.has(key)) this.#last.set(key, { result: undefined, dataVersion: -1 });
    const pending = this.get(group, key, compute);
    const entry = this.#entries.get(group)!.get(key)!;
    const last = this.#last.get(key)!;
    if (!entry.settled && last.dataVersion >= 0) {
      // Its failure reaches the next reader that waits for it; here it must not be an unhandled rejection.
      pending.catch(() => {});
      return { value: last.result as T, dataVersion: last.dataVersion, stale: true };
    }
    const value = await pending;
    return { value, dataVersion: entry.dataVersion, stale: entry.version !== this.#versions.get(group) };
  }

  /** The result already computed for the current version, or undefined (none, stale, or still computing). */
  peek<T>(group: CacheGroup, key: string): T | undefined {
    const found = this.#entries.get(group)!.get(key);
    return found && found.version === this.#versions.get(group) && found.settled ? (found.result as T) : undefined;
  }

  /** Drops the results of the groups a write changed (all of them by default). */
  invalidate(groups: readonly CacheGroup[] = CACHE_GROUPS): void {
    this.#writes++;
    for (const group of groups) {
      this.#versions.set(group, this.#versions.get(group)! + 1);
      this.#entries.get(group)!.clear();
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
