// One independent-cascade run over the CSR graph — the hot kernel that word of mouth, CELF and what-ifs all call.
//
// Independent cascade (Kempe, Kleinberg & Tardos, "Maximizing the spread of influence through a social network",
// KDD 2003): each newly informed person u gets one chance to pass the word along each out-edge u→w, succeeding with
// the edge's probability. It is sampled in its equivalent live-edge form (KKT 2003, Claim 2.3): a run picks a
// "world" in which edge e is live iff coin(e) < p(e)·2³², and the informed set is everything reachable from the seeds
// over live edges. A world's coins come from a hash of (edge index, world key) instead of a sequential generator:
//  - every coin is independent of the order edges are visited in, so a run gives the same result on any thread and
//    in any split of the runs (the world key is derived from (seed, run index) only);
//  - comparisons use common random numbers exactly: raising an edge's probability or adding a seed can only add
//    informed people in each world, so CELF and the "strengthen K ties" what-if compare estimates without extra noise.
// The coin is Chris Wellons' lowbias32 integer hash ("Prospecting for hash functions", 2018) of (edge + key1), xored
// with key2. `edgeVisits` counts every out-edge of every informed node examined: the unit the kernel is benchmarked in.
import type { CsrGraph } from './csr-graph.ts';
import type { Random } from '../random/seeded-random.ts';
import { createRandom } from '../random/seeded-random.ts';
import { ReferableError } from '../errors.ts';

/** Reusable buffers for cascades on one graph: no allocation and no clearing per run. */
export interface CascadeScratch {
  /** Informed nodes in the order they were informed, seeds first. */
  queue: Int32Array;
  /**
   * stamps[v] === epoch means v is informed in the current run: bumping the epoch clears every mark at once. One byte
   * per person, cleared every 255 runs, so on big graphs the stamps stay in the processor's cache (a quarter of the
   * Int32 stamps they replaced).
   */
  stamps: Uint8Array;
  /** Same trick for "this group was already counted in this run". */
  groupStamps: Int32Array;
  epoch: number;
  /** Index into `queue` where the counted (non-seed) informed nodes start, after the last run. */
  countFrom: number;
  /** Edges examined in the last run. */
  edgeVisits: number;
  /** Meaningless value kept only so the kernel's prefetch reads are not optimized away. */
  prefetched: number;
}

export function createCascadeScratch(nodeCount: number, groupCount = 0): CascadeScratch {
  return { queue: new Int32Array(nodeCount), stamps: new Uint8Array(nodeCount), groupStamps: new Int32Array(groupCount), epoch: 0, countFrom: 0, edgeVisits: 0, prefetched: 0 };
}

/** Epochs fit a stamp byte; on wrap-around the stamps are cleared once (every 255 runs: 200 KB for 200,000 people). */
const EPOCH_LIMIT = 0xff;

/** A fresh epoch for a new run (marks from earlier runs no longer count). */
export function nextEpoch(scratch: CascadeScratch): number {
  if (scratch.epoch >= EPOCH_LIMIT) {
    scratch.stamps.fill(0);
    scratch.groupStamps.fill(0);
    scratch.epoch = 0;
  }
  return ++scratch.epoch;
}

/** The coin of edge `edge` in the world keyed (key1, key2): a uniform unsigned 32-bit value. */
export function edgeCoin(edge: number, key1: number, key2: number): number {
  let h = (edge + key1) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h ^ key2) >>> 0;
}

/** An edge is live iff its coin < probability · 2^32, so p = 1 is always live and coins have 32-bit resolution. */
export const COIN_SCALE = 4294967296;

