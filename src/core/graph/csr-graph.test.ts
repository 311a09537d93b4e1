// Tests for the CSR network: rows sorted, duplicates merged to the strongest tie, self-loops dropped, scenario copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  buildCsrGraph,
  degree,
  edgeCount,
  edgeSource,
  findEdge,
  neighbors,
  toEdgeList,
  withExtraEdges,
  withScaledEdges,
  withUniformProbability,
  type CsrGraph,
  type EdgeList,
} from './csr-graph.ts';
import { randomEdges } from './random-graph.ts';
import { ReferableError } from '../errors.ts';

function edges(list: [number, number, number, number?][]): EdgeList {
  const hasKind = list.some((edge) => edge[3] !== undefined);
  const result: EdgeList = {
    from: Int32Array.from(list, (edge) => edge[0]),
    to: Int32Array.from(list, (edge) => edge[1]),
    probability: Float32Array.from(list, (edge) => edge[2]),
  };
  if (hasKind) result.kind = Uint8Array.from(list, (edge) => edge[3] ?? 0);
  return result;
}

/** Every directed edge as "from>to:p(:kind)", in edge-index order. */
function describe(graph: CsrGraph): string[] {
  const list = toEdgeList(graph);
  return Array.from(list.from, (from, i) => `${from}>${list.to[i]}:${list.probability[i]}` + (list.kind ? `:${list.kind[i]}` : ''));
}

test('an undirected build adds both directions, rows sorted by target', () => {
  const graph = buildCsrGraph(4, edges([[2, 0, 0.5], [0, 1, 0.25], [3, 0, 1]]));
  assert.deepEqual(Array.from(graph.offsets), [0, 3, 4, 5, 6]);
  assert.deepEqual(describe(graph), ['0>1:0.25', '0>2:0.5', '0>3:1', '1>0:0.25', '2>0:0.5', '3>0:1']);
  assert.deepEqual(Array.from(neighbors(graph, 0)), [1, 2, 3]);
  assert.equal(degree(graph, 0), 3);
  assert.equal(edgeCount(graph), 6);
  assert.equal(graph.kinds, undefined);
});

test('duplicates keep the highest probability and its kind; self-loops are dropped', () => {
  const graph = buildCsrGraph(3, edges([[0, 1, 0.25, 1], [1, 0, 0.75, 2], [0, 1, 0.5, 3], [2, 2, 1, 4], [0, 1, 0.75, 5]]));
  // 0->1 and 1->0 both get 0.75 (first in input order among equals: the reverse of edge 1, kind 2).
  assert.deepEqual(describe(graph), ['0>1:0.75:2', '1>0:0.75:2']);
  assert.equal(degree(graph, 2), 0);
});

test('a directed build keeps only the given directions', () => {
  const graph = buildCsrGraph(3, edges([[0, 1, 0.5], [1, 2, 0.5], [0, 1, 0.75]]), { undirected: false });
  assert.deepEqual(describe(graph), ['0>1:0.75', '1>2:0.5']);
  assert.equal(findEdge(graph, 0, 1), 0);
  assert.equal(findEdge(graph, 1, 0), -1);
  assert.equal(edgeSource(graph, 1), 1);
});

test('long rows (a user with thousands of ties) are sorted and merged too', () => {
  const count = 5000;
  const list: [number, number, number][] = [];
  for (let i = 0; i < count; i++) list.push([0, 1 + ((i * 7919) % 1000), ((Math.floor(i / 1000) % 4) + 1) / 4]);
  const graph = buildCsrGraph(1001, edges(list), { undirected: false });
  assert.deepEqual(Array.from(neighbors(graph, 0)), Array.from({ length: 1000 }, (_, i) => i + 1));
  // Each target appears 5 times with probabilities covering all of 0.25..1: the merge keeps 1.
  assert.ok(Array.from(graph.probabilities).every((p) => p === 1));
  // Equal probabilities: the first in input order wins, also through the long-row sort.
  const kinds: [number, number, number, number][] = [];
  for (let i = 0; i < 300; i++) kinds.push([0, 1 + (i % 100), 0.5, Math.floor(i / 100) + 1]);
  const withKinds = buildCsrGraph(101, edges(kinds.reverse()), { undirected: false });
  assert.deepEqual(Array.from(withKinds.kinds ?? []), new Array(100).fill(3));
});

