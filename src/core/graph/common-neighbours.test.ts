// Common neighbours per edge, checked against counts made by hand on small graphs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReferableError } from '../errors.ts';
import { commonNeighbourCounts } from './common-neighbours.ts';
import { buildCsrGraph, findEdge, type CsrGraph } from './csr-graph.ts';

function graphOf(nodeCount: number, edges: [number, number, number?][], undirected = true): CsrGraph {
  return buildCsrGraph(nodeCount, {
    from: Int32Array.from(edges.map(([a]) => a)),
    to: Int32Array.from(edges.map(([, b]) => b)),
    probability: new Float32Array(edges.length).fill(0.5),
    kind: Uint8Array.from(edges.map(([, , k]) => k ?? 0)),
  }, { undirected });
}

const countOf = (graph: CsrGraph, counts: Uint16Array, a: number, b: number) => counts[findEdge(graph, a, b)];

describe('commonNeighbourCounts', () => {
  it('counts the people both ends are tied to, the same in both directions', () => {
    // A square 0-1-2-3 with the diagonal 0-2, and a loose pair 4-5.
    const graph = graphOf(6, [[0, 1], [1, 2], [2, 3], [0, 3], [0, 2], [4, 5]]);
    const counts = commonNeighbourCounts(graph);
    // 0-1 share 2; 1-2 share 0; 2-3 share 0; 0-3 share 2; 0-2 share 1 and 3; 4-5 share nobody.
    const expected: [number, number, number][] = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 1], [0, 2, 2], [4, 5, 0]];
    for (const [a, b, m] of expected) {
      assert.equal(countOf(graph, counts, a, b), m, `${a}-${b}`);
      assert.equal(countOf(graph, counts, b, a), m, `${b}-${a}`);
    }
  });

  it('handles a hub: me tied to everyone, a teammate who knows three of my contacts', () => {
    // 0 = me, 1 = teammate, 2..6 my contacts; the teammate knows 2, 3 and 4; 5 and 6 know each other.
    const graph = graphOf(7, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [1, 2], [1, 3], [1, 4], [5, 6]]);
    const counts = commonNeighbourCounts(graph);
    assert.equal(countOf(graph, counts, 0, 1), 3, 'me and my teammate share 2, 3 and 4');
    assert.equal(countOf(graph, counts, 0, 2), 1, 'me and 2 share the teammate');
    assert.equal(countOf(graph, counts, 0, 5), 1, 'me and 5 share 6');
    assert.equal(countOf(graph, counts, 1, 2), 1, 'the teammate and 2 share me');
    assert.equal(countOf(graph, counts, 5, 6), 1);
  });

  it('leaves edges of uncounted kinds out of the shared neighbours, but still counts for them', () => {
    // 0 = me tied to 1, 2, 3 (kind 0); 1, 2, 3 inferred coworkers of each other (kind 3).
    const graph = graphOf(4, [[0, 1], [0, 2], [0, 3], [1, 2, 3], [1, 3, 3], [2, 3, 3]]);
    const all = commonNeighbourCounts(graph);
    assert.equal(countOf(graph, all, 0, 1), 2, 'counting coworkers, 2 and 3 are shared');
    const confirmed = commonNeighbourCounts(graph, Uint8Array.from([1, 1, 1, 0]));
    assert.equal(countOf(graph, confirmed, 0, 1), 0, 'only a guess links 1 to 2 and 3');
    assert.equal(countOf(graph, confirmed, 1, 2), 1, 'a coworker edge gets its count: both are my connections');
  });

  it('agrees with a brute-force count on a random graph', () => {
    const n = 40;
    const edges: [number, number][] = [];
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (next() < (a < 3 || b < 3 ? 0.8 : 0.12)) edges.push([a, b]);
    const graph = graphOf(n, edges);
    const counts = commonNeighbourCounts(graph);
    const adjacent = (a: number, b: number) => findEdge(graph, a, b) >= 0;
    for (const [a, b] of edges) {
      let shared = 0;
      for (let w = 0; w < n; w++) if (w !== a && w !== b && adjacent(a, w) && adjacent(b, w)) shared++;
      assert.equal(countOf(graph, counts, a, b), shared, `${a}-${b}`);
      assert.equal(countOf(graph, counts, b, a), shared);
    }
  });

  it('refuses a graph not known to be symmetric', () => {
    assert.throws(() => commonNeighbourCounts(graphOf(3, [[0, 1], [1, 2]], false)), (error) => isReferableError(error) && /symmetric/.test(error.message));
  });
});