/**
 * Live-edge thresholds of a probability array, for the kernel: edge e is live iff coin(e) ≤ ceil(p(e)·2³²) − 1, which
 * for an integer coin is exactly coin(e) < p(e)·2³² (p is a float32, so p·2³² is exact). Stored with the sign bit
 * flipped, so a signed int32 comparison does the unsigned one: the kernel's inner loop stays in integer registers
 * instead of converting the coin and p to doubles and multiplying on every edge (measured ~20% faster per edge visit).
 * Cached per probability array: graphs that change probabilities get a new array (withScaledEdges copies), so an
 * array is never edited after cascades ran on it.
 */
const thresholdCache = new WeakMap<Float32Array, Int32Array>();
const SIGN_BIT = 0x80000000 | 0;

export function liveThresholds(probabilities: Float32Array): Int32Array {
  let thresholds = thresholdCache.get(probabilities);
  if (thresholds === undefined) {
    thresholds = new Int32Array(probabilities.length);
    for (let e = 0; e < probabilities.length; e++) thresholds[e] = (Math.ceil(probabilities[e] * COIN_SCALE) - 1) ^ SIGN_BIT;
    thresholdCache.set(probabilities, thresholds);
  }
  return thresholds;
}

/**
 * Each edge's live threshold (as liveThresholds) and target side by side, in slots 2e and 2e + 1, for the kernel: on
 * graphs too big for the caches, expanding a row then misses once per cache line of the row instead of once in each
 * of two arrays, and one read brings a row ahead in the queue into cache (measured about 10% less processor time per
 * edge visit on the 2M-edge graph, same-moment runs). Costs 8 bytes per edge, kept per graph like the thresholds:
 * cached per (targets, probabilities) pair, as withScaledEdges shares targets and withUniformProbability shares them too.
 */
const liveEdgeCache = new WeakMap<Int32Array, WeakMap<Float32Array, Int32Array>>();

export function liveEdges(targets: Int32Array, probabilities: Float32Array): Int32Array {
  let byProbabilities = liveEdgeCache.get(targets);
  if (byProbabilities === undefined) {
    byProbabilities = new WeakMap();
    liveEdgeCache.set(targets, byProbabilities);
  }
  let edges = byProbabilities.get(probabilities);
  if (edges === undefined) {
    const count = Math.min(targets.length, probabilities.length);
    edges = new Int32Array(2 * count);
    for (let e = 0; e < count; e++) {
      edges[2 * e] = (Math.ceil(probabilities[e] * COIN_SCALE) - 1) ^ SIGN_BIT;
      edges[2 * e + 1] = targets[e];
    }
    byProbabilities.set(probabilities, edges);
  }
  return edges;
}

/** Long rows (my own 30,000 ties) are scanned eight coins per step; shorter rows one coin per step. */
const LONG_ROW = 32;
/** Every PREFETCH_BATCH nodes (a power of two), the rows of the PREFETCH_BATCH nodes after the next ones are read together. */
const PREFETCH_BATCH = 8;
/** Edges per 64-byte cache line of the interleaved (threshold, target) array: where a row's second line starts at the latest. */
const SECOND_LINE = 8;

/**
 * One cascade in the world keyed (key1, key2). Seeds must be valid node ids (callers validate once, not per run).
 * Returns how many nodes are informed (queue[0..n)); the first `uncountedSeeds` seeds are not counted, so
 * scratch.countFrom is where counted nodes start. Sets scratch.edgeVisits.
 *
 * The loop, for anyone porting it: pop u from the FIFO queue; for each out-edge e of u, if coin(e) < p(e)·2^32 and
 * target w is not stamped, stamp w and push it. The coin is tested before the stamp: coins do not depend on visit
 * order, so the informed sets are identical either way, but the mostly-not-taken coin branch predicts well where
 * "already informed?" does not, and the target is only read for live edges. bench/cascade-reference.c is this loop
 * in C (and the stamp-first order, for comparison).
 *
 * Shaped for V8's optimizing compiler, which re-checks every typed array (map, bounds, base pointer) after any store
 * or loop back-edge it cannot see through: coins are flipped in an inner loop that stores nothing and leaves at the
 * first live edge, so the stamp and the push happen outside it, and long rows test eight coins per step so those
 * checks are paid once per eight coins. Rows far ahead in the queue are read in batches: a JavaScript read that misses
 * the cache holds up the processor until it returns (C's prefetch instruction does not), so eight misses at once
 * cost about one (measured 1.3–1.5x faster per edge visit on the 2M-edge graph than reading two rows ahead).
 */
