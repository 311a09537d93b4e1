// The parts the evidence run's numbers rest on: the tie graph's reverse edges, mutual connections, duplicate ties,
// Wilson and bootstrap intervals, and the Granovetter likelihood the calibration maximises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random/seeded-random.ts';
import { bootstrapWorlds, wilsonInterval } from './bootstrap.ts';
import { bestModel, granovetterFit, granovetterLogLikelihood } from './calibration.ts';
import { generateJobWorld, type TieList } from './job-world.ts';
import { mutualBin, mutualBinLabel, mutualConnections } from './mutual-connections.ts';
import { buildTieGraph } from './tie-graph.ts';

// A square 0-1-2-3 with the diagonal 0-2, and a loose pair 4-5.
const ties: TieList = {
  a: Int32Array.from([0, 1, 2, 0, 0, 4]),
  b: Int32Array.from([1, 2, 3, 3, 2, 5]),
  focus: new Uint8Array(6),
  band: new Uint8Array(6),
};

test('every directed edge knows its tie and its way back, rows sorted by target', () => {
  const graph = buildTieGraph(6, ties);
  assert.deepEqual(Array.from(graph.targets.subarray(graph.offsets[0], graph.offsets[1])), [1, 2, 3]);
  for (let u = 0; u < 6; u++) {
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
      const back = graph.reverse[e];
      assert.equal(graph.targets[back], u);
      assert.equal(graph.tieOf[back], graph.tieOf[e]);
      const t = graph.tieOf[e];
      assert.deepEqual([ties.a[t], ties.b[t]].sort(), [u, graph.targets[e]].sort());
    }
  }
});

test('mutual connections count the people both ends know', () => {
  const mutual = mutualConnections(buildTieGraph(6, ties), 6);
  // 0-1 share 2; 1-2 share 0; 2-3 share 0; 0-3 share 2; 0-2 share 1 and 3; 4-5 share nobody.
  assert.deepEqual(Array.from(mutual), [1, 1, 1, 1, 2, 0]);
  assert.deepEqual([0, 1, 2, 3, 5, 6, 10, 11, 20, 21, 41, 300].map(mutualBin), [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6]);
  assert.deepEqual([0, 1, 2, 6].map(mutualBinLabel), ['0', '1–2', '3–5', '41+']);
});

test('two foci giving the same pair leave one tie, with the more frequent contact', () => {
  const world = generateJobWorld(createRandom(3), Array.from({ length: 6 }, () => ({ size: 2 })), { people: 200 });
  const pairs = new Set<number>();
  for (let t = 0; t < world.ties.a.length; t++) {
    assert.ok(world.ties.a[t] < world.ties.b[t]);
    const key = world.ties.a[t] * 200 + world.ties.b[t];
    assert.ok(!pairs.has(key), 'no pair twice');
    pairs.add(key);
  }
  // Teammates see each other every working day, whatever else they are to each other.
  const team = Array.from(world.teamMembers.subarray(world.teamOffsets[0], world.teamOffsets[1]));
  for (let t = 0; t < world.ties.a.length; t++) {
    if (team.includes(world.ties.a[t]) && team.includes(world.ties.b[t])) assert.equal(world.ties.band[t], 0);
  }
});

test("Wilson's interval for Granovetter's 9 of 54 answers is 9.0% to 28.7%", () => {
  const interval = wilsonInterval(9, 54);
  assert.equal(Math.round(interval.low * 1000) / 10, 9);
  assert.equal(Math.round(interval.high * 1000) / 10, 28.7);
});

test('the bootstrap over worlds is exact when every world agrees, and wider when they differ', () => {
  const same = [{ hits: 3, n: 10 }, { hits: 3, n: 10 }, { hits: 3, n: 10 }];
  const exact = bootstrapWorlds(same, { share: (s) => s.hits / s.n }, createRandom(1), { replicates: 200 });
  assert.deepEqual(exact.share, { value: 0.3, low: 0.3, high: 0.3 });
  const mixed = [{ hits: 1, n: 10 }, { hits: 5, n: 10 }, { hits: 3, n: 10 }];
  const spread = bootstrapWorlds(mixed, { share: (s) => s.hits / s.n }, createRandom(1), { replicates: 400 });
  assert.equal(spread.share.value, 0.3);
  assert.ok(spread.share.low < 0.25 && spread.share.high > 0.35, JSON.stringify(spread.share));
});

test("the calibration prefers the model whose shares match Granovetter's table", () => {
  const exact = [167, 556, 278];
  assert.ok(granovetterLogLikelihood(exact) > granovetterLogLikelihood([300, 400, 300]));
  assert.ok(granovetterFit([9 / 54, 30 / 54, 15 / 54]).p > 0.999);
  assert.ok(granovetterFit([0.08, 0.38, 0.54]).p < 0.001);
  const models = [1, 2, 3].map((min) => ({ min, max: 0.6, exponent: 1, redundancyHalf: 0 }));
  assert.equal(bestModel(models, [[300, 400, 300], exact, [100, 100, 800]]).model.min, 2);
});
