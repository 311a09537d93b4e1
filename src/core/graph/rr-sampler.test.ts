// Tests for the conditioned RR sampler against exact spreads: on graphs small enough to enumerate every live-edge
// world, U × (share of sampled sets S meets) must be σ(S), for one hop, two, three and no limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCsrGraph } from './csr-graph.ts';
import { exactSpread, smallDirectedGraph } from './exact-spread.fixture.ts';
import { rrSampler } from './rr-sampler.ts';
import { createRandom } from '../random/seeded-random.ts';

test('U × the share of sampled sets a seed set meets is its exact spread, within sampling error, for 1, 2, 3 and unlimited hops', () => {
  for (const seed of [1, 2, 3]) {
    const graph = smallDirectedGraph(9, 15, seed);
    const candidates = Int32Array.of(0, 2, 4, 6);
    const countMask = Uint8Array.of(0, 1, 1, 1, 0, 1, 1, 1, 1);
    for (const hops of [1, 2, 3, Infinity]) {
      const sampler = rrSampler(graph, candidates, countMask, hops);
      const everyone = exactSpread(graph, [...candidates], countMask, hops);
      // U is σ(all candidates) exactly when E_v is exactly "RR(v) meets a candidate" (one or two hops), above it after.
      if (hops <= 2) assert.ok(Math.abs(sampler.scale - everyone) < 1e-9, `seed ${seed}, ${hops} hops: U ${sampler.scale} vs σ(C) ${everyone}`);
      else assert.ok(sampler.scale >= everyone - 1e-9, `seed ${seed}, ${hops} hops: U ${sampler.scale} below σ(C) ${everyone}`);
      const draws = 40_000;
      const sets: number[][] = [];
      const random = createRandom(seed * 100 + (hops === Infinity ? 9 : hops));
      const out: number[] = [];
      for (let i = 0; i < draws; i++) {
        sampler.sample(random, out);
        sets.push([...out]);
      }
      for (const seeds of [[0], [2], [4], [6], [0, 2], [2, 4], [0, 6], [4, 6]]) {
        const indices = seeds.map((node) => candidates.indexOf(node));
        const share = sets.filter((set) => set.some((index) => indices.includes(index))).length / draws;
        const exact = exactSpread(graph, seeds, countMask, hops);
        const standardError = sampler.scale * Math.sqrt(Math.max(share * (1 - share), 1 / draws) / draws);
        assert.ok(Math.abs(sampler.scale * share - exact) <= 4.5 * standardError, `seed ${seed}, ${hops} hops, seeds ${seeds}: ${sampler.scale * share} vs exact ${exact} (se ${standardError})`);
      }
    }
  }
});

test('no set is empty, and nobody a candidate cannot reach within the hops is ever a root', () => {
  // 0 → 1 → 2 → 3, all certain; only 3 counts. Within two hops of candidate 0 nobody counts: nothing to sample.
  const chain = buildCsrGraph(4, { from: Int32Array.of(0, 1, 2), to: Int32Array.of(1, 2, 3), probability: Float32Array.of(1, 1, 1) }, { undirected: false });
  assert.equal(rrSampler(chain, Int32Array.of(0), Uint8Array.of(0, 0, 0, 1), 2).roots, 0);
  const three = rrSampler(chain, Int32Array.of(0), Uint8Array.of(0, 0, 0, 1), 3);
  assert.equal(three.roots, 1);
  assert.equal(three.scale, 1);
  const out: number[] = [];
  three.sample(createRandom(1), out);
  assert.deepEqual(out, [0]);
});
