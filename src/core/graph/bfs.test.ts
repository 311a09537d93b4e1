// Tests for hop distances: exact answers on a hand-made network, and agreement with graphology on random ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Graph from 'graphology';
import { unweighted } from 'graphology-shortest-path';
import { bfsDistances, distancesTo, targetDistanceBound, withinHops } from './bfs.ts';
import { buildCsrGraph, type EdgeList } from './csr-graph.ts';
import { randomEdges } from './random-graph.ts';
import { ReferableError } from '../errors.ts';

// me(0) - ana(1) - bo(2) - cy(3); me - dee(4) - cy; eve(5) is not connected.
const chain: EdgeList = {
  from: Int32Array.from([0, 1, 2, 0, 4]),
  to: Int32Array.from([1, 2, 3, 4, 3]),
  probability: new Float32Array(5).fill(0.5),
};

test('hop distances from me, with -1 for people out of reach', () => {
  const graph = buildCsrGraph(6, chain);
  assert.deepEqual(Array.from(bfsDistances(graph, 0)), [0, 1, 2, 2, 1, -1]);
  assert.deepEqual(Array.from(bfsDistances(graph, 0, 1)), [0, 1, -1, -1, 1, -1]);
  assert.deepEqual(Array.from(bfsDistances(graph, 5)), [-1, -1, -1, -1, -1, 0]);
});

test('withinHops lists people nearest first, without the source', () => {
  const graph = buildCsrGraph(6, chain);
  assert.deepEqual(Array.from(withinHops(graph, 0, 1)), [1, 4]);
  assert.deepEqual(Array.from(withinHops(graph, 0, 2)), [1, 4, 2, 3]);
  assert.deepEqual(Array.from(withinHops(graph, 0, 0)), []);
  assert.throws(() => withinHops(graph, 6, 1), ReferableError);
});

test('directed graphs are followed along out-edges only', () => {
  const graph = buildCsrGraph(6, chain, { undirected: false });
  assert.deepEqual(Array.from(bfsDistances(graph, 3)), [-1, -1, -1, 0, -1, -1]);
  assert.deepEqual(Array.from(bfsDistances(graph, 0)), [0, 1, 2, 2, 1, -1]);
});

function toGraphology(nodeCount: number, list: EdgeList, type: 'directed' | 'undirected'): Graph {
  const graph = new Graph({ type, multi: false, allowSelfLoops: false });
  for (let v = 0; v < nodeCount; v++) graph.addNode(String(v));
  for (let i = 0; i < list.from.length; i++) {
    if (list.from[i] !== list.to[i]) graph.mergeEdge(String(list.from[i]), String(list.to[i]));
  }
  return graph;
}

for (const type of ['directed', 'undirected'] as const) {
  test(`BFS distances equal graphology's unweighted single-source lengths (${type}, 2,000 nodes)`, () => {
    const nodeCount = 2000;
    const list = randomEdges(nodeCount, 3000, type === 'directed' ? 1 : 2);
    const graph = buildCsrGraph(nodeCount, list, { undirected: type === 'undirected' });
    const reference = toGraphology(nodeCount, list, type);
    for (const source of [0, 17, 999, 1999]) {
      const lengths = unweighted.singleSourceLength(reference, String(source));
      const expected = Array.from({ length: nodeCount }, (_, v) => lengths[String(v)] ?? -1);
      assert.deepEqual(Array.from(bfsDistances(graph, source)), expected);
    }
  });
}

test('distances to the nearest target follow edges forwards, on symmetric and directed graphs', () => {
  const undirected = buildCsrGraph(6, chain);
  assert.deepEqual(Array.from(distancesTo(undirected, [3])), [2, 2, 1, 0, 1, -1]);
  assert.deepEqual(Array.from(distancesTo(undirected, [3, 5], 1)), [-1, -1, 1, 0, 1, 0]);
  const directed = buildCsrGraph(6, chain, { undirected: false });
  assert.equal(directed.symmetric, undefined);
  assert.deepEqual(Array.from(distancesTo(directed, [3])), [2, 2, 1, 0, 1, -1]);
  assert.deepEqual(Array.from(distancesTo(directed, [1])), [1, 0, -1, -1, -1, -1]);
});

test('the target-distance bound is exact where the budget reached and a lower bound elsewhere', () => {
  const graph = buildCsrGraph(6, chain);
  const UNREACHABLE = 1000;
  assert.deepEqual(Array.from(targetDistanceBound(graph, [3], 10, 1e9, UNREACHABLE)), [2, 2, 1, 0, 1, UNREACHABLE]);
  // Level 0 (node 3) costs 2 edges, level 1 (2 and 4) costs 4 more: a budget of 5 completes only level 0.
  assert.deepEqual(Array.from(targetDistanceBound(graph, [3], 10, 5, UNREACHABLE)), [2, 2, 1, 0, 1, 2]);
  assert.deepEqual(Array.from(targetDistanceBound(graph, [3], 1, 1e9, UNREACHABLE)), [2, 2, 1, 0, 1, 2]);
  assert.throws(() => targetDistanceBound(buildCsrGraph(6, chain, { undirected: false }), [3], 1, 10, UNREACHABLE), ReferableError);
});

test('distances to several targets on a directed graph match the nearest single-source BFS (2,000 nodes)', () => {
  const nodeCount = 2000;
  const graph = buildCsrGraph(nodeCount, randomEdges(nodeCount, 4000, 4), { undirected: false });
  const targets = [5, 500, 1500];
  const actual = distancesTo(graph, targets);
  // A sample of 200 sources keeps the test quick.
  for (let v = 0; v < 200; v++) {
    const distances = bfsDistances(graph, v);
    const reachable = targets.map((t) => distances[t]).filter((d) => d >= 0);
    assert.equal(actual[v], reachable.length === 0 ? -1 : Math.min(...reachable), `node ${v}`);
  }
  assert.ok(Array.from(actual.subarray(0, 200)).filter((d) => d > 1).length > 20, 'the sample includes far-away people');
});
