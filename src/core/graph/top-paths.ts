// Warm-intro paths: the k most probable simple paths from one person to a set of target people, one path per target.
//
// Best-first label-setting search — Dijkstra (1959) on path probability. A path's probability is the product of its
// edges' pass probabilities, all in (0, 1], so it never grows as a path is extended: that monotonicity is all Dijkstra
// needs, and ordering by probability is the same as Dijkstra on −log p without computing logs. The hop limit turns it
// into a resource-constrained shortest path (Desrochers & Soumis, "A generalized permanent labelling algorithm for the
// shortest path problem with time windows", INFOR 1988): a label is (node, hops, probability), and a label is dropped
// when another label at the same node has both at least its probability and at most its hops. Each node is therefore
// expanded at most maxHops + 1 times. Targets are popped in decreasing probability, so the search stops as soon as the
// k-th target is known — typically after a few thousand labels even on a 2M-edge graph.
//
// When the targets are far or unreachable (a "white space" company), plain best-first search would explore the whole
// maxHops ball before giving up. On symmetric graphs it therefore first runs a small BFS backwards from the targets
// (at most `boundBudget` edges, whole levels only) giving each node a lower bound on its hops to a target, and drops
// labels that cannot reach a target within the hops left — A* pruning with an admissible hop heuristic (Hart, Nilsson
// & Raphael, 1968). It never changes the answer, only how much of the graph is explored.
//
// Semantics (decided here, documented for callers):
// - at most one path per end node, so top-5 names five different people; the path to each is its most probable one;
// - paths are simple: a label that comes back to a node on its own path has no more probability and more hops than
//   that node's earlier label, so it is dominated and never created;
// - the source is never a result; targets may also be intermediates (a colleague can introduce you at their company)
//   unless `allowedIntermediates` excludes them;
// - results are sorted by probability descending, ties (equal float64 products) by end node id ascending. Between two
//   equally probable paths to the same person, the one found first in the deterministic search order is returned.
import type { CsrGraph } from './csr-graph.ts';
import { MinHeap } from './heap.ts';
import { targetDistanceBound } from './bfs.ts';
import { ReferableError } from '../errors.ts';

export interface TopPathsOptions {
  /** How many paths (and so how many distinct people) to return. */
  k?: number;
  /** Longest path in hops, 1..32, or Infinity for no limit. A 3-hop intro is already a long chain of favours. */
  maxHops?: number;
  /** Nodes allowed in the middle of a path (1 = allowed); default all. Endpoints are never restricted by it. */
  allowedIntermediates?: Uint8Array;
  /** Edges the backwards BFS from the targets may scan to bound hops-to-target (0: no pruning). A tuning knob. */
  boundBudget?: number;
}

// boundBudget: measured on 130k nodes / 2M edges with a 30,000-tie source, 50k edges (well under 1 ms of BFS) turns a
// hopeless 4-hop search (company unreachable) from ~105 ms into ~1 ms and a sparse company (20 people) from ~32 ms into
// ~17 ms, while adding about 1 ms to quick searches; larger budgets mostly add BFS time.
export const TOP_PATHS_DEFAULTS = { k: 5, maxHops: 4, boundBudget: 50_000 } as const;

/** The longest finite hop limit; beyond it the per-hop bookkeeping is not worth it and Infinity should be used. */
const MAX_FINITE_HOPS = 32;

export interface IntroPath {
  /** Product of the edges' pass probabilities. */
  probability: number;
  /** Node ids from the source to the target. */
  nodes: number[];
  /** Edge indexes of each hop (nodes[i] -> nodes[i+1] is edges[i]), so each hop can be explained by its kind and strength. */
  edges: number[];
}

/** Which nodes are targets: a predicate, or a mask with 1 for targets. */
export type TargetTest = ((node: number) => boolean) | Uint8Array;

/** Growable struct-of-arrays storage of search labels; a label's id is its slot. */
class Labels {
  node = new Int32Array(1024);
  parent = new Int32Array(1024);
  edge = new Int32Array(1024);
  hops = new Int32Array(1024);
  probability = new Float64Array(1024);
  size = 0;

  add(node: number, parent: number, edge: number, hops: number, probability: number): number {
    if (this.size === this.node.length) this.grow();
    const id = this.size++;
    this.node[id] = node;
    this.parent[id] = parent;
    this.edge[id] = edge;
    this.hops[id] = hops;
    this.probability[id] = probability;
    return id;
  }

  path(id: number): IntroPath {
    const nodes: number[] = [];
    const edges: number[] = [];
    const probability = this.probability[id];
    for (let at = id; at !== -1; at = this.parent[at]) {
      nodes.push(this.node[at]);
      if (this.edge[at] !== -1) edges.push(this.edge[at]);
    }
    return { probability, nodes: nodes.reverse(), edges: edges.reverse() };
  }

  private grow(): void {
    const size = this.node.length * 2;
    const node = new Int32Array(size);
    const parent = new Int32Array(size);
    const edge = new Int32Array(size);
    const hops = new Int32Array(size);
    const probability = new Float64Array(size);
    node.set(this.node);
    parent.set(this.parent);
    edge.set(this.edge);
    hops.set(this.hops);
    probability.set(this.probability);
    this.node = node;
    this.parent = parent;
    this.edge = edge;
    this.hops = hops;
    this.probability = probability;
  }
}

