// A small, fast, seeded pseudo-random generator (sfc32) with the helpers demos and Monte Carlo runs need.
//
// Why sfc32: it is one of the fastest generators that passes PractRand/BigCrush, it needs only 32-bit integer
// arithmetic (which V8 keeps in registers), and its 128-bit state gives a period of at least 2^32 per stream
// and about 2^127 on average — plenty for millions of cascade simulations. mulberry32 is smaller but has a
// single 32-bit state and a few statistical weaknesses. Reference: Chris Doty-Humphrey, "PractRand" (sfc32).
//
// Never use Math.random in core or in tests: everything random takes a `Random` so that runs are reproducible.

/** A deterministic random source. Methods rely on `this`: call them on the object, do not pass them around unbound. */
export interface Random {
  /** The seed the generator was created with (after normalisation to an unsigned 32-bit value pair). */
  readonly seed: number;
  /** Uniform float in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** Uniform unsigned 32-bit integer in [0, 2^32). */
  uint32(): number;
  /** Uniform integer in [lo, hi], both inclusive. Throws when hi < lo or the bounds are not integers. */
  int(lo: number, hi: number): number;
  /** Uniform float in [lo, hi). */
  float(lo: number, hi: number): number;
  /** True with probability p (p ≤ 0 is never, p ≥ 1 is always). */
  chance(p: number): boolean;
  /** A uniformly chosen element. Throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /**
   * An element chosen with probability proportional to its weight (weights ≥ 0, same length as items).
   * Linear in the number of items; for many draws from the same weights use `weightedSampler`.
   */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** Shuffles the array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /**
   * A new, independent generator seeded from this one's stream. Use one fork per worker or per sub-task so
   * adding draws in one place does not shift every draw elsewhere.
   */
  fork(): Random;
}

const TWO_POW_32 = 4294967296;

/** splitmix32: spreads a seed's bits so that nearby seeds (1, 2, 3...) start sfc32 in unrelated states. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

class Sfc32 implements Random {
  readonly seed: number;
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, a: number, b: number, c: number, d: number) {
    this.seed = seed;
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // The first outputs of sfc32 still correlate with the seed words; discarding a few is the usual practice.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.uint32() / TWO_POW_32;
  }

  int(lo: number, hi: number): number {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
      throw new RangeError(`int(${lo}, ${hi}): bounds must be integers with lo <= hi`);
    }
    // Multiply-and-floor: the bias is at most (hi - lo + 1) / 2^32, negligible for the ranges we draw.
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  float(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('weightedPick() needs as many weights as items, and at least one item');
    }
    let total = 0;
    for (const weight of weights) total += weight > 0 ? weight : 0;
    if (!(total > 0)) throw new RangeError('weightedPick() needs a positive total weight');
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      const weight = weights[i] > 0 ? weights[i] : 0;
      if (target < weight) return items[i];
      target -= weight;
    }
    // Floating-point rounding can leave target a hair above the last positive weight.
    for (let i = items.length - 1; i >= 0; i--) if (weights[i] > 0) return items[i];
    return items[items.length - 1];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
    return items;
  }

  fork(): Random {
    return new Sfc32(this.seed, this.uint32(), this.uint32(), this.uint32(), this.uint32());
  }
}

/**
 * A generator for a seed. Any finite number works: the integer part is used, including bits above 2^32,
 * so seeds such as Date-derived numbers or 2^40 + 1 still differ from their low 32 bits.
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`createRandom(${seed}): the seed must be a finite number`);
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / TWO_POW_32) >>> 0;
  // Hash the high word before mixing it in, so (low, high) pairs such as (1, 1) and (-1 >>> 0, -1 >>> 0) stay apart.
  let state = low ^ splitmix32(high ^ 0x5bd1e995)[1];
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [nextState, value] = splitmix32(state);
    state = nextState;
    words.push(value);
  }
  return new Sfc32(whole, words[0], words[1], words[2], words[3]);
}

/**
 * A sampler over fixed weights: O(n) to build, O(log n) per draw (binary search over cumulative weights).
 * Returns the chosen index. Used when the same distribution is drawn from thousands of times.
 */
export function weightedSampler(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i] > 0 ? weights[i] : 0;
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new RangeError('weightedSampler() needs a positive total weight');
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
