// How embedded each edge is: the number of common neighbours of its two ends (Granovetter's "forbidden triad", the m of
// the redundancy term in src/core/ties/pass-probability.ts).
//
// Algorithm (the edge-iterator of triangle counting, oriented by degree: Schank & Wagner, "Finding, counting and
// listing all triangles in large graphs", WEA 2005; Chiba & Nishizeki, SIAM J. Comput. 14(1), 1985): each undirected
// edge u–v is counted once, from its higher-ranked end u (higher degree, ties by id). u's counted neighbours are
// stamped in a marker array once; then v's row is scanned and stamped nodes are counted. No row is merged against the
// user's own 30,000-tie row: that row is stamped once, and each contact's short row is scanned against it.
//
// Work bound: node u costs deg(u) to stamp plus Σ deg(v) over its lower-ranked neighbours v, each at most deg(u); in
// total Σ over edges of min(deg u, deg v) ≤ 2·a(G)·E, a(G) the arboricity (Chiba & Nishizeki), at worst O(E^1.5)
// whatever the hubs. For a 30,000-connection workspace that is the user's row once plus, per contact, its coworker
// clique (≤ 39 by NETWORK_DEFAULTS.coworkerCliqueLimit, 8 in a ring) and its teammates' ties: about E × 40 steps.
// Memory: one Int32 marker per node and one Uint16 count per directed edge.
import { ReferableError } from '../errors.ts';
import type { CsrGraph } from './csr-graph.ts';

/** Counts above this are stored as this (a Uint16 per edge); the redundancy term is ~0 long before. */
export const COMMON_NEIGHBOURS_MAX = 65535;

/**
 * For every directed edge slot e (u → v) of a symmetric graph, the number of nodes w (≠ u, v) tied to both u and v
 * through counted edges; the edge u → v itself counts whatever its kind. `countedKinds[k]` = 1 when edges of kind code
 * k count (e.g. confirmed ties yes, inferred coworkers no); all edges count when omitted or the graph has no kinds.
 * Both directions of an edge get the same count.
 */
export function commonNeighbourCounts(graph: CsrGraph, countedKinds?: Uint8Array): Uint16Array {
  const { nodeCount, offsets, targets } = graph;
  if (graph.symmetric !== true) throw new ReferableError('INVALID_INPUT', 'common neighbours need a symmetric graph (built with undirected: true)');
  const kinds = countedKinds === undefined ? undefined : graph.kinds;
  const counts = new Uint16Array(offsets[nodeCount]);
  const mark = new Int32Array(nodeCount).fill(-1);
  const degree = (node: number) => offsets[node + 1] - offsets[node];
  for (let u = 0; u < nodeCount; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    const du = end - start;
    for (let e = start; e < end; e++) if (kinds === undefined || countedKinds![kinds[e]] === 1) mark[targets[e]] = u;
    for (let e = start; e < end; e++) {
      const v = targets[e];
      const dv = degree(v);
      if (dv > du || (dv === du && v > u)) continue; // counted from v's side
      let shared = 0;
      let reverse = -1;
      for (let f = offsets[v]; f < offsets[v + 1]; f++) {
        const w = targets[f];
        if (w === u) reverse = f;
        else if (mark[w] === u && (kinds === undefined || countedKinds![kinds[f]] === 1)) shared++;
      }
      const count = shared > COMMON_NEIGHBOURS_MAX ? COMMON_NEIGHBOURS_MAX : shared;
      counts[e] = count;
      if (reverse >= 0) counts[reverse] = count;
    }
  }
  return counts;
}
