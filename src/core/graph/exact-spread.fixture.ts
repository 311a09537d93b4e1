// Exact spreads for tests: every live-edge world of a graph small enough to enumerate (2^edges of them), and such graphs.
import { buildCsrGraph, type CsrGraph } from './csr-graph.ts';
import { createRandom } from '../random/seeded-random.ts';

/** A directed graph whose two directions of a tie pass with different probabilities (some certain). */
export function smallDirectedGraph(nodes: number, edges: number, seed: number): CsrGraph {
  const random = createRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  const probability: number[] = [];
  const seen = new Set<string>();
  while (from.length < edges) {
    const a = random.int(0, nodes - 1);
    const b = random.int(0, nodes - 1);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    from.push(a);
    to.push(b);
    probability.push(random.next() < 0.1 ? 1 : 0.1 + 0.8 * random.next());
  }
  return buildCsrGraph(nodes, { from: Int32Array.from(from), to: Int32Array.from(to), probability: Float32Array.from(probability) }, { undirected: false });
}

/** σ(S) exactly: the expected counted nodes informed within maxHops, summed over all 2^edges live-edge worlds. */
export function exactSpread(graph: CsrGraph, seeds: readonly number[], countMask: Uint8Array | undefined, maxHops: number): number {
  const m = graph.offsets[graph.nodeCount];
  let expected = 0;
  for (let world = 0; world < 2 ** m; world++) {
    let chance = 1;
    for (let e = 0; e < m; e++) chance *= world & (1 << e) ? graph.probabilities[e] : 1 - graph.probabilities[e];
    if (chance === 0) continue;
    const depth = new Int32Array(graph.nodeCount).fill(-1);
    const queue = [...new Set(seeds)];
    for (const s of queue) depth[s] = 0;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      if (depth[u] >= maxHops) continue;
      for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
        if (world & (1 << e) && depth[graph.targets[e]] < 0) {
          depth[graph.targets[e]] = depth[u] + 1;
          queue.push(graph.targets[e]);
        }
      }
    }
    let counted = 0;
    for (const node of queue) if (!countMask || countMask[node]) counted++;
    expected += chance * counted;
  }
  return expected;
}
