// A binary min-heap of (key, value) pairs in typed arrays: the priority queue behind path search and lazy greedy.
//
// Why not an array of objects: a best-first search pushes hundreds of thousands of entries per query, and
// parallel Float64Array/Int32Array storage keeps them out of the garbage collector and in cache.
// Ties on the key are broken by the smaller value, so every search that uses this heap is deterministic.

const INITIAL_CAPACITY = 64;

export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    const size = Math.max(1, Math.floor(capacity));
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size);
  }

  /** Number of entries in the heap. */
  get size(): number {
    return this.count;
  }

  /** Removes every entry but keeps the storage, so a heap can be reused across queries. */
  clear(): void {
    this.count = 0;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    // Sift up: move parents down until the new entry's slot is found, then write it once.
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent];
      if (parentKey < key || (parentKey === key && values[parent] <= value)) break;
      keys[i] = parentKey;
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest key, or NaN when the heap is empty. */
  peekKey(): number {
    return this.count > 0 ? this.keys[0] : Number.NaN;
  }

  /** The value of the smallest entry, or -1 when the heap is empty. */
  peekValue(): number {
    return this.count > 0 ? this.values[0] : -1;
  }

  /** Removes the smallest entry and returns its value, or -1 when the heap is empty (read `peekKey()` first for its key). */
  pop(): number {
    if (this.count === 0) return -1;
    const keys = this.keys;
    const values = this.values;
    const top = values[0];
    const last = --this.count;
    if (last === 0) return top;
    const key = keys[last];
    const value = values[last];
    // Sift down the former last entry from the root.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] < keys[child] || (keys[right] === keys[child] && values[right] < values[child]))) {
        child = right;
      }
      const childKey = keys[child];
      if (key < childKey || (key === childKey && value <= values[child])) break;
      keys[i] = childKey;
      values[i] = values[child];
      i = child;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
