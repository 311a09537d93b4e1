import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCsrGraph } from '../../core/graph/csr-graph.ts';
import { estimateReach } from '../../core/graph/independent-cascade.ts';
import { randomEdges } from '../../core/graph/random-graph.ts';
import { estimateReachParallel } from './cascade-runner.ts';

// 2,000 people, 12,000 ties passing 5–30%: word of mouth reaches a few hundred, with a spread that needs some
// thousands of runs for ±1%.
const graph = buildCsrGraph(2_000, randomEdges(2_000, 12_000, 11, { minProbability: 0.05, maxProbability: 0.3 }));
const seeds = Int32Array.of(0);
const countMask = new Uint8Array(2_000).map((_, node) => (node % 3 === 0 ? 1 : 0));
const groupOf = new Int32Array(2_000).map((_, node) => (node % 50 === 0 ? node / 50 : -1));
const options = { runs: 20_000, seed: 5, countMask, groupOf, groupCount: 40 };

describe('estimateReachParallel', () => {
  it('stops at a checkpoint once every interval is within ±1% or ±0.5, and its figures are exactly those of that many runs', async () => {
    const adaptive = await estimateReachParallel(graph, seeds, options, { threads: 1 });
    assert.ok(adaptive.runs < 20_000, `stopped before the cap (ran ${adaptive.runs})`);
    assert.ok([1_000, 2_000, 4_000, 8_000, 16_000].includes(adaptive.runs), `stopped at a checkpoint (ran ${adaptive.runs})`);
    assert.equal(adaptive.runsCap, 20_000);
    for (const measure of [adaptive.counted, adaptive.reached, adaptive.groups]) {
      assert.ok(measure.high - measure.mean <= Math.max(0.01 * measure.mean, 0.5), `half-width ${measure.high - measure.mean} around ${measure.mean}`);
    }
    const same = estimateReach(graph, seeds, { ...options, runs: adaptive.runs });
    assert.deepEqual(adaptive.counted, same.counted);
    assert.deepEqual(adaptive.reached, same.reached);
    assert.deepEqual(adaptive.groups, same.groups);
  });

  it('gives the same answer on two worker threads as on one', async () => {
    const one = await estimateReachParallel(graph, seeds, options, { threads: 1 });
    const two = await estimateReachParallel(graph, seeds, options, { threads: 2 });
    assert.equal(two.threads, 2);
    assert.equal(two.runs, one.runs);
    assert.deepEqual(two.counted, one.counted);
    assert.deepEqual(two.groups, one.groups);
    assert.equal(two.edgeVisits, one.edgeVisits);
  });

  it('runs exactly the cap when asked for fixed runs, or when the goal is never met', async () => {
    const fixed = await estimateReachParallel(graph, seeds, { ...options, runs: 3_000 }, { threads: 1, precision: null });
    assert.equal(fixed.runs, 3_000);
    const strict = await estimateReachParallel(graph, seeds, { ...options, runs: 3_000 }, { threads: 2, precision: { relative: 0.0001, absolute: 0.001, minRuns: 1_000 } });
    assert.equal(strict.runs, 3_000);
    assert.deepEqual(strict.counted, fixed.counted);
  });
});
