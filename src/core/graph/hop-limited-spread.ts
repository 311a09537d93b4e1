// One independent-cascade run that stops after `maxHops` hops: "two-hop reach" is what my ask reaches through my own
// contacts (hop 1) and the people they pass it to (hop 2), and no further.
//
// Same live-edge worlds as spreadInWorld (cascade-kernel.ts): edge e is live iff its coin in the world keyed (key1,
// key2) is below p(e)·2³², so a node informed here is informed in the unlimited run of the same world too, and the
// unlimited run is this one with maxHops = ∞. Breadth-first by levels: the queue holds level 0 (the seeds), then every
// node first reached at level 1, and so on; in a live-edge world a node's level is its live distance from the seeds,
// so "within k hops" is exact, not a cap on work. Nodes of the last level are informed but never expanded, which is
// what keeps a two-hop run over a pooled cohort graph cheap: only my edges and my informed contacts' edges are read.
import type { CsrGraph } from './csr-graph.ts';
import { enqueueSeeds, liveThresholds, nextEpoch, type CascadeScratch } from './cascade-kernel.ts';

const SIGN_BIT = 0x80000000 | 0;

/** Like spreadInWorld, but nodes more than maxHops live hops from every seed are not informed. Returns the informed count. */
export function spreadWithinHops(graph: CsrGraph, seeds: Int32Array, key1: number, key2: number, scratch: CascadeScratch, maxHops: number, uncountedSeeds = seeds.length): number {
  const offsets = graph.offsets;
  const targets = graph.targets;
  const thresholds = liveThresholds(graph.probabilities);
  const queue = scratch.queue;
  const stamps = scratch.stamps;
  const epoch = nextEpoch(scratch);
  const k1 = key1 | 0;
  // Thresholds are stored with the sign bit flipped (cascade-kernel.ts); flipping the coin's too keeps the compare exact.
  const k2 = (key2 ^ SIGN_BIT) | 0;
  let tail = enqueueSeeds(scratch, seeds, epoch, uncountedSeeds);
  let head = 0;
  let visits = 0;
  for (let hop = 0; hop < maxHops && head < tail; hop++) {
    const levelEnd = tail;
    while (head < levelEnd) {
      const u = queue[head++];
      const end = offsets[u + 1];
      visits += end - offsets[u];
      for (let e = offsets[u]; e < end; e++) {
        let h = (e + k1) | 0;
        h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
        h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
        if ((h ^ (h >>> 16) ^ k2) <= thresholds[e]) {
          const w = targets[e];
          if (stamps[w] !== epoch) {
            stamps[w] = epoch;
            queue[tail++] = w;
          }
        }
      }
    }
  }
  scratch.edgeVisits = visits;
  return tail;
}
