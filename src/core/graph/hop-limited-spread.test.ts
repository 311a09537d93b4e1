// Tests for hop-limited word of mouth: exactly the people within k live hops, the same worlds as the unlimited run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCsrGraph, type EdgeList } from './csr-graph.ts';
import { createCascadeScratch, edgeCoin, runKeys, spreadInWorld, COIN_SCALE } from './cascade-kernel.ts';
import { spreadWithinHops } from './hop-limited-spread.ts';
import { estimateReach } from './independent-cascade.ts';
import { randomEdges } from './random-graph.ts';

function edges(list: [number, number, number][]): EdgeList {
  return { from: Int32Array.from(list, (e) => e[0]), to: Int32Array.from(list, (e) => e[1]), probability: Float32Array.from(list, (e) => e[2]) };
}

// A chain 0-1-2-3-4 with a shortcut 0-3: with every tie passing, 1 hop reaches {1, 3}, 2 hops add {2, 4}.
const chain = buildCsrGraph(5, edges([[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 3, 1]]));

test('when every tie passes, k hops reach exactly the people at distance ≤ k, seeds not counted', () => {
  const at = (hops: number) => estimateReach(chain, Int32Array.of(0), { runs: 10, maxHops: hops }).reached.mean;
  assert.deepEqual([0, 1, 2, 3].map(at), [0, 2, 4, 4]);
});

test('in every world, k hops inform exactly the nodes within k live hops (brute force), and many hops equal the unlimited run', () => {
  const graph = buildCsrGraph(60, randomEdges(60, 150, 7, { minProbability: 0.1, maxProbability: 0.6 }));
  const keys = runKeys(3, 0, 40);
  const scratch = createCascadeScratch(graph.nodeCount);
  for (let r = 0; r < 40; r++) {
    const [k1, k2] = [keys[2 * r], keys[2 * r + 1]];
    // Brute force: BFS over the live edges of this world, edge by edge with the same coins.
    const distance = new Array<number>(graph.nodeCount).fill(Infinity);
    distance[0] = 0;
    const queue = [0];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
        const live = edgeCoin(e, k1, k2) < graph.probabilities[e] * COIN_SCALE;
        if (live && distance[graph.targets[e]] === Infinity) {
          distance[graph.targets[e]] = distance[u] + 1;
          queue.push(graph.targets[e]);
        }
      }
    }
    for (const hops of [1, 2, 3]) {
      const informed = spreadWithinHops(graph, Int32Array.of(0), k1, k2, scratch, hops);
      const got = [...scratch.queue.subarray(0, informed)].sort((a, b) => a - b);
      const want = distance.flatMap((d, node) => (d <= hops ? [node] : []));
      assert.deepEqual(got, want, `run ${r}, ${hops} hops`);
    }
    const limited = spreadWithinHops(graph, Int32Array.of(0), k1, k2, scratch, graph.nodeCount);
    const limitedSet = [...scratch.queue.subarray(0, limited)].sort((a, b) => a - b);
    const unlimited = spreadInWorld(graph, Int32Array.of(0), k1, k2, scratch);
    assert.deepEqual(limitedSet, [...scratch.queue.subarray(0, unlimited)].sort((a, b) => a - b));
  }
});

test('the last hop is informed but not expanded: a two-hop run reads only the seeds’ and the first hop’s edges', () => {
  // Star: 0 tied to 1..3; 1 tied to 4..13. Two hops read 0's 3 edges, then 1's 11 and 2's and 3's 1 each.
  const star = buildCsrGraph(14, edges([[0, 1, 1], [0, 2, 1], [0, 3, 1], ...Array.from({ length: 10 }, (_, i): [number, number, number] => [1, 4 + i, 1])]));
  const scratch = createCascadeScratch(14);
  const informed = spreadWithinHops(star, Int32Array.of(0), 1, 2, scratch, 2);
  assert.equal(informed, 14);
  assert.equal(scratch.edgeVisits, 3 + 11 + 1 + 1);
});

test('a negative or fractional hop limit is refused', () => {
  assert.throws(() => estimateReach(chain, Int32Array.of(0), { runs: 10, maxHops: -1 }), /maxHops/);
  assert.throws(() => estimateReach(chain, Int32Array.of(0), { runs: 10, maxHops: 1.5 }), /maxHops/);
});
