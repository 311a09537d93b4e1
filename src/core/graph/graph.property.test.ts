// Properties of the graph engine on random networks: warm-intro paths walk real edges, are simple, well ordered and
// complete; a cascade never informs anyone outside the set reachable from its seeds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bfsDistances } from './bfs.ts';
import { createCascadeScratch, spreadInWorld } from './cascade-kernel.ts';
import { buildCsrGraph, edgeCount, edgeSource, type CsrGraph } from './csr-graph.ts';
import { estimateReach } from './independent-cascade.ts';
import { topPaths } from './top-paths.ts';

const RUNS = { seed: 20261125, numRuns: 300 };

/** A random network of 1..24 people: edges with probabilities in (0, 1], directed or mutual, duplicates and loops allowed. */
const network = fc
  .record({
    nodes: fc.integer({ min: 1, max: 24 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 1000 })), { maxLength: 80 }),
    undirected: fc.boolean(),
  })
  .map(({ nodes, edges, undirected }) => {
    const from = Int32Array.from(edges, ([a]) => a % nodes);
    const to = Int32Array.from(edges, ([, b]) => b % nodes);
    const probability = Float32Array.from(edges, ([, , p]) => p / 1000);
    return buildCsrGraph(nodes, { from, to, probability }, { undirected });
  });

/** Everyone reachable from the seeds along any edge (probability ignored), seeds included. */
function reachable(graph: CsrGraph, seeds: number[]): Set<number> {
  const seen = new Set(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
      if (!seen.has(graph.targets[e])) {
        seen.add(graph.targets[e]);
        queue.push(graph.targets[e]);
      }
    }
  }
  return seen;
}

describe('graph properties', () => {
  it('top-k paths use only existing edges, are simple, within the hop limit, and their probability is the edge product', () => {
    fc.assert(
      fc.property(network, fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (graph, sourcePick, targetPicks, k, maxHops) => {
        const source = sourcePick % graph.nodeCount;
        const mask = new Uint8Array(graph.nodeCount);
        for (const pick of targetPicks) mask[pick % graph.nodeCount] = 1;
        const paths = topPaths(graph, source, mask, { k, maxHops });
        assert.ok(paths.length <= k);
        const ends = new Set<number>();
        let previous = Infinity;
        for (const path of paths) {
          const end = path.nodes[path.nodes.length - 1];
          assert.equal(path.nodes[0], source);
          assert.notEqual(end, source, 'the source is never a result');
          assert.equal(mask[end], 1, 'every path ends at a target');
          assert.ok(!ends.has(end), 'one path per person');
          ends.add(end);
          assert.equal(new Set(path.nodes).size, path.nodes.length, `not simple: ${path.nodes}`);
          assert.equal(path.edges.length, path.nodes.length - 1);
          assert.ok(path.edges.length >= 1 && path.edges.length <= maxHops);
          let product = 1;
          path.edges.forEach((edge, hop) => {
            assert.ok(edge >= 0 && edge < edgeCount(graph));
            assert.equal(edgeSource(graph, edge), path.nodes[hop], 'the edge leaves the hop it explains');
            assert.equal(graph.targets[edge], path.nodes[hop + 1], 'the edge lands on the next node');
            product *= graph.probabilities[edge];
          });
          assert.ok(Math.abs(product - path.probability) <= 1e-12 * Math.max(1, product), `${product} vs ${path.probability}`);
          assert.ok(path.probability <= previous, 'sorted by probability');
          previous = path.probability;
        }
        // Complete: as many paths as there are targets within reach, up to k.
        const distances = bfsDistances(graph, source, maxHops);
        let inReach = 0;
        for (let v = 0; v < graph.nodeCount; v++) if (v !== source && mask[v] === 1 && distances[v] > 0) inReach++;
        assert.equal(paths.length, Math.min(k, inReach));
      }),
      RUNS,
    );
  });

  it('a cascade informs only people reachable from its seeds, and everyone reachable when every tie passes', () => {
    fc.assert(
      fc.property(network, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (graph, seedPicks, key1, key2) => {
        const seeds = Int32Array.from(new Set(seedPicks.map((pick) => pick % graph.nodeCount)));
        const scope = reachable(graph, [...seeds]);
        const scratch = createCascadeScratch(graph.nodeCount);
        const informed = spreadInWorld(graph, seeds, key1 >>> 0, key2 >>> 0, scratch);
        const reached = Array.from(scratch.queue.subarray(0, informed));
        assert.equal(new Set(reached).size, reached.length, 'nobody is informed twice');
        for (const node of reached) assert.ok(scope.has(node), `${node} is outside the reachable set`);
        const certain: CsrGraph = { ...graph, probabilities: new Float32Array(edgeCount(graph)).fill(1) };
        const all = spreadInWorld(certain, seeds, key1 >>> 0, key2 >>> 0, scratch);
        assert.equal(all, scope.size);
        const estimate = estimateReach(graph, seeds, { runs: 50, seed: key1 });
        assert.ok(estimate.reached.mean <= scope.size - seeds.length, 'the expected reach never exceeds the reachable set');
      }),
      RUNS,
    );
  });
});