/**
 * Puts each distinct seed on the queue, stamped informed in this epoch, and notes where the counted ones start (the
 * first `uncountedSeeds` are the asker and teammates, informed but not counted). Returns the queue's length.
 */
export function enqueueSeeds(scratch: CascadeScratch, seeds: Int32Array, epoch: number, uncountedSeeds: number): number {
  const queue = scratch.queue;
  const stamps = scratch.stamps;
  let tail = 0;
  for (let i = 0; i < seeds.length; i++) {
    if (i === uncountedSeeds) scratch.countFrom = tail;
    const s = seeds[i];
    if (stamps[s] !== epoch) {
      stamps[s] = epoch;
      queue[tail++] = s;
    }
  }
  if (uncountedSeeds >= seeds.length) scratch.countFrom = tail;
  return tail;
}

export function spreadInWorld(graph: CsrGraph, seeds: Int32Array, key1: number, key2: number, scratch: CascadeScratch, uncountedSeeds = seeds.length): number {
  const offsets = graph.offsets;
  const live = liveEdges(graph.targets, graph.probabilities);
  const lastEdge = ((live.length >> 1) - 1) | 0;
  const queue = scratch.queue;
  const stamps = scratch.stamps;
  const epoch = nextEpoch(scratch);
  // Keys arrive as uint32 (doubles above 2^31 in V8); as int32 the hash stays in integer registers. key2 carries the
  // sign flip of the thresholds, so (hash ^ k2) is the coin with its sign bit flipped.
  const k1 = key1 | 0;
  const k2 = (key2 ^ SIGN_BIT) | 0;
  let tail = enqueueSeeds(scratch, seeds, epoch, uncountedSeeds);
  let head = 0;
  let visits = 0;
  let touched = 0;
  while (head < tail) {
    if ((head & (PREFETCH_BATCH - 1)) === 0 && lastEdge >= 0) {
      // Touch the first two cache lines (edges 0 and 8, 64 bytes apart) of the rows PREFETCH_BATCH..2·PREFETCH_BATCH-1
      // places ahead, folded into scratch.prefetched only so the optimizer cannot drop the reads. Rows expanded on the
      // 2M-edge graph average 14 edges, 110 bytes, so most span two lines or more, and touching only the first left the
      // second to miss when the row was expanded (two lines measured about 15% faster there, three slower again).
      const to = head + 2 * PREFETCH_BATCH < tail ? head + 2 * PREFETCH_BATCH : tail;
      for (let j = head + PREFETCH_BATCH; j < to; j++) {
        const ahead = offsets[queue[j]];
        const at = ahead < lastEdge ? ahead : lastEdge;
        const second = ahead + SECOND_LINE < lastEdge ? ahead + SECOND_LINE : lastEdge;
        touched ^= live[at << 1] ^ live[second << 1];
      }
    }
    const u = queue[head++];
    const end = offsets[u + 1];
    let e = offsets[u];
    visits += end - e;
    const end8 = end - e >= LONG_ROW ? (end - 7) | 0 : e;
    for (;;) {
      // Find the next live edge of the row and leave this block at it (`break live`); a row with none left ends the
      // row's loop. Stores nothing, so V8 keeps the arrays' checks out of it. Each coin is edgeCoin inlined by hand
      // (lowbias32 of e + key1, xored with key2, sign bit flipped): a call, even one V8 inlines, re-checks the callee
      // and the argument types on every coin.
      live: {
        let h = 0;
        while (e < end8) {
          h = (e + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[e << 1]) break live;
          h = (e + 1 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 1) << 1]) {
            e = (e + 1) | 0;
            break live;
          }
          h = (e + 2 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 2) << 1]) {
            e = (e + 2) | 0;
            break live;
          }
          h = (e + 3 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 3) << 1]) {
            e = (e + 3) | 0;
            break live;
          }
          h = (e + 4 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 4) << 1]) {
            e = (e + 4) | 0;
            break live;
          }
          h = (e + 5 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 5) << 1]) {
            e = (e + 5) | 0;
            break live;
          }
          h = (e + 6 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 6) << 1]) {
            e = (e + 6) | 0;
            break live;
          }
          h = (e + 7 + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[(e + 7) << 1]) {
            e = (e + 7) | 0;
            break live;
          }
          e = (e + 8) | 0;
        }
        while (e < end) {
          h = (e + k1) | 0;
          h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
          h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
          if ((h ^ (h >>> 16) ^ k2) <= live[e << 1]) break live;
          e = (e + 1) | 0;
        }
        break;
      }
      const w = live[(e << 1) | 1];
      if (stamps[w] !== epoch) {
        stamps[w] = epoch;
        queue[tail++] = w;
      }
      e = (e + 1) | 0;
    }
  }
  scratch.edgeVisits = visits;
  scratch.prefetched = touched;
  return tail;
}

