// Computed results kept in memory between requests (the report, the scored contact list, paths...), valid until a
// write through the API changes what they were computed from. Scoring 30,000 contacts costs hundreds of
// milliseconds; serving it again costs nothing.

export const READ_CACHE_DEFAULTS = {
  /** Entries beyond this many are dropped, oldest first (parameterised results: paths to a company, reach...). */
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
  value: Promise<unknown>;
  settled: boolean;
  result?: unknown;
}

export class ReadCache {
  #writes = 0;
  readonly #versions = new Map<CacheGroup, number>(CACHE_GROUPS.map((group) => [group, 0]));
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;

  constructor(options: Partial<typeof READ_CACHE_DEFAULTS> = {}) {
    this.#maxEntries = options.maxEntries ?? READ_CACHE_DEFAULTS.maxEntries;
  }

  /** How many times cached results were dropped by writes: the data version clients can compare. */
  get version(): number {
    return this.#writes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The cached result for the key, or the one computation in flight (50 clients asking at once share it), or a new
   * one. A computation that started before a write to its group is never kept: its version is stale when it settles.
   */
  get<T>(group: CacheGroup, key: string, compute: () => Promise<T>): Promise<T> {
    const version = this.#versions.get(group)!;
    const found = this.#entries.get(key);
    if (found && found.group === group && found.version === version) return found.value as Promise<T>;
    const value = compute();
    const entry: Entry = { group, version, value, settled: false };
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    value.then(
      (result) => {
        entry.settled = true;
        entry.result = result;
      },
      // A failure is not cached: the next request tries again (and sees the same error if it persists).
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return value;
  }

  /** The result already computed for the current version, or undefined (none, stale, or still computing). */
  peek<T>(group: CacheGroup, key: string): T | undefined {
    const found = this.#entries.get(key);
    return found && found.group === group && found.version === this.#versions.get(group) && found.settled ? (found.result as T) : undefined;
  }

  /** Drops the results of the groups a write changed (all of them by default). */
  invalidate(groups: readonly CacheGroup[] = CACHE_GROUPS): void {
    this.#writes++;
    for (const group of groups) this.#versions.set(group, this.#versions.get(group)! + 1);
    for (const [key, entry] of this.#entries) if (groups.includes(entry.group)) this.#entries.delete(key);
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
