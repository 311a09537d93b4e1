// Who to ask first: CELF lazy-greedy seed selection (Leskovec, Krause, Guestrin, Faloutsos, VanBriesen & Glance,
// "Cost-effective outbreak detection in networks", KDD 2007) over the independent-cascade estimate.
//
// Greedy seed selection is within 1 − 1/e of the best seed set because expected spread is monotone and submodular
// (Kempe, Kleinberg & Tardos, KDD 2003). CELF exploits submodularity: a candidate's marginal gain can only shrink as
// seeds are added, so a gain computed in an earlier round is an upper bound and only the candidate on top of the
// queue needs re-evaluating. Every evaluation uses the same worlds (common random numbers: the same run keys, and
// coins that depend only on (edge, world)), so the estimate is itself an average of coverage functions — exactly
// monotone and submodular — and CELF returns exactly what plain greedy would, ties going to the smaller node id.
//
// The spread counts informed people other than the base seeds ("me" has already asked): the chosen contacts count
// too, because asking them informs them.
import type { CsrGraph } from './csr-graph.ts';
import { MinHeap } from './heap.ts';
import { checkMask, checkSeeds, countInformed, createCascadeScratch, runKeys, spreadInWorld, type CascadeScratch } from './cascade-kernel.ts';
import { ReferableError } from '../errors.ts';

export interface CelfOptions {
  /** Monte Carlo worlds per evaluation; the same worlds are used for every evaluation. */
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
  /** Spread evaluations performed (each is `runs` cascades): the work CELF's laziness saved shows here. */
  evaluations: number;
}

/** Total counted informed people over all worlds, for seeds = base + picks (+ candidate). Integer, so exact. */
function totalSpread(graph: CsrGraph, seeds: Int32Array, uncounted: number, keys: Uint32Array, scratch: CascadeScratch, countMask: Uint8Array | undefined): number {
  let total = 0;
  for (let r = 0; r < keys.length; r += 2) {
    const informed = spreadInWorld(graph, seeds, keys[r], keys[r + 1], scratch, uncounted);
    total += countMask === undefined ? informed - scratch.countFrom : countInformed(scratch, informed, countMask);
  }
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

  const keys = runKeys(seed, 0, runs);
  const scratch = createCascadeScratch(graph.nodeCount);
  // seeds = base, then picks, then the candidate under evaluation in the last used slot.
  const seeds = new Int32Array(base.length + k + 1);
  seeds.set(base);
  let picked = 0;
  const evaluate = (candidate: number): number => {
    seeds[base.length + picked] = candidate;
    return totalSpread(graph, seeds.subarray(0, base.length + picked + 1), base.length, keys, scratch, countMask);
  };
  let evaluations = 1;
  const baseTotal = totalSpread(graph, seeds.subarray(0, base.length), base.length, keys, scratch, countMask);
  let currentTotal = baseTotal;

  // The heap orders by −gain, then node id. evaluatedIn[node] is the round whose seed set its gain was computed for.
  const heap = new MinHeap(Math.max(1, candidates.length));
  const evaluatedIn = new Map<number, number>();
  for (const candidate of candidates) {
    if (evaluatedIn.has(candidate)) continue;
    evaluatedIn.set(candidate, 0);
    heap.push(-(evaluate(candidate) - baseTotal), candidate);
    evaluations++;
  }
  const result: CelfResult = { seeds: [], marginalGains: [], spread: 0, baseSpread: baseTotal / runs, evaluations: 0 };
  while (picked < k && heap.size > 0) {
    const gain = -heap.peekKey();
    const candidate = heap.pop();
    if (evaluatedIn.get(candidate) === picked) {
      // Fresh and on top: by submodularity no stale bound below it can beat it.
      seeds[base.length + picked] = candidate;
      picked++;
      currentTotal += gain;
      result.seeds.push(candidate);
      result.marginalGains.push(gain / runs);
      continue;
    }
    evaluatedIn.set(candidate, picked);
    heap.push(-(evaluate(candidate) - currentTotal), candidate);
    evaluations++;
  }
  result.spread = currentTotal / runs;
  result.evaluations = evaluations;
  return result;
}