/** Sum of mask[v] over the counted informed nodes of the last run (a node counts 1 when mask[v] is 1). */
export function countInformed(scratch: CascadeScratch, informed: number, mask: Uint8Array): number {
  const queue = scratch.queue;
  let count = 0;
  for (let i = scratch.countFrom; i < informed; i++) count += mask[queue[i]];
  return count;
}

/** One independent-cascade run from `seeds` using two draws of `random` as the world's key. */
export function cascadeOnce(graph: CsrGraph, seeds: Int32Array, random: Random, scratch: CascadeScratch): { reached: number; edgeVisits: number } {
  checkSeeds(graph, seeds);
  const key1 = random.uint32();
  const key2 = random.uint32();
  const informed = spreadInWorld(graph, seeds, key1, key2, scratch);
  return { reached: informed - scratch.countFrom, edgeVisits: scratch.edgeVisits };
}

/**
 * The world keys of runs runsFrom..runsTo-1 as pairs (key1, key2). Run r's keys depend only on (seed, r) — through the
 * project's seeded generator — so any split of runs across threads sees the same worlds.
 */
export function runKeys(seed: number, runsFrom: number, runsTo: number): Uint32Array {
  const base = createRandom(seed);
  const low = base.uint32();
  const high = base.uint32() & 0x1fffff; // 21 bits: low + high·2^32 stays an exact integer seed (< 2^53)
  const keys = new Uint32Array(2 * (runsTo - runsFrom));
  for (let r = runsFrom; r < runsTo; r++) {
    // Multiplying by an odd constant is a bijection mod 2^32: distinct runs get distinct generator seeds.
    const run = createRandom(((low ^ Math.imul(r, 0x9e3779b1)) >>> 0) + high * 4294967296);
    keys[2 * (r - runsFrom)] = run.uint32();
    keys[2 * (r - runsFrom) + 1] = run.uint32();
  }
  return keys;
}

function invalid(message: string): ReferableError {
  return new ReferableError('INVALID_INPUT', message);
}

export function checkSeeds(graph: CsrGraph, seeds: Int32Array): void {
  for (const s of seeds) if (!(s >= 0 && s < graph.nodeCount)) throw invalid(`seed ${s} is not a node of the graph`);
}

export function checkMask(graph: CsrGraph, mask: Uint8Array | undefined, name: string): void {
  if (mask !== undefined && mask.length < graph.nodeCount) throw invalid(`${name} has ${mask.length} entries for ${graph.nodeCount} nodes`);
}
