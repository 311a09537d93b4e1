// Tests for "who to ask first": CELF picks what plain greedy picks, starting with the single best contact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCsrGraph, type CsrGraph, type EdgeList } from './csr-graph.ts';
import { cascadeChunk } from './independent-cascade.ts';
import { celfSeeds } from './celf.ts';
import { randomEdges } from './random-graph.ts';
import { ReferableError } from '../errors.ts';

function edges(list: [number, number, number][]): EdgeList {
  return { from: Int32Array.from(list, (e) => e[0]), to: Int32Array.from(list, (e) => e[1]), probability: Float32Array.from(list, (e) => e[2]) };
}

/** Total counted informed people over all worlds for base + extra seeds, straight from the cascade module. */
function total(graph: CsrGraph, base: number[], extra: number[], runs: number, seed: number, countMask?: Uint8Array): number {
  return cascadeChunk(graph, Int32Array.from([...base, ...extra]), { seed, countMask, countSeedsFrom: base.length }, 0, runs).counted.sum;
}

/** Plain greedy: every candidate re-evaluated every round, ties to the smaller node id. */
function naiveGreedy(graph: CsrGraph, candidates: number[], k: number, base: number[], runs: number, seed: number, countMask?: Uint8Array): number[] {
  const chosen: number[] = [];
  const pool = [...new Set(candidates)].sort((a, b) => a - b);
  while (chosen.length < k && chosen.length < pool.length) {
    let best = -1;
    let bestTotal = -1;
    for (const candidate of pool) {
      if (chosen.includes(candidate)) continue;
      const value = total(graph, base, [...chosen, candidate], runs, seed, countMask);
      if (value > bestTotal) {
        bestTotal = value;
        best = candidate;
      }
    }
    chosen.push(best);
  }
  return chosen;
}

// Me (0) weakly tied to contacts 1, 2, 3. Contact 1 reaches 6 people for sure, contact 3 reaches 4 of those same
// people, contact 2 reaches 3 others.
const network = buildCsrGraph(14, edges([
  [0, 1, 0.05], [0, 2, 0.05], [0, 3, 0.05],
  [1, 4, 1], [1, 5, 1], [1, 6, 1], [1, 7, 1], [1, 8, 1], [1, 9, 1],
  [3, 4, 1], [3, 5, 1], [3, 6, 1], [3, 7, 1],
  [2, 10, 1], [2, 11, 1], [2, 12, 1],
]), { undirected: false });

test('asks the contact with the widest reach first, then the one who adds new people, not the overlapping one', () => {
  const result = celfSeeds(network, Int32Array.from([3, 2, 1]), 2, { runs: 500, seed: 4, baseSeeds: Int32Array.from([0]) });
  assert.deepEqual(result.seeds, [1, 2]);
  assert.ok(result.marginalGains[0] > result.marginalGains[1]);
  assert.ok(Math.abs(result.spread - (result.baseSpread + result.marginalGains[0] + result.marginalGains[1])) < 1e-9);
  // Without a base seed, asking 1 informs 1 and 6 others; asking 2 as well adds 2 and 3 others.
  assert.deepEqual(celfSeeds(network, Int32Array.from([1, 2, 3]), 3, { runs: 50 }), { seeds: [1, 2, 3], marginalGains: [7, 4, 1], spread: 12, baseSpread: 0, evaluations: 7 });
});

test("CELF's first pick is the single best seed, and its gain is that seed's exact marginal reach", () => {
  const graph = buildCsrGraph(400, randomEdges(400, 1500, 17, { minProbability: 0.05, maxProbability: 0.4 }));
  const candidates = Array.from({ length: 40 }, (_, i) => i * 10 + 1);
  const countMask = Uint8Array.from({ length: 400 }, (_, v) => (v % 3 === 0 ? 1 : 0));
  const base = [0];
  const runs = 200;
  const baseTotal = total(graph, base, [], runs, 6, countMask);
  let best = -1;
  let bestTotal = -1;
  for (const candidate of candidates) {
    const value = total(graph, base, [candidate], runs, 6, countMask);
    if (value > bestTotal) [best, bestTotal] = [candidate, value];
  }
  const result = celfSeeds(graph, Int32Array.from(candidates), 3, { runs, seed: 6, countMask, baseSeeds: Int32Array.from(base) });
  assert.equal(result.seeds[0], best);
  assert.equal(result.marginalGains[0], (bestTotal - baseTotal) / runs);
  assert.ok(result.evaluations < candidates.length * 3, 'lazy evaluation skipped most re-evaluations');
});

test('CELF selects exactly what plain greedy selects (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 0, max: 200 }), fc.integer(), fc.integer({ min: 1, max: 4 }), (nodes, count, seed, k) => {
      const graph = buildCsrGraph(nodes, randomEdges(nodes, count, seed, { minProbability: 0.1, maxProbability: 0.9 }), { undirected: seed % 2 === 0 });
      const candidates = Array.from({ length: Math.min(8, nodes - 1) }, (_, i) => 1 + ((i * 7) % (nodes - 1)));
      const countMask = Uint8Array.from({ length: nodes }, (_, v) => (seed >>> (v % 31)) & 1);
      const runs = 30;
      const result = celfSeeds(graph, Int32Array.from(candidates), k, { runs, seed, countMask, baseSeeds: Int32Array.from([0]) });
      assert.deepEqual(result.seeds, naiveGreedy(graph, candidates, k, [0], runs, seed, countMask));
      for (let i = 1; i < result.marginalGains.length; i++) assert.ok(result.marginalGains[i] <= result.marginalGains[i - 1], 'diminishing returns');
      assert.equal(result.spread * runs, total(graph, [0], result.seeds, runs, seed, countMask));
    }),
    { seed: 13, numRuns: 60 },
  );
});

test('bad input is invalid', () => {
  assert.throws(() => celfSeeds(network, Int32Array.from([99]), 1), ReferableError);
  assert.throws(() => celfSeeds(network, Int32Array.from([1]), -1), ReferableError);
  assert.throws(() => celfSeeds(network, Int32Array.from([1]), 1, { countMask: new Uint8Array(2) }), ReferableError);
  assert.deepEqual(celfSeeds(network, new Int32Array(0), 2, { runs: 5 }).seeds, []);
});
