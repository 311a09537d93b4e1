// Tests for per-world informed sets: a marginal cascade adds exactly what a full cascade with one more seed adds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCsrGraph } from './csr-graph.ts';
import { countInformed, createCascadeScratch, runKeys, spreadInWorld } from './cascade-kernel.ts';
import { informedWorlds, isInformed, marginalSpread } from './world-sets.ts';
import { randomEdges } from './random-graph.ts';

test('marginal spread of x equals the full cascade from S ∪ {x} minus the one from S, world by world (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 0, max: 300 }), fc.integer(), (nodes, count, seed) => {
      const graph = buildCsrGraph(nodes, randomEdges(nodes, count, seed, { minProbability: 0.05, maxProbability: 0.9 }), { undirected: seed % 2 === 0 });
      const countMask = Uint8Array.from({ length: nodes }, (_, v) => (seed >>> (v % 30)) & 1);
      const keys = runKeys(seed, 0, 12);
      const seeds = [0];
      const worlds = informedWorlds(graph, Int32Array.from(seeds), keys, countMask);
      const scratch = createCascadeScratch(nodes);
      const full = (set: number[], r: number): number => {
        const informed = spreadInWorld(graph, Int32Array.from(set), keys[2 * r], keys[2 * r + 1], scratch, 1);
        return countInformed(scratch, informed, countMask);
      };
      let expectedTotal = 0;
      for (let r = 0; r < 12; r++) expectedTotal += full(seeds, r);
      assert.equal(worlds.total, expectedTotal);
      // Adopt a few extra seeds one by one, checking each marginal against full cascades before committing it.
      for (const extra of [nodes - 1, Math.floor(nodes / 2), 1 % nodes]) {
        for (let r = 0; r < 12; r++) {
          const gain = marginalSpread(graph, worlds, r, extra, countMask, false);
          assert.equal(gain, full([...seeds, extra], r) - full(seeds, r));
          assert.equal(marginalSpread(graph, worlds, r, extra, countMask, true), gain);
          assert.ok(isInformed(worlds, r, extra));
          assert.equal(marginalSpread(graph, worlds, r, extra, countMask, false), 0, 'adopted: nothing left to add');
        }
        seeds.push(extra);
      }
    }),
    { seed: 17, numRuns: 120 },
  );
});
