// Tests for word-of-mouth Monte Carlo: exact reach when ties always pass, unbiased coins, and thread-independent totals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Graph from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { bfsDistances } from './bfs.ts';
import { buildCsrGraph, edgeCount, toEdgeList, withScaledEdges, withUniformProbability, type EdgeList } from './csr-graph.ts';
import {
  cascadeChunk,
  cascadeOnce,
  combineChunks,
  createCascadeScratch,
  estimateReach,
  type CascadeOptions,
} from './independent-cascade.ts';
import { edgeCoin, runKeys, spreadInWorld } from './cascade-kernel.ts';
import { randomEdges } from './random-graph.ts';
import { createRandom } from '../random/seeded-random.ts';
import { ReferableError } from '../errors.ts';

function edges(list: [number, number, number][]): EdgeList {
  return { from: Int32Array.from(list, (e) => e[0]), to: Int32Array.from(list, (e) => e[1]), probability: Float32Array.from(list, (e) => e[2]) };
}

// Two components: 0-1-2-3 with 1-4, and 5-6.
const sure = buildCsrGraph(7, edges([[0, 1, 1], [1, 2, 1], [2, 3, 1], [1, 4, 1], [5, 6, 1]]));

test('when every tie passes the word, a cascade reaches exactly the reachable people, seeds not counted', () => {
  const estimate = estimateReach(sure, Int32Array.from([0]), { runs: 50 });
  assert.deepEqual(estimate.reached, { mean: 4, low: 4, high: 4, stdErr: 0 });
  assert.equal(estimate.edgeVisits, 50 * 8, 'every out-edge of the 5 informed people, in each run');
  const scratch = createCascadeScratch(7);
  assert.deepEqual(cascadeOnce(sure, Int32Array.from([5, 0, 0]), createRandom(1), scratch), { reached: 5, edgeVisits: 10 });
});

test('in-market counting and distinct groups (e.g. target companies) reached', () => {
  const options: CascadeOptions = {
    runs: 10,
    countMask: Uint8Array.from([1, 0, 1, 1, 0, 1, 1]),
    groupOf: Int32Array.from([0, -1, 1, 1, 2, 3, 3]),
  };
  const estimate = estimateReach(sure, Int32Array.from([0]), options);
  assert.equal(estimate.counted.mean, 2, 'people 2 and 3; the seed 0 is not counted');
  assert.equal(estimate.groups.mean, 2, 'groups 1 and 2; the seed’s own group 0 is not counted');
  assert.throws(() => estimateReach(sure, Int32Array.from([0]), { ...options, groupCount: 3 }), ReferableError);
  assert.throws(() => estimateReach(sure, Int32Array.from([0]), { countMask: new Uint8Array(3) }), ReferableError);
  assert.throws(() => estimateReach(sure, Int32Array.from([7])), ReferableError);
  assert.throws(() => estimateReach(sure, Int32Array.from([0]), { runs: 1 }), ReferableError);
});

test('a single tie with probability 0.5 passes the word half the time (within the 95% interval)', () => {
  const estimate = estimateReach(buildCsrGraph(2, edges([[0, 1, 0.5]])), Int32Array.from([0]), { runs: 10_000, seed: 3 });
  assert.ok(estimate.reached.low <= 0.5 && 0.5 <= estimate.reached.high, JSON.stringify(estimate.reached));
  assert.ok(Math.abs(estimate.reached.stdErr - 0.005) < 0.0002, 'a Bernoulli(0.5) mean over 10,000 runs has standard error 0.005');
});

test('coins are independent across edges: a 1,000-leaf star at p = 0.3 has the binomial mean and spread', () => {
  const leaves = 1000;
  const star = buildCsrGraph(leaves + 1, edges(Array.from({ length: leaves }, (_, i): [number, number, number] => [0, i + 1, 0.3])));
  const runs = 4000;
  const estimate = estimateReach(star, Int32Array.from([0]), { runs, seed: 1 });
  assert.ok(estimate.reached.low <= 300 && 300 <= estimate.reached.high, JSON.stringify(estimate.reached));
  const sd = estimate.reached.stdErr * Math.sqrt(runs);
  const binomialSd = Math.sqrt(leaves * 0.3 * 0.7);
  assert.ok(Math.abs(sd / binomialSd - 1) < 0.05, `run-to-run sd ${sd.toFixed(2)} vs binomial ${binomialSd.toFixed(2)}`);
});