function invalid(message: string): ReferableError {
  return new ReferableError('INVALID_INPUT', message);
}

/**
 * The k most probable warm-intro paths from `source` to target people, at most one per target, within `maxHops`.
 * See the file header for the exact semantics.
 */
export function topPaths(graph: CsrGraph, source: number, isTarget: TargetTest, options: TopPathsOptions = {}): IntroPath[] {
  const k = options.k ?? TOP_PATHS_DEFAULTS.k;
  const maxHops = options.maxHops ?? TOP_PATHS_DEFAULTS.maxHops;
  const allowed = options.allowedIntermediates;
  const { nodeCount, offsets, targets, probabilities } = graph;
  if (!(Number.isInteger(source) && source >= 0 && source < nodeCount)) throw invalid(`source ${source} is not a node of the graph`);
  if (!(Number.isInteger(k) && k >= 1)) throw invalid(`k must be a positive integer, got ${k}`);
  const boundBudget = options.boundBudget ?? TOP_PATHS_DEFAULTS.boundBudget;
  if (!(boundBudget >= 0)) throw invalid('boundBudget must be ≥ 0');
  if (!(maxHops === Infinity || (Number.isInteger(maxHops) && maxHops >= 1 && maxHops <= MAX_FINITE_HOPS))) {
    throw invalid(`maxHops must be an integer in 1..${MAX_FINITE_HOPS} or Infinity, got ${maxHops}`);
  }
  if (isTarget instanceof Uint8Array && isTarget.length < nodeCount) throw invalid('the target mask is shorter than the node count');
  if (allowed !== undefined && allowed.length < nodeCount) throw invalid('allowedIntermediates is shorter than the node count');
  const mask = isTarget instanceof Uint8Array ? isTarget : undefined;
  const predicate = isTarget instanceof Uint8Array ? undefined : isTarget;
  const target = (node: number): boolean => (mask !== undefined ? mask[node] !== 0 : predicate !== undefined && predicate(node));

  // With no effective hop limit a label's hop count never matters: one dominance slot per node, one expansion per node.
  const unconstrained = maxHops >= nodeCount - 1;
  const slots = unconstrained ? 1 : maxHops + 1;
  // best[w * slots + s]: highest probability of any label pushed at w with at most s hops (non-decreasing in s).
  const best = new Float64Array(nodeCount * slots);
  // The fewest hop slot with which each node has been expanded; NONE until its first (most probable) label is popped.
  const NONE = 0x7fffffff;
  const expandedAt = new Int32Array(nodeCount).fill(NONE);
  const labels = new Labels();
  const heap = new MinHeap(1024);
  const found: number[] = [];
  // Without a hop limit a simple path still has at most nodeCount - 1 hops.
  const hopLimit = unconstrained ? nodeCount : maxHops;
  // toTarget[v] ≤ the hops from v to the nearest target; a node with toTarget[v] > hops left is not worth a label.
  let toTarget: Int32Array | undefined;
  if (graph.symmetric === true && boundBudget > 0) {
    const targetList: number[] = [];
    for (let node = 0; node < nodeCount; node++) if (node !== source && target(node)) targetList.push(node);
    toTarget = targetDistanceBound(graph, targetList, hopLimit - 1, boundBudget, NONE);
  }

  best.fill(1, source * slots, source * slots + slots);
  heap.push(-1, labels.add(source, -1, -1, 0, 1));
  while (heap.size > 0) {
    // Keys are −probability. Stop once the next label is strictly less probable than the k-th target found; labels of
    // equal probability are still popped so ties at the cut are settled by node id, not by search order.
    if (found.length >= k && -heap.peekKey() < labels.probability[found[k - 1]]) break;
    const label = heap.pop();
    const v = labels.node[label];
    const hops = labels.hops[label];
    const slot = unconstrained ? 0 : hops;
    if (slot >= expandedAt[v]) continue; // dominated: v was expanded with a more probable label and no more hops
    const first = expandedAt[v] === NONE;
    expandedAt[v] = slot;
    if (first && v !== source && target(v)) found.push(label);
    if (v !== source && allowed !== undefined && allowed[v] === 0) continue;
    if (hops >= maxHops) continue;
    const nextHops = hops + 1;
    const nextSlot = unconstrained ? 0 : nextHops;
    const lastHop = nextHops === maxHops;
    const p = labels.probability[label];
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const w = targets[e];
      if (w === source) continue;
      // A node reached on the last hop, or one that may not be an intermediate, is only useful as a target.
      if ((lastHop || (allowed !== undefined && allowed[w] === 0)) && !target(w)) continue;
      if (toTarget !== undefined && toTarget[w] > hopLimit - nextHops) continue;
      const q = p * probabilities[e];
      const row = w * slots;
      if (best[row + nextSlot] >= q) continue;
      for (let s = nextSlot; s < slots && best[row + s] < q; s++) best[row + s] = q;
      heap.push(-q, labels.add(w, label, e, nextHops, q));
    }
  }
  const paths = found.map((id) => labels.path(id));
  paths.sort((a, b) => b.probability - a.probability || a.nodes[a.nodes.length - 1] - b.nodes[b.nodes.length - 1]);
  return paths.slice(0, k);
}
