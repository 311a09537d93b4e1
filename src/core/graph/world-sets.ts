// Who is informed in each of a fixed set of cascade worlds, and how many more a new seed would inform there: the
// incremental evaluation behind CELF seed selection and the "strengthen K ties" what-if.
//
// In the live-edge form of independent cascade (Kempe, Kleinberg & Tardos, KDD 2003, Claim 2.3) a world fixes which
// edges are live, and the informed set of seeds S is everything reachable from S over live edges. So
// informed(S ∪ {x}) = informed(S) ∪ reach(x), and reach(x) only has to be explored until it hits informed(S): the
// marginal gain of x is a small cascade that stops at the people who already know, often at x itself. Keeping each
// world's informed set as a bitset (runs × nodeCount / 8 bytes) turns CELF's "re-run every cascade from all seeds"
// into exactly these marginal cascades — the same numbers, usually orders of magnitude less work.
import type { CsrGraph } from './csr-graph.ts';
import { COIN_SCALE, countInformed, createCascadeScratch, edgeCoin, nextEpoch, spreadInWorld, type CascadeScratch } from './cascade-kernel.ts';

export interface WorldSets {
  /** World keys as pairs (key1, key2), one pair per world. */
  keys: Uint32Array;
  /** Bitset words per world. */
  words: number;
  /** Bit v of world r: word r·words + (v >> 5), bit v & 31. */
  informed: Int32Array;
  /** Σ over worlds of the counted informed people other than the seeds (countMask applied), as built. */
  total: number;
  scratch: CascadeScratch;
}

/** The informed sets of `seeds` in each world of `keys`; seeds are informed but not counted in `total`. */
export function informedWorlds(graph: CsrGraph, seeds: Int32Array, keys: Uint32Array, countMask?: Uint8Array): WorldSets {
  const runs = keys.length / 2;
  const words = (graph.nodeCount + 31) >>> 5;
  const informed = new Int32Array(runs * words);
  const scratch = createCascadeScratch(graph.nodeCount);
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const count = spreadInWorld(graph, seeds, keys[2 * r], keys[2 * r + 1], scratch);
    total += countMask === undefined ? count - scratch.countFrom : countInformed(scratch, count, countMask);
    const base = r * words;
    for (let i = 0; i < count; i++) {
      const v = scratch.queue[i];
      informed[base + (v >>> 5)] |= 1 << (v & 31);
    }
  }
  return { keys, words, informed, total, scratch };
}

export function isInformed(worlds: WorldSets, run: number, node: number): boolean {
  return ((worlds.informed[run * worlds.words + (node >>> 5)] >>> (node & 31)) & 1) === 1;
}

/**
 * How many people (or, with `countMask`, how many of those with mask 1) `start` would newly inform in world `run`:
 * itself and everyone it reaches over live edges without passing through someone already informed there.
 * With `commit`, they are added to that world's informed set (the seed is adopted).
 */
export function marginalSpread(graph: CsrGraph, worlds: WorldSets, run: number, start: number, countMask: Uint8Array | undefined, commit: boolean): number {
  const { informed, scratch } = worlds;
  const base = run * worlds.words;
  if (((informed[base + (start >>> 5)] >>> (start & 31)) & 1) === 1) return 0;
  const { offsets, targets, probabilities } = graph;
  const k1 = worlds.keys[2 * run] | 0;
  const k2 = worlds.keys[2 * run + 1] | 0;
  const queue = scratch.queue;
  const stamps = scratch.stamps;
  // The scratch's epoch stamps mark "informed by start in this call"; the bitset marks "informed already".
  const epoch = nextEpoch(scratch);
  stamps[start] = epoch;
  queue[0] = start;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
      if (edgeCoin(e, k1, k2) < probabilities[e] * COIN_SCALE) {
        const w = targets[e];
        if (stamps[w] !== epoch && ((informed[base + (w >>> 5)] >>> (w & 31)) & 1) === 0) {
          stamps[w] = epoch;
          queue[tail++] = w;
        }
      }
    }
  }
  let count = tail;
  if (countMask !== undefined) {
    count = 0;
    for (let i = 0; i < tail; i++) count += countMask[queue[i]];
  }
  if (commit) {
    for (let i = 0; i < tail; i++) {
      const v = queue[i];
      informed[base + (v >>> 5)] |= 1 << (v & 31);
    }
  }
  return count;
}
