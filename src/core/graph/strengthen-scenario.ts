// What-if scenarios for word of mouth: "strengthen K ties" against "add N weak in-market ties", on the user's own network.
//
// Granovetter ("The strength of weak ties", 1973) argued reach comes from many weak ties; the counter-argument is that
// strong ties pass the word more reliably. Both scenarios are measured with the independent-cascade estimate
// (Kempe, Kleinberg & Tardos, KDD 2003) so the user sees which pays off in their own graph.
//
// Choosing which ties to strengthen is greedy with CELF's lazy evaluation (Leskovec et al., KDD 2007). Candidates are
// the source's own out-edges: with the source always informed, reach is then a union over its live first hops of what
// each reaches — a coverage function, hence submodular — so lazy greedy equals plain greedy. Raising edge s→v from p
// to p′ only changes the worlds whose coin for it lies in [p, p′) (coins depend on (edge, world) only), and in those
// worlds it adds whoever v reaches that was not informed yet: a marginal cascade from v against each world's informed
// set (world-sets.ts). No cascade is re-run, and there is no Monte Carlo noise between the sides of a comparison.
import { withExtraEdges, type CsrGraph } from './csr-graph.ts';
import { MinHeap } from './heap.ts';
import { checkMask, COIN_SCALE, edgeCoin, runKeys } from './cascade-kernel.ts';
import { informedWorlds, marginalSpread } from './world-sets.ts';
import { ReferableError } from '../errors.ts';

export interface StrengthenOptions {
  /** Monte Carlo worlds; every evaluation uses the same ones. Memory: runs × nodeCount / 8 bytes. */
  runs?: number;
  seed?: number;
  /** Count only these nodes (1 = count), e.g. in-market people; default every node except the source. */
  countMask?: Uint8Array;
}

export const STRENGTHEN_DEFAULTS = { runs: 2000, seed: 1 } as const;

export interface StrengthenResult {
  /** Edge indexes to raise, in pick order. */
  edges: number[];
  /** Expected counted people each raise adds, in pick order. */
  marginalGains: number[];
  /** Expected counted reach of the source after raising all chosen edges. */
  spread: number;
  /** Expected counted reach of the source as the graph is. */
  baseSpread: number;
}

function invalid(message: string): ReferableError {
  return new ReferableError('INVALID_INPUT', message);
}

/**
 * The k out-edges of `source` (among `candidateEdges`) whose raising to `newProbability` most increases expected
 * counted reach. Edges already at or above `newProbability` cannot gain and are skipped.
 */
export function bestTiesToStrengthen(
  graph: CsrGraph,
  source: number,
  candidateEdges: Int32Array,
  k: number,
  newProbability: number,
  options: StrengthenOptions = {},
): StrengthenResult {
  const runs = options.runs ?? STRENGTHEN_DEFAULTS.runs;
  const seed = options.seed ?? STRENGTHEN_DEFAULTS.seed;
  const { countMask } = options;
  if (!(Number.isInteger(source) && source >= 0 && source < graph.nodeCount)) throw invalid(`source ${source} is not a node of the graph`);
  if (!(Number.isInteger(k) && k >= 0)) throw invalid(`k must be a non-negative integer, got ${k}`);
  if (!(Number.isInteger(runs) && runs >= 1)) throw invalid(`runs must be a positive integer, got ${runs}`);
  if (!(newProbability > 0 && newProbability <= 1)) throw invalid(`new probability ${newProbability} is not in (0, 1]`);
  checkMask(graph, countMask, 'countMask');
  const rowStart = graph.offsets[source];
  const rowEnd = graph.offsets[source + 1];
  for (const edge of candidateEdges) {
    if (!(edge >= rowStart && edge < rowEnd)) throw invalid(`edge ${edge} is not an out-edge of node ${source}`);
  }

  const keys = runKeys(seed, 0, runs);
  const worlds = informedWorlds(graph, Int32Array.of(source), keys, countMask);
  const raised = Math.fround(newProbability);
  /** Worlds in which the edge is dead at its probability and live once raised. */
  const flipped = (edge: number): number[] => {
    const worldsFlipped: number[] = [];
    const before = graph.probabilities[edge] * COIN_SCALE;
    const after = raised * COIN_SCALE;
    for (let r = 0; r < runs; r++) {
      const coin = edgeCoin(edge, keys[2 * r], keys[2 * r + 1]);
      if (coin >= before && coin < after) worldsFlipped.push(r);
    }
    return worldsFlipped;
  };
  /** Total new counted people over the flipped worlds; with `commit` the edge is raised for good. */
  const gainOf = (edge: number, commit: boolean): number => {
    let gain = 0;
    for (const r of flipped(edge)) gain += marginalSpread(graph, worlds, r, graph.targets[edge], countMask, commit);
    return gain;
  };
  let currentTotal = worlds.total;

  // Lazy greedy as in celf.ts: −gain then edge index orders the heap; evaluatedIn holds the round of each bound.
  const heap = new MinHeap(Math.max(1, candidateEdges.length));
  const evaluatedIn = new Map<number, number>();
  for (const edge of candidateEdges) {
    if (evaluatedIn.has(edge) || graph.probabilities[edge] >= raised) continue;
    evaluatedIn.set(edge, 0);
    heap.push(-gainOf(edge, false), edge);
  }
  const result: StrengthenResult = { edges: [], marginalGains: [], spread: 0, baseSpread: worlds.total / runs };
  while (result.edges.length < k && heap.size > 0) {
    const gain = -heap.peekKey();
    const edge = heap.pop();
    const round = result.edges.length;
    if (evaluatedIn.get(edge) !== round) {
      evaluatedIn.set(edge, round);
      heap.push(-gainOf(edge, false), edge);
      continue;
    }
    gainOf(edge, true);
    currentTotal += gain;
    result.edges.push(edge);
    result.marginalGains.push(gain / runs);
  }
  result.spread = currentTotal / runs;
  return result;
}

export interface WeakTiesOptions {
  /** Kind code of the new ties (when the graph has kinds); default 0. */
  kind?: number;
}

/**
 * The scenario graph with new ties (both directions) from `source` to each of `people` at `probability` ("add 20
 * in-market weak ties"). People may be existing prospects or new ids from graph.nodeCount upwards, which grow the
 * graph; count masks for the new ids must then be extended by the caller.
 */
export function addWeakTies(graph: CsrGraph, source: number, people: Int32Array, probability: number, options: WeakTiesOptions = {}): CsrGraph {
  if (!(Number.isInteger(source) && source >= 0 && source < graph.nodeCount)) throw invalid(`source ${source} is not a node of the graph`);
  let nodeCount = graph.nodeCount;
  for (const person of people) {
    if (!(Number.isInteger(person) && person >= 0)) throw invalid(`person id ${person} is not a valid node id`);
    if (person + 1 > nodeCount) nodeCount = person + 1;
  }
  const count = people.length;
  return withExtraEdges(
    graph,
    {
      from: new Int32Array(count).fill(source),
      to: people,
      probability: new Float32Array(count).fill(probability),
      kind: options.kind === undefined ? undefined : new Uint8Array(count).fill(options.kind),
    },
    { undirected: true, nodeCount },
  );
}
