// Breadth-first hop distances over the CSR graph: "who is within 2 hops of me", "how far is each person from the company".
//
// The same algorithm as graphology's `shortest-path/unweighted.js` singleSourceLength, over typed arrays: an Int32Array
// queue doubles as the visit order, so no per-node allocation happens.
import type { CsrGraph } from './csr-graph.ts';
import { ReferableError } from '../errors.ts';

/** Adjacency only: what a BFS needs, so it can run on a graph or on its transpose. */
interface Adjacency {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
}

function checkNode(graph: CsrGraph, node: number, role: string): void {
  if (!(Number.isInteger(node) && node >= 0 && node < graph.nodeCount)) {
    throw new ReferableError('INVALID_INPUT', `${role} ${node} is not a node of the graph (0..${graph.nodeCount - 1})`);
  }
}

/** Multi-source BFS filling `distances` (pre-filled with -1); returns the visit order and how much of it is used. */
function breadthFirst(graph: Adjacency, sources: ArrayLike<number>, maxDepth: number, distances: Int32Array): { order: Int32Array; size: number } {
  const { offsets, targets } = graph;
  const order = new Int32Array(graph.nodeCount);
  let tail = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (distances[s] === -1) {
      distances[s] = 0;
      order[tail++] = s;
    }
  }
  let head = 0;
  while (head < tail) {
    const u = order[head++];
    const next = distances[u] + 1;
    // Nodes at the depth limit are recorded but not expanded.
    if (next > maxDepth) continue;
    for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
      const w = targets[e];
      if (distances[w] !== -1) continue;
      distances[w] = next;
      order[tail++] = w;
    }
  }
  return { order, size: tail };
}

/** Hop distance from `source` to every node; -1 for nodes not reachable within `maxDepth` hops. */
export function bfsDistances(graph: CsrGraph, source: number, maxDepth = Infinity): Int32Array {
  checkNode(graph, source, 'source');
  const distances = new Int32Array(graph.nodeCount).fill(-1);
  breadthFirst(graph, [source], maxDepth, distances);
  return distances;
}

/**
 * The nodes at 1..hops hops from `source`, nearest first (BFS order; within a distance, by discovery through rows
 * sorted by node id). The source itself is not included: "people within 2 hops of me" does not list me.
 */
export function withinHops(graph: CsrGraph, source: number, hops: number): Int32Array {
  checkNode(graph, source, 'source');
  const distances = new Int32Array(graph.nodeCount).fill(-1);
  const { order, size } = breadthFirst(graph, [source], hops, distances);
  return order.slice(1, size);
}

/** The edges reversed (adjacency only), by one counting sort: O(V + E). */
function transpose(graph: CsrGraph): Adjacency {
  const { nodeCount, offsets, targets } = graph;
  const reversedOffsets = new Int32Array(nodeCount + 1);
  const edges = offsets[nodeCount];
  for (let e = 0; e < edges; e++) reversedOffsets[targets[e] + 1]++;
  for (let v = 0; v < nodeCount; v++) reversedOffsets[v + 1] += reversedOffsets[v];
  const cursor = reversedOffsets.slice(0, nodeCount);
  const reversedTargets = new Int32Array(edges);
  for (let u = 0; u < nodeCount; u++) {
    for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) reversedTargets[cursor[targets[e]]++] = u;
  }
  return { nodeCount, offsets: reversedOffsets, targets: reversedTargets };
}

/**
 * Hop distance from every node to the nearest of `targets` (following edges forwards), -1 beyond `maxDepth`.
 * A BFS from the targets over reversed edges; symmetric graphs are their own reverse, others are transposed first.
 */
export function distancesTo(graph: CsrGraph, targets: ArrayLike<number>, maxDepth = Infinity): Int32Array {
  for (let i = 0; i < targets.length; i++) checkNode(graph, targets[i], 'target');
  const distances = new Int32Array(graph.nodeCount).fill(-1);
  breadthFirst(graph.symmetric === true ? graph : transpose(graph), targets, maxDepth, distances);
  return distances;
}

/**
 * A lower bound on every node's hop distance to the nearest target, for pruning searches (an admissible A* heuristic):
 * a BFS backwards from the targets that expands whole levels only while the edges it scans stay within `edgeBudget`.
 * Nodes it labelled get their exact distance; the others get one more than the deepest level known to be complete
 * (or `unreachable` when the BFS ran out of nodes, i.e. no target can be reached from them at all).
 * Needs a symmetric graph: walking backwards must be walking forwards.
 */
export function targetDistanceBound(graph: CsrGraph, targets: ArrayLike<number>, maxDepth: number, edgeBudget: number, unreachable: number): Int32Array {
  if (graph.symmetric !== true) throw new ReferableError('INVALID_INPUT', 'targetDistanceBound needs a symmetric graph');
  const { nodeCount, offsets } = graph;
  const bound = new Int32Array(nodeCount).fill(-1);
  const order = new Int32Array(nodeCount);
  let tail = 0;
  for (let i = 0; i < targets.length; i++) {
    if (bound[targets[i]] === -1) {
      bound[targets[i]] = 0;
      order[tail++] = targets[i];
    }
  }
  let levelStart = 0;
  let depth = 0; // every node at distance <= depth is labelled
  let spent = 0;
  let exhausted = false;
  for (;;) {
    const levelEnd = tail;
    if (levelStart === levelEnd) {
      exhausted = true;
      break;
    }
    if (depth >= maxDepth) break;
    let cost = 0;
    for (let i = levelStart; i < levelEnd; i++) cost += offsets[order[i] + 1] - offsets[order[i]];
    if (spent + cost > edgeBudget) break;
    spent += cost;
    for (let i = levelStart; i < levelEnd; i++) {
      const u = order[i];
      for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
        const w = graph.targets[e];
        if (bound[w] === -1) {
          bound[w] = depth + 1;
          order[tail++] = w;
        }
      }
    }
    levelStart = levelEnd;
    depth++;
  }
  const unknown = exhausted ? unreachable : depth + 1;
  for (let v = 0; v < nodeCount; v++) if (bound[v] === -1) bound[v] = unknown;
  return bound;
}