test('cascadeOnce is reproducible from the generator and consumes two draws', () => {
  const graph = buildCsrGraph(200, randomEdges(200, 800, 5, { minProbability: 0.2, maxProbability: 0.6 }));
  const scratch = createCascadeScratch(200);
  const a = createRandom(77);
  const b = createRandom(77);
  for (let i = 0; i < 20; i++) assert.deepEqual(cascadeOnce(graph, Int32Array.from([0]), a, scratch), cascadeOnce(graph, Int32Array.from([0]), b, scratch));
  // After one run, the generator has moved on by exactly two draws (the world's keys).
  const c = createRandom(77);
  cascadeOnce(graph, Int32Array.from([0]), c, scratch);
  const fresh = createRandom(77);
  fresh.uint32();
  fresh.uint32();
  assert.equal(c.uint32(), fresh.uint32());
});

test('visit stamps survive epoch wrap-around', () => {
  const scratch = createCascadeScratch(7);
  scratch.epoch = 0xff - 1;
  for (let i = 0; i < 4; i++) assert.equal(cascadeOnce(sure, Int32Array.from([0]), createRandom(i), scratch).reached, 4);
  assert.ok(scratch.epoch < 10);
});

test('splitting runs into chunks (as worker threads do) gives exactly the same estimate (property)', () => {
  const graph = buildCsrGraph(300, randomEdges(300, 1200, 8, { minProbability: 0.05, maxProbability: 0.5 }));
  const groupOf = Int32Array.from({ length: 300 }, (_, v) => (v % 7 === 0 ? v % 5 : -1));
  const options: CascadeOptions = { seed: 12, countMask: Uint8Array.from({ length: 300 }, (_, v) => v % 2), groupOf };
  const runs = 240;
  const seeds = Int32Array.from([0, 1]);
  const whole = combineChunks([cascadeChunk(graph, seeds, options, 0, runs)], runs);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: runs - 1 }), { maxLength: 8 }), (cuts) => {
      const bounds = [0, ...cuts.sort((x, y) => x - y), runs];
      const chunks = bounds.slice(1).map((to, i) => cascadeChunk(graph, seeds, options, bounds[i], to));
      assert.deepEqual(combineChunks(chunks.reverse(), runs), whole);
    }),
    { seed: 5, numRuns: 30 },
  );
  assert.throws(() => combineChunks([cascadeChunk(graph, seeds, options, 0, 100)], runs), ReferableError);
  assert.throws(() => combineChunks([cascadeChunk(graph, seeds, options, 0, 150), cascadeChunk(graph, seeds, options, 100, runs)], runs), ReferableError);
});

test('a cascade never reaches beyond the BFS-reachable set, and raising a tie never shrinks it (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 200 }), fc.integer(), fc.boolean(), (nodes, count, seed, undirected) => {
      const graph = buildCsrGraph(nodes, randomEdges(nodes, count, seed, { minProbability: 0.05, maxProbability: 1 }), { undirected });
      const seeds = Int32Array.from([0, nodes - 1]);
      const reachable = new Set<number>();
      for (const s of seeds) bfsDistances(graph, s).forEach((d, v) => d >= 0 && reachable.add(v));
      const stronger = withScaledEdges(graph, Int32Array.from({ length: Math.ceil(edgeCount(graph) / 3) }, (_, i) => i * 3), 1);
      const keys = runKeys(seed, 0, 20);
      const scratch = createCascadeScratch(nodes);
      for (let r = 0; r < 20; r++) {
        const informed = new Set(scratch.queue.slice(0, spreadInWorld(graph, seeds, keys[2 * r], keys[2 * r + 1], scratch)));
        for (const v of informed) assert.ok(reachable.has(v));
        const more = new Set(scratch.queue.slice(0, spreadInWorld(stronger, seeds, keys[2 * r], keys[2 * r + 1], scratch)));
        for (const v of informed) assert.ok(more.has(v), 'same world, stronger ties: everyone informed before is informed again');
      }
    }),
    { seed: 21, numRuns: 150 },
  );
});

