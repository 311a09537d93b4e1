// Seeded random networks (Erdős–Rényi G(n, m) with random pass probabilities) for tests, benchmarks and demos.
//
// Erdős & Rényi, "On random graphs I", 1959: m edges between uniformly chosen pairs. Real networks are clumpier, but a
// uniform graph is the worst case for locality (every row is a cache miss), which is what a benchmark should show.
import type { EdgeList } from './csr-graph.ts';
import { createRandom } from '../random/seeded-random.ts';

export interface RandomEdgesOptions {
  /** Pass probabilities are drawn uniformly from [minProbability, maxProbability]. */
  minProbability?: number;
  maxProbability?: number;
  /** Draw a kind code per edge in 0..kinds-1 (no kinds when 0). */
  kinds?: number;
}

export const RANDOM_EDGES_DEFAULTS = { minProbability: 0.01, maxProbability: 0.2, kinds: 0 } as const;

/** `edgeCount` random edges over `nodeCount` nodes; self-loops and duplicates can occur, as in real imports. */
export function randomEdges(nodeCount: number, edgeCount: number, seed: number, options: RandomEdgesOptions = {}): EdgeList {
  const { minProbability, maxProbability, kinds } = { ...RANDOM_EDGES_DEFAULTS, ...options };
  const random = createRandom(seed);
  const from = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const probability = new Float32Array(edgeCount);
  const kind = kinds > 0 ? new Uint8Array(edgeCount) : undefined;
  for (let i = 0; i < edgeCount; i++) {
    from[i] = random.int(0, nodeCount - 1);
    to[i] = random.int(0, nodeCount - 1);
    // Float32 rounding keeps draws within (0, 1] for bounds inside it; a draw of exactly 0 becomes the smallest
    // probability a cascade coin can resolve (2^-24 is also Float32's step near 1), since probabilities must be > 0.
    const p = Math.fround(random.float(minProbability, maxProbability));
    probability[i] = p > 0 ? p : 2 ** -24;
    if (kind !== undefined) kind[i] = random.int(0, kinds - 1);
  }
  return kind === undefined ? { from, to, probability } : { from, to, probability, kind };
}
