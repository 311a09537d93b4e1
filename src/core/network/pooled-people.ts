// The people of a cohort's pooled networks as columns (issue #14): every row of every network, mine first and then
// each teammate's, as an integer person id and an in-market byte; each person once, with their one-way key and the
// employer they were first seen at. The pooled graph and pooled reach count over these arrays: a 200-member cohort
// is about 480,000 rows of 276,000 people, and a string look-up, an object and a Map entry per row each cost more
// than the counting itself (the load took 5.7 s, mostly garbage collection and Map look-ups by key).

export interface PooledPeople {
  /** Network k's rows are rowStart[k] .. rowStart[k + 1] - 1: network 0 is mine, then each teammate's in order. */
  rowStart: Int32Array;
  /** Per row: the person (0 .. keys.length - 1). */
  person: Int32Array;
  /** Per row: 1 when that network's view of the person is in my market. */
  inMarket: Uint8Array;
  /** Per person, in order of first sight: the key two workspaces agree on (never a name or an id). */
  keys: string[];
  /** Per person: the employer as first seen (for inferred coworker ties). */
  company: string[];
  companyKey: string[];
}

/** One person as a network lists them, for callers holding objects (tests, small cohorts). */
export interface PooledPersonRow {
  key: string;
  company?: string;
  companyKey?: string;
  inMarket: boolean;
}

/**
 * Collects networks row by row, interning each person's key once: `personOf` is the one look-up by string per row.
 * Networks are added in order (mine first); rows of a network follow its `startNetwork`.
 */
export class PooledPeopleBuilder {
  // Person ids by key in an open-addressing table over an Int32Array (-1: free), not a Map: a Map of 276,000 keys
  // grows by rehashing and keeps an entry object per key, and took ~0.8 s of a 200-member load; the table probes
  // typed memory and compares the key once.
  private slots: Int32Array;
  private hashes: number[] = [];
  private readonly starts: number[] = [];
  private person: Int32Array;
  private inMarket: Uint8Array;
  private rows = 0;
  readonly keys: string[] = [];
  readonly company: string[] = [];
  readonly companyKey: string[] = [];

  constructor(expectedRows = 1024) {
    this.person = new Int32Array(Math.max(16, expectedRows));
    this.inMarket = new Uint8Array(this.person.length);
    // Most rows are someone new: room for every row at half load, so a load rarely grows the table.
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(16, expectedRows) * 2))).fill(-1);
  }

  /** How many distinct people so far: a `personOf` answer equal to the count before it is someone new. */
  get people(): number {
    return this.keys.length;
  }

  startNetwork(): void {
    this.starts.push(this.rows);
  }

  /** The person with this key; someone new is recorded at this employer. */
  personOf(key: string, company: string, companyKey: string): number {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id === -1) {
        const fresh = this.keys.length;
        this.slots[slot] = fresh;
        this.hashes.push(hash);
        this.keys.push(key);
        this.company.push(company);
        this.companyKey.push(companyKey);
        if (this.keys.length * 2 > this.slots.length) this.grow();
        return fresh;
      }
      if (this.hashes[id] === hash && this.keys[id] === key) return id;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  /** One row of the current network. */
  addRow(person: number, inMarket: boolean): void {
    if (this.starts.length === 0) throw new Error('startNetwork() comes before the first row');
    if (this.rows === this.person.length) {
      const person = new Int32Array(this.rows * 2);
      person.set(this.person);
      const inMarket = new Uint8Array(this.rows * 2);
      inMarket.set(this.inMarket);
      this.person = person;
      this.inMarket = inMarket;
    }
    this.person[this.rows] = person;
    this.inMarket[this.rows] = inMarket ? 1 : 0;
    this.rows++;
  }

  build(): PooledPeople {
    return {
      rowStart: Int32Array.from([...this.starts, this.rows]),
      person: this.person.slice(0, this.rows),
      inMarket: this.inMarket.slice(0, this.rows),
      keys: this.keys,
      company: this.company,
      companyKey: this.companyKey,
    };
  }
}

/** FNV-1a over the key's UTF-16 code units, mixed so that the low bits (the table's slot) depend on every unit. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d);
}

/**
 * Networks of person objects as columns. A person without a key (nobody to recognise them by) is left out, and so is
 * every network `skip` says so of: its people must not become nodes ahead of those of a network that counts.
 */
export function poolPeople(networks: readonly (readonly PooledPersonRow[])[], skip: (index: number) => boolean = () => false): PooledPeople {
  const builder = new PooledPeopleBuilder(networks.reduce((sum, people) => sum + people.length, 0));
  networks.forEach((people, index) => {
    builder.startNetwork();
    if (skip(index)) return;
    for (const person of people) if (person.key) builder.addRow(builder.personOf(person.key, person.company ?? '', person.companyKey ?? ''), person.inMarket);
  });
  return builder.build();
}
