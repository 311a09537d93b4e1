// Tests for warm-intro paths: exact answers on a hand-made network, brute-force agreement, and graphology's Dijkstra.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Graph from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { buildCsrGraph, findEdge, toEdgeList, withExtraEdges, type CsrGraph, type EdgeList } from './csr-graph.ts';
import { topPaths, type IntroPath } from './top-paths.ts';
import { randomEdges } from './random-graph.ts';
import { ReferableError } from '../errors.ts';

function edges(list: [number, number, number][]): EdgeList {
  return { from: Int32Array.from(list, (e) => e[0]), to: Int32Array.from(list, (e) => e[1]), probability: Float32Array.from(list, (e) => e[2]) };
}

// Me (0); friends 1..4; targets at the company: 5, 6, 7.
const network = buildCsrGraph(8, edges([
  [0, 1, 0.9], [1, 5, 0.8], // 0-1-5: 0.72
  [0, 2, 0.5], [2, 5, 0.4], // 0-2-5: 0.2 (and 0-1-5-2-6: 0.2016 < 0.35)
  [0, 6, 0.3], [2, 6, 0.7], // 0-6: 0.3, 0-2-6: 0.35
  [1, 3, 1], [3, 4, 1], [4, 7, 1], // 0-1-3-4-7: 0.9 in 4 hops
  [2, 7, 0.2], [2, 4, 0.5], // 0-2-7: 0.1; 0-2-4-7: 0.25 in 3 hops
]));
const company = Uint8Array.from([0, 0, 0, 0, 0, 1, 1, 1]);

function summary(paths: IntroPath[]): [string, number][] {
  return paths.map((path) => [path.nodes.join('-'), Math.round(path.probability * 1e6) / 1e6]);
}

test('the most probable path to each person at the company, best first', () => {
  assert.deepEqual(summary(topPaths(network, 0, company)), [['0-1-3-4-7', 0.9], ['0-1-5', 0.72], ['0-2-6', 0.35]]);
  assert.deepEqual(summary(topPaths(network, 0, company, { k: 2 })), [['0-1-3-4-7', 0.9], ['0-1-5', 0.72]]);
});

test('a hop limit keeps a less probable but shorter route alive (0-2-4-7 beats 0-2-7)', () => {
  assert.deepEqual(summary(topPaths(network, 0, company, { maxHops: 3 })), [['0-1-5', 0.72], ['0-2-6', 0.35], ['0-2-4-7', 0.25]]);
  assert.deepEqual(summary(topPaths(network, 0, company, { maxHops: 1 })), [['0-6', 0.3]]);
});

test('allowedIntermediates keeps people out of the middle of paths', () => {
  const allowed = Uint8Array.from([1, 0, 1, 1, 1, 1, 1, 1]); // do not route through 1
  assert.deepEqual(summary(topPaths(network, 0, company, { allowedIntermediates: allowed })), [['0-2-6', 0.35], ['0-2-4-7', 0.25], ['0-2-5', 0.2]]);
});

test('targets can introduce their colleagues; the source is never a result; predicates work like masks', () => {
  const withColleague = withExtraEdges(network, edges([[5, 6, 1]]), { undirected: false });
  assert.deepEqual(summary(topPaths(withColleague, 0, company, { k: 3, maxHops: 3 })), [['0-1-5', 0.72], ['0-1-5-6', 0.72], ['0-2-4-7', 0.25]]);
  assert.deepEqual(summary(topPaths(network, 5, (node) => node === 5 || node === 0, { k: 5 })), [['5-1-0', 0.72]]);
});

test('ties are broken by node id, and each hop names its edge', () => {
  const star = buildCsrGraph(6, edges([[0, 4, 0.5], [0, 2, 0.5], [0, 3, 0.5], [0, 1, 0.5], [0, 5, 0.25]]));
  assert.deepEqual(summary(topPaths(star, 0, () => true, { k: 2 })), [['0-1', 0.5], ['0-2', 0.5]]);
  const [path] = topPaths(network, 0, company, { k: 1 });
  assert.deepEqual(path.edges, [findEdge(network, 0, 1), findEdge(network, 1, 3), findEdge(network, 3, 4), findEdge(network, 4, 7)]);
});

test('bad options are invalid input', () => {
  assert.throws(() => topPaths(network, 8, company), ReferableError);
  assert.throws(() => topPaths(network, 0, company, { k: 0 }), ReferableError);
  assert.throws(() => topPaths(network, 0, company, { maxHops: 0 }), ReferableError);
  assert.throws(() => topPaths(network, 0, new Uint8Array(3)), ReferableError);
});