test("with every p = 1 the mean reach equals graphology's connected-component size minus the seed (2,000 nodes)", () => {
  const nodeCount = 2000;
  const list = randomEdges(nodeCount, 1100, 31);
  const graph = withUniformProbability(buildCsrGraph(nodeCount, list), 1);
  const reference = new Graph({ type: 'undirected' });
  for (let v = 0; v < nodeCount; v++) reference.addNode(String(v));
  const directed = toEdgeList(graph);
  for (let i = 0; i < directed.from.length; i++) reference.mergeEdge(String(directed.from[i]), String(directed.to[i]));
  const sizes = new Set<number>();
  for (const source of [0, 1, 2, 3, 500, 1999]) {
    let component = 0;
    bfsFromNode(reference, String(source), () => {
      component++;
    });
    sizes.add(component);
    const estimate = estimateReach(graph, Int32Array.from([source]), { runs: 20 });
    assert.equal(estimate.reached.mean, component - 1);
    assert.equal(estimate.reached.stdErr, 0);
  }
  assert.ok(sizes.size > 1, 'the sample covers components of different sizes');
});

test('the kernel (integer thresholds, eight coins a step on long rows) informs exactly whom the plain rule coin(e) < p(e)·2³² informs', () => {
  // The rule written out naively, as a reader of the model would: a FIFO, the coin tested in double precision.
  const plain = (graph: ReturnType<typeof buildCsrGraph>, seed: number, key1: number, key2: number): number[] => {
    const informed = new Set<number>([seed]);
    const queue = [seed];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
        if (edgeCoin(e, key1, key2) < graph.probabilities[e] * 4294967296 && !informed.has(graph.targets[e])) {
          informed.add(graph.targets[e]);
          queue.push(graph.targets[e]);
        }
      }
    }
    return queue.slice(1);
  };
  // Probabilities at the edges of the threshold arithmetic: 1, the smallest float32 steps, exact halves, odd ones.
  const special = [1, 2 ** -24, 2 ** -32, 0.5, 0.25, 1 - 2 ** -24, 0.1, 0.3333333];
  const people = 120;
  const random = randomEdges(people, 900, 17, { minProbability: 0.05, maxProbability: 0.6 });
  // Two hubs with rows of every length around the kernel's long-row cut (32) and far beyond, like my own 30,000 ties:
  // hub 0 knows everyone, hub 1 the first 40 people, so live edges fall at every position of an eight-coin step.
  const hubs = [...Array.from({ length: people - 1 }, (_, i) => [0, i + 1]), ...Array.from({ length: 38 }, (_, i) => [1, i + 2])];
  const list: EdgeList = {
    from: Int32Array.from([...random.from, ...hubs.map((pair) => pair[0])]),
    to: Int32Array.from([...random.to, ...hubs.map((pair) => pair[1])]),
    probability: Float32Array.from([...random.probability, ...hubs.map((_, i) => 0.02 + ((i * 37) % 100) / 400)]),
  };
  for (let i = 0; i < list.probability.length; i += 7) list.probability[i] = special[(i / 7) % special.length];
  const graph = buildCsrGraph(people, list);
  const rows = Array.from({ length: people }, (_, u) => graph.offsets[u + 1] - graph.offsets[u]);
  assert.ok(rows.some((length) => length >= 32 && length < 64) && Math.max(...rows) > 100 && rows.some((length) => length < 32));
  const scratch = createCascadeScratch(people);
  const keys = runKeys(3, 0, 300);
  let total = 0;
  for (let r = 0; r < 300; r++) {
    const informed = spreadInWorld(graph, Int32Array.of(r % people), keys[2 * r], keys[2 * r + 1], scratch);
    const expected = plain(graph, r % people, keys[2 * r], keys[2 * r + 1]);
    assert.deepEqual(Array.from(scratch.queue.subarray(1, informed)), expected, `run ${r}: same people in the same order`);
    total += expected.length;
  }
  assert.ok(total > 300 && total < 300 * (people - 1), `cascades neither empty nor everyone (${total} informed in all)`);
});
