// Who to ask first: CELF lazy-greedy seed selection (Leskovec, Krause, Guestrin, Faloutsos, VanBriesen & Glance,
// "Cost-effective outbreak detection in networks", KDD 2007) over the independent-cascade estimate.
//
// Greedy seed selection is within 1 − 1/e of the best seed set because expected spread is monotone and submodular
// (Kempe, Kleinberg & Tardos, KDD 2003). CELF exploits submodularity: a candidate's marginal gain can only shrink as
// seeds are added, so a gain computed in an earlier round is an upper bound and only the candidate on top of the
// queue needs re-evaluating. Every evaluation uses the same worlds (common random numbers: the same run keys, and
// coins that depend only on (edge, world)), so the estimate is itself an average of coverage functions — exactly
// monotone and submodular — and CELF returns exactly what plain greedy would, ties going to the smaller node id.
// Gains are computed incrementally against each world's informed set (world-sets.ts), not by re-running cascades.
//
// The spread counts informed people other than the base seeds ("me" has already asked): the chosen contacts count
// too, because asking them informs them.
import type { CsrGraph } from './csr-graph.ts';
import { MinHeap } from './heap.ts';
import { checkMask, checkSeeds, runKeys } from './cascade-kernel.ts';
import { informedWorlds, marginalSpread, type WorldSets } from './world-sets.ts';
import { ReferableError } from '../errors.ts';

export interface CelfOptions {
  /** Monte Carlo worlds; every evaluation uses the same ones. Memory: runs × nodeCount / 8 bytes. */
  runs?: number;
  seed?: number;
  /** Count only these nodes (1 = count), e.g. in-market people; default every node. */
  countMask?: Uint8Array;
  /** People already informed before any pick, e.g. [me]: they spread but are not counted. */
  baseSeeds?: Int32Array;
}

export const CELF_DEFAULTS = { runs: 1000, seed: 1 } as const;

export interface CelfResult {
  /** Chosen seeds in pick order. */
  seeds: number[];
  /** Expected counted people each pick added, in pick order (non-increasing; may reach 0 when nothing is left to gain). */
  marginalGains: number[];
  /** Expected counted people informed by the base seeds plus all picks (baseSpread + Σ marginalGains). */
  spread: number;
  /** Expected counted people informed by the base seeds alone. */
  baseSpread: number;
  /** Gain evaluations performed (each over all worlds), plus one for the base: CELF's laziness shows here. */
  evaluations: number;
}

/** Total new counted people over all worlds if `node` were informed too; with `commit`, it becomes a seed. */
function gainOf(graph: CsrGraph, worlds: WorldSets, node: number, countMask: Uint8Array | undefined, commit: boolean): number {
  let total = 0;
  const runs = worlds.keys.length / 2;
  for (let r = 0; r < runs; r++) total += marginalSpread(graph, worlds, r, node, countMask, commit);
  return total;
}

/** Picks up to k seeds among `candidates` (duplicates ignored) that most increase expected counted reach. */
export function celfSeeds(graph: CsrGraph, candidates: Int32Array, k: number, options: CelfOptions = {}): CelfResult {
  const runs = options.runs ?? CELF_DEFAULTS.runs;
  const seed = options.seed ?? CELF_DEFAULTS.seed;
  const { countMask } = options;
  const base = options.baseSeeds ?? new Int32Array(0);
  if (!(Number.isInteger(k) && k >= 0)) throw new ReferableError('INVALID_INPUT', `k must be a non-negative integer, got ${k}`);
  if (!(Number.isInteger(runs) && runs >= 1)) throw new ReferableError('INVALID_INPUT', `runs must be a positive integer, got ${runs}`);
  checkSeeds(graph, candidates);
  checkSeeds(graph, base);
  checkMask(graph, countMask, 'countMask');

  // Sums over worlds are integers, so gains compare exactly; they become means only in the result.
  const worlds = informedWorlds(graph, base, runKeys(seed, 0, runs), countMask);
  let currentTotal = worlds.total;
  let evaluations = 1;
  // The heap orders by −gain, then node id. evaluatedIn[node] is the round whose seed set its gain was computed for.
  const heap = new MinHeap(Math.max(1, candidates.length));
  const evaluatedIn = new Map<number, number>();
  for (const candidate of candidates) {
    if (evaluatedIn.has(candidate)) continue;
    evaluatedIn.set(candidate, 0);
    heap.push(-gainOf(graph, worlds, candidate, countMask, false), candidate);
    evaluations++;
  }
  const result: CelfResult = { seeds: [], marginalGains: [], spread: 0, baseSpread: worlds.total / runs, evaluations: 0 };
  while (result.seeds.length < k && heap.size > 0) {
    const gain = -heap.peekKey();
    const candidate = heap.pop();
    const round = result.seeds.length;
    if (evaluatedIn.get(candidate) !== round) {
      evaluatedIn.set(candidate, round);
      heap.push(-gainOf(graph, worlds, candidate, countMask, false), candidate);
      evaluations++;
      continue;
    }
    // Fresh and on top: by submodularity no stale bound below it can beat it. Adopt it in every world.
    gainOf(graph, worlds, candidate, countMask, true);
    currentTotal += gain;
    result.seeds.push(candidate);
    result.marginalGains.push(gain / runs);
  }
  result.spread = currentTotal / runs;
  result.evaluations = evaluations;
  return result;
}