test('the graph equals the set of distinct pairs with their best probability (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 200 }), fc.integer(), fc.boolean(), (nodes, count, seed, undirected) => {
      const list = randomEdges(nodes, count, seed, { minProbability: 0.1, maxProbability: 1, kinds: 3 });
      const graph = buildCsrGraph(nodes, list, { undirected });
      const best = new Map<string, number>();
      for (let i = 0; i < count; i++) {
        const pairs = undirected ? [[list.from[i], list.to[i]], [list.to[i], list.from[i]]] : [[list.from[i], list.to[i]]];
        for (const [a, b] of pairs) {
          if (a === b) continue;
          const key = `${a}>${b}`;
          best.set(key, Math.max(best.get(key) ?? 0, list.probability[i]));
        }
      }
      assert.equal(edgeCount(graph), best.size);
      for (let u = 0; u < nodes; u++) {
        const row = Array.from(neighbors(graph, u));
        assert.deepEqual(row, [...row].sort((a, b) => a - b));
        for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
          assert.equal(graph.probabilities[e], best.get(`${u}>${graph.targets[e]}`));
          assert.equal(edgeSource(graph, e), u);
          assert.equal(findEdge(graph, u, graph.targets[e]), e);
        }
      }
    }),
    { seed: 11, numRuns: 150 },
  );
});

test('bad input is rejected with INVALID_INPUT', () => {
  const isInvalid = (error: unknown): boolean => error instanceof ReferableError && error.code === 'INVALID_INPUT';
  assert.throws(() => buildCsrGraph(2, edges([[0, 2, 0.5]])), isInvalid);
  assert.throws(() => buildCsrGraph(2, edges([[0, 1, 0]])), isInvalid);
  assert.throws(() => buildCsrGraph(2, edges([[0, 1, 1.5]])), isInvalid);
  assert.throws(() => buildCsrGraph(2, edges([[0, 1, Number.NaN]])), isInvalid);
  assert.throws(() => buildCsrGraph(2, { from: new Int32Array(1), to: new Int32Array(2), probability: new Float32Array(1) }), isInvalid);
  assert.throws(() => buildCsrGraph(-1, edges([])), isInvalid);
});

test('withUniformProbability shares the structure and sets every probability', () => {
  const graph = buildCsrGraph(3, edges([[0, 1, 0.5, 1], [1, 2, 0.25, 2]]));
  const uniform = withUniformProbability(graph, 0.125);
  assert.equal(uniform.targets, graph.targets);
  assert.equal(uniform.offsets, graph.offsets);
  assert.equal(uniform.kinds, graph.kinds);
  assert.deepEqual(Array.from(uniform.probabilities), [0.125, 0.125, 0.125, 0.125]);
  assert.deepEqual(Array.from(graph.probabilities), [0.5, 0.5, 0.25, 0.25], 'the original is untouched');
  assert.throws(() => withUniformProbability(graph, 0), ReferableError);
});

test('withExtraEdges adds ties (and people), keeping the stronger of duplicates', () => {
  const graph = buildCsrGraph(3, edges([[0, 1, 0.5, 1], [1, 2, 0.25, 2]]));
  const grown = withExtraEdges(graph, edges([[0, 2, 0.125], [1, 2, 0.75], [0, 3, 1]]), { nodeCount: 4 });
  assert.equal(grown.nodeCount, 4);
  assert.equal(grown.symmetric, true, 'mutual ties added to a mutual network keep it symmetric');
  assert.deepEqual(describe(grown), ['0>1:0.5:1', '0>2:0.125:0', '0>3:1:0', '1>0:0.5:1', '1>2:0.75:0', '2>0:0.125:0', '2>1:0.75:0', '3>0:1:0']);
  const directed = withExtraEdges(graph, edges([[2, 0, 1]]), { undirected: false });
  assert.deepEqual(describe(directed), ['0>1:0.5:1', '1>0:0.5:1', '1>2:0.25:2', '2>0:1:0', '2>1:0.25:2']);
  assert.equal(directed.symmetric, undefined);
  assert.throws(() => withExtraEdges(graph, edges([[0, 3, 1]])), ReferableError, 'new people need nodeCount');
});

test('withScaledEdges sets the named edges (and optionally their reverses) in a copy', () => {
  const graph = buildCsrGraph(3, edges([[0, 1, 0.5], [1, 2, 0.25]]));
  const edge = findEdge(graph, 1, 2);
  const one = withScaledEdges(graph, [edge], 0.875);
  assert.equal(one.probabilities[edge], 0.875);
  assert.equal(one.probabilities[findEdge(graph, 2, 1)], 0.25);
  assert.equal(one.targets, graph.targets);
  assert.equal(graph.probabilities[edge], 0.25, 'the original is untouched');
  const both = withScaledEdges(graph, new Int32Array([edge]), 0.875, { symmetric: true });
  assert.equal(both.probabilities[findEdge(graph, 2, 1)], 0.875);
  assert.throws(() => withScaledEdges(graph, [99], 0.5), ReferableError);
});