/** Every simple path up to maxHops by depth-first search: the best per target, then the k best targets. */
function bruteForce(graph: CsrGraph, source: number, mask: Uint8Array, k: number, maxHops: number, allowed?: Uint8Array): [number, number][] {
  const best = new Map<number, number>();
  const onPath = new Uint8Array(graph.nodeCount);
  const walk = (v: number, p: number, hops: number): void => {
    if (v !== source && mask[v] === 1 && p > (best.get(v) ?? -1)) best.set(v, p);
    if (hops === maxHops || (v !== source && allowed !== undefined && allowed[v] === 0)) return;
    onPath[v] = 1;
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const w = graph.targets[e];
      if (onPath[w] === 0) walk(w, p * graph.probabilities[e], hops + 1);
    }
    onPath[v] = 0;
  };
  walk(source, 1, 0);
  return [...best].map(([node, p]): [number, number] => [node, p]).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
}

test('agrees with brute-force enumeration; paths use real edges and their probability is the product (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 30 }), fc.integer(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.boolean(),
      (nodes, count, seed, k, maxHops, restrict) => {
        // Coarse probabilities make equal-probability ties common, so tie-breaking is exercised too.
        const list = randomEdges(nodes, count, seed, { minProbability: 0.2, maxProbability: 1 });
        for (let i = 0; i < count; i++) list.probability[i] = Math.ceil(list.probability[i] * 4) / 4;
        const graph = buildCsrGraph(nodes, list, { undirected: seed % 2 === 0 });
        const mask = Uint8Array.from({ length: nodes }, (_, v) => ((seed >>> v) & 1));
        const allowed = restrict ? Uint8Array.from({ length: nodes }, (_, v) => ((seed >>> (v + 9)) & 1)) : undefined;
        const paths = topPaths(graph, 0, mask, { k, maxHops, allowedIntermediates: allowed });
        const expected = bruteForce(graph, 0, mask, k, maxHops, allowed);
        assert.deepEqual(paths.map((path): [number, number] => [path.nodes[path.nodes.length - 1], path.probability]), expected);
        // Pruning by distance to the targets (full, partial after a few edges, or none) never changes the answer.
        for (const boundBudget of [0, 3, 12]) {
          const pruned = topPaths(graph, 0, mask, { k, maxHops, allowedIntermediates: allowed, boundBudget });
          assert.deepEqual(pruned.map((path): [number, number] => [path.nodes[path.nodes.length - 1], path.probability]), expected);
        }
        for (const path of paths) {
          assert.equal(path.nodes[0], 0);
          assert.equal(new Set(path.nodes).size, path.nodes.length, 'simple path');
          assert.ok(path.edges.length <= maxHops && path.edges.length === path.nodes.length - 1);
          let product = 1;
          path.edges.forEach((edge, i) => {
            assert.equal(edge, findEdge(graph, path.nodes[i], path.nodes[i + 1]));
            product *= graph.probabilities[edge];
            if (i > 0 && allowed) assert.equal(allowed[path.nodes[i]], 1);
          });
          assert.equal(path.probability, product);
        }
      },
    ),
    { seed: 3, numRuns: 500 },
  );
});

test("the most probable path's probability is exp(−distance) of graphology's Dijkstra on −log p (2,000 nodes)", () => {
  const nodeCount = 2000;
  const graph = buildCsrGraph(nodeCount, randomEdges(nodeCount, 8000, 42, { minProbability: 0.05, maxProbability: 1 }), { undirected: false });
  const reference = new Graph({ type: 'directed' });
  for (let v = 0; v < nodeCount; v++) reference.addNode(String(v));
  const list = toEdgeList(graph);
  for (let i = 0; i < list.from.length; i++) reference.addEdge(String(list.from[i]), String(list.to[i]), { weight: -Math.log(list.probability[i]) });
  let compared = 0;
  for (const source of [0, 1, 2]) {
    const paths = dijkstra.singleSource(reference, String(source), 'weight');
    for (let target = 3; target < nodeCount; target += 37) {
      const path = paths[String(target)];
      const ours = topPaths(graph, source, (node) => node === target, { k: 1, maxHops: Infinity });
      if (path === undefined) {
        assert.deepEqual(ours, []);
        continue;
      }
      let distance = 0;
      for (let i = 0; i + 1 < path.length; i++) distance += reference.getEdgeAttribute(reference.edge(path[i], path[i + 1]), 'weight');
      assert.equal(ours.length, 1);
      assert.ok(Math.abs(ours[0].probability - Math.exp(-distance)) <= 1e-12 * Math.exp(-distance), `${source} -> ${target}`);
      compared++;
    }
  }
  assert.ok(compared > 100, `only ${compared} reachable pairs were compared`);
});
