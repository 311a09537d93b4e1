// Tests for the what-if helpers: which ties to strengthen (exactly what greedy would pick) and adding weak ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCsrGraph, degree, findEdge, withScaledEdges, type CsrGraph, type EdgeList } from './csr-graph.ts';
import { cascadeChunk, estimateReach } from './independent-cascade.ts';
import { addWeakTies, bestTiesToStrengthen } from './strengthen-scenario.ts';
import { randomEdges } from './random-graph.ts';
import { ReferableError } from '../errors.ts';

function edges(list: [number, number, number][]): EdgeList {
  return { from: Int32Array.from(list, (e) => e[0]), to: Int32Array.from(list, (e) => e[1]), probability: Float32Array.from(list, (e) => e[2]) };
}

/** Total counted reach of `source` over all worlds with `raised` edges set to p, from the cascade module directly. */
function total(graph: CsrGraph, source: number, raised: number[], p: number, runs: number, seed: number, countMask?: Uint8Array): number {
  const scenario = raised.length === 0 ? graph : withScaledEdges(graph, raised, p);
  return cascadeChunk(scenario, Int32Array.from([source]), { seed, countMask }, 0, runs).counted.sum;
}

// Me (0) with weak ties to 1 (knows nobody), 2 (knows 5 people) and 3 (knows 2 others).
const network = buildCsrGraph(11, edges([
  [0, 1, 0.1], [0, 2, 0.1], [0, 3, 0.1],
  [2, 4, 1], [2, 5, 1], [2, 6, 1], [2, 7, 1], [2, 8, 1],
  [3, 9, 1], [3, 10, 1],
]));
const myTies = Int32Array.from([findEdge(network, 0, 1), findEdge(network, 0, 2), findEdge(network, 0, 3)]);

test('strengthens the tie to the best-connected contact first, and reports the exact reach after raising', () => {
  const runs = 2000;
  const result = bestTiesToStrengthen(network, 0, myTies, 2, 0.9, { runs, seed: 5 });
  assert.deepEqual(result.edges, [findEdge(network, 0, 2), findEdge(network, 0, 3)]);
  // Raising 0->2 from 0.1 to 0.9 adds about 0.8 × 6 people.
  assert.ok(Math.abs(result.marginalGains[0] - 4.8) < 0.3, String(result.marginalGains[0]));
  // Same worlds as estimateReach, so the figures agree exactly with a direct estimate of the raised graph.
  assert.equal(result.baseSpread, estimateReach(network, Int32Array.from([0]), { runs, seed: 5 }).counted.mean);
  assert.equal(result.spread, estimateReach(withScaledEdges(network, result.edges, 0.9), Int32Array.from([0]), { runs, seed: 5 }).counted.mean);
});

test('ties already as strong as the target cannot gain and are skipped; only my own ties are candidates', () => {
  const strong = withScaledEdges(network, [findEdge(network, 0, 2)], 0.95);
  assert.deepEqual(bestTiesToStrengthen(strong, 0, myTies, 3, 0.9, { runs: 200 }).edges.includes(findEdge(network, 0, 2)), false);
  assert.throws(() => bestTiesToStrengthen(network, 0, Int32Array.from([findEdge(network, 2, 4)]), 1, 0.9), ReferableError);
  assert.throws(() => bestTiesToStrengthen(network, 0, myTies, 1, 1.5), ReferableError);
});

test('picks exactly what plain greedy over full re-estimates picks (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 50 }), fc.integer({ min: 0, max: 150 }), fc.integer(), fc.integer({ min: 1, max: 3 }), (nodes, count, seed, k) => {
      const list = randomEdges(nodes, count, seed, { minProbability: 0.05, maxProbability: 0.6 });
      const graph = buildCsrGraph(nodes, list, { undirected: seed % 2 === 0 });
      const candidates = Array.from({ length: degree(graph, 0) }, (_, i) => graph.offsets[0] + i);
      const countMask = Uint8Array.from({ length: nodes }, (_, v) => (seed >>> (v % 29)) & 1);
      const runs = 40;
      const result = bestTiesToStrengthen(graph, 0, Int32Array.from(candidates), k, 0.7, { runs, seed, countMask });
      const chosen: number[] = [];
      const pool = candidates.filter((edge) => graph.probabilities[edge] < Math.fround(0.7));
      while (chosen.length < Math.min(k, pool.length)) {
        let best = -1;
        let bestTotal = -1;
        for (const edge of pool) {
          if (chosen.includes(edge)) continue;
          const value = total(graph, 0, [...chosen, edge], 0.7, runs, seed, countMask);
          if (value > bestTotal) [best, bestTotal] = [edge, value];
        }
        chosen.push(best);
      }
      assert.deepEqual(result.edges, chosen);
      assert.equal(result.spread * runs, total(graph, 0, chosen, 0.7, runs, seed, countMask));
    }),
    { seed: 8, numRuns: 60 },
  );
});

test('adding weak ties to new in-market people grows the network and my reach', () => {
  const grown = addWeakTies(network, 0, Int32Array.from([11, 12, 13, 4]), 0.25, { kind: 3 });
  assert.equal(grown.nodeCount, 14);
  assert.equal(grown.probabilities[findEdge(grown, 0, 12)], 0.25);
  assert.equal(grown.probabilities[findEdge(grown, 12, 0)], 0.25);
  assert.equal(grown.kinds?.[findEdge(grown, 0, 12)], 3);
  assert.equal(grown.kinds?.[findEdge(grown, 2, 4)], 0, 'existing ties without kinds get kind 0');
  assert.equal(findEdge(network, 0, 4), -1);
  assert.ok(findEdge(grown, 0, 4) >= 0);
  const before = estimateReach(network, Int32Array.from([0]), { runs: 2000 }).reached.mean;
  const after = estimateReach(grown, Int32Array.from([0]), { runs: 2000 }).reached.mean;
  assert.ok(after > before + 0.9, `${before} -> ${after}`);
  assert.throws(() => addWeakTies(network, 0, Int32Array.from([-1]), 0.25), ReferableError);
  assert.throws(() => addWeakTies(network, 0, Int32Array.from([2]), 0), ReferableError);
});
