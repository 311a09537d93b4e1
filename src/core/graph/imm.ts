// Who to ask first on graphs too big for Monte Carlo greedy: IMM, influence maximization by reverse-reachable sets
// (Tang, Shi & Xiao, "Influence Maximization in Near-Linear Time: A Martingale Approach", SIGMOD 2015).
//
// A reverse-reachable (RR) set is everyone who would have informed a random person v in one random live-edge world:
// a breadth-first search from v backwards over edges, each live with its pass probability (Borgs, Brautbar, Chayes &
// Lucier, SODA 2014). The expected spread of a seed set S is n · Pr[S meets a random RR set], so choosing k seeds is
// maximum coverage over sampled RR sets, done greedily. IMM's two phases decide how many RR sets are enough: the first
// finds a lower bound LB of the optimum with a martingale stopping rule; the second samples θ = λ*/LB sets. The greedy
// answer is then within (1 − 1/e − ε) of the best k seeds with probability at least 1 − 1/n^ℓ (Tang et al., Theorem 3).
//
// Here v is drawn among the counted people only (in-market ones) that some candidate can reach, each with the chance
// u(v) that one can, and each set is drawn given that it meets a candidate (rr-sampler.ts): the estimate's scale is
// U = Σ u(v), not n, which cuts the sets IMM needs from about n/OPT to U/OPT times λ*. n, in the confidence 1 − 1/n^ℓ,
// is how many counted people a candidate can reach. Spread is the expected number of counted people informed; seeds
// are picked among `candidates` (my first-degree contacts), so the union bound is over C(c, k) seed sets, not C(n, k).
// With `maxHops`, word of mouth stops after that many hops: the hop-limited cascade of hop-limited-spread.ts is also
// a coverage function of the RR sets, and the same guarantee holds for it.
// Randomness comes from the project's seeded generator: the same seed gives the same picks.
import type { CsrGraph } from './csr-graph.ts';
import { rrSampler } from './rr-sampler.ts';
import { greedyCover, RrSets } from './rr-sets.ts';
import { createRandom } from '../random/seeded-random.ts';
import { ReferableError } from '../errors.ts';

export interface ImmOptions {
  /** Count only these nodes (1 = count); default every node. RR sets start at counted nodes a candidate can reach. */
  countMask?: Uint8Array;
  /** Word of mouth stops after this many hops from the asked people; default it never stops. */
  maxHops?: number;
  /** Approximation slack: the picks are within 1 − 1/e − ε of the optimum. */
  epsilon?: number;
  /** Confidence: the guarantee holds with probability at least 1 − 1/n^ℓ. */
  ell?: number;
  seed?: number;
  /** Never sample more RR sets than this (memory and time); when hit, the guarantee is reported as not reached. */
  maxRrSets?: number;
}

export const IMM_DEFAULTS = { epsilon: 0.1, ell: 1, seed: 1, maxRrSets: 4_000_000 } as const;

export interface ImmResult {
  seeds: number[];
  /** Expected counted people each pick adds to those before it (U × newly covered share of RR sets). */
  marginalGains: number[];
  /** Expected counted people the picks inform together. */
  spread: number;
  rrSets: number;
  /** The approximation guarantee, as IMM proves it for these parameters; reached = false when maxRrSets cut sampling. */
  guarantee: { ratio: number; epsilon: number; ell: number; probability: number; n: number; reached: boolean };
}

function invalid(message: string): ReferableError {
  return new ReferableError('INVALID_INPUT', message);
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += Math.log(n - i) - Math.log(i + 1);
  return sum;
}

/**
 * A lower bound of OPT that needs no sampling, so IMM's search for LB (Algorithm 2) can stop there instead of at 1
 * (the paper's floor assumes seeds count themselves; here they may not). Two bounds, the larger kept:
 * - the best single candidate's expected counted people within one hop (linearity of expectation; ≤ σ({c}) ≤ OPT);
 * - k/c of everyone asked at once: for a monotone submodular σ a random k of the c candidates gets at least k/c of
 *   σ(all), so the best k does too; σ(all) = U.
 */
function lowerBoundWithoutSampling(graph: CsrGraph, candidates: Int32Array, k: number, countMask: Uint8Array | undefined, maxHops: number, scale: number): number {
  let best = 0;
  for (const c of candidates) {
    let expected = !countMask || countMask[c] ? 1 : 0;
    if (maxHops >= 1) for (let e = graph.offsets[c]; e < graph.offsets[c + 1]; e++) if (!countMask || countMask[graph.targets[e]]) expected += graph.probabilities[e];
    best = Math.max(best, expected);
  }
  return Math.max(best, (scale * k) / candidates.length);
}

/** The k candidates whose asks inform the most counted people, by IMM; deterministic for a seed. */
export function immSeeds(graph: CsrGraph, candidates: Int32Array, k: number, options: ImmOptions = {}): ImmResult {
  const o = { ...IMM_DEFAULTS, ...options };
  if (!(Number.isInteger(k) && k >= 1)) throw invalid(`k must be a whole number ≥ 1, got ${k}`);
  if (!(o.epsilon > 0 && o.epsilon < 1)) throw invalid(`epsilon must be in (0, 1), got ${o.epsilon}`);
  if (!(o.ell > 0)) throw invalid(`ell must be above 0, got ${o.ell}`);
  for (const c of candidates) if (!(c >= 0 && c < graph.nodeCount)) throw invalid(`candidate ${c} is not a node of the graph`);
  const unique = Int32Array.from(new Set(candidates));
  const maxHops = o.maxHops ?? Infinity;
  const sampler = rrSampler(graph, unique, o.countMask, maxHops);
  const n = sampler.roots;
  const U = sampler.scale;
  const ratio = 1 - 1 / Math.E - o.epsilon;
  const guaranteeOf = (reached: boolean) => ({ ratio, epsilon: o.epsilon, ell: o.ell, probability: n > 0 ? 1 - 1 / n ** o.ell : 1, n, reached });
  if (n === 0 || unique.length === 0) return { seeds: [], marginalGains: [], spread: 0, rrSets: 0, guarantee: guaranteeOf(true) };

  const random = createRandom(o.seed);
  const sets = new RrSets();
  const scratch: number[] = [];
  let reached = true;
  const sampleUntil = (theta: number) => {
    if (theta > o.maxRrSets) reached = false;
    const target = Math.min(Math.ceil(theta), o.maxRrSets);
    while (sets.count < target) {
      sampler.sample(random, scratch);
      sets.add(scratch);
    }
  };

  // IMM with the scale U for n (see rr-sampler.ts); n (the roots) stays in the confidence terms, so the guarantee
  // holds with probability 1 − 1/n^ℓ, and seed sets are counted among the c candidates, not all n people.
  const kk = Math.min(k, unique.length);
  const logN = Math.log(Math.max(n, 2));
  const ell = o.ell * (1 + Math.log(2) / logN); // Algorithm 1, line 1: both phases together fail with probability ≤ 1/n^ℓ
  const logSeedSets = logChoose(unique.length, kk); // log C(c, k): the union bound of Theorem 1 over possible seed sets
  const floor = lowerBoundWithoutSampling(graph, unique, kk, o.countMask, maxHops, U);
  const halvings = Math.max(1, Math.ceil(Math.log2(U / floor))); // the x_i = U/2^i still above the floor
  const epsPrime = Math.SQRT2 * o.epsilon; // ε' = √2 · ε (Section 4.1)
  // λ' (eq. 9), with log(log2 n) for the union bound over the at most `halvings` rounds of the search.
  const lambdaPrime = ((2 + (2 / 3) * epsPrime) * (logSeedSets + ell * logN + Math.log(halvings)) * U) / (epsPrime * epsPrime);
  // λ* (eq. 6): θ = λ*/OPT RR sets make greedy (1 − 1/e − ε)-approximate with probability 1 − 1/n^ℓ (Theorem 1).
  const alpha = Math.sqrt(ell * logN + Math.log(2));
  const beta = Math.sqrt((1 - 1 / Math.E) * (logSeedSets + ell * logN + Math.log(2)));
  const lambdaStar = (2 * U * ((1 - 1 / Math.E) * alpha + beta) ** 2) / (o.epsilon * o.epsilon);
  // Algorithm 2: halve x until greedy's estimate clears (1 + ε')·x; then LB = estimate/(1 + ε') ≤ OPT (Theorem 2).
  let lowerBound = floor;
  for (let i = 1; i <= halvings; i++) {
    const x = U / 2 ** i;
    if (x <= floor) break;
    sampleUntil(lambdaPrime / x);
    const { covered } = greedyCover(sets, unique.length, kk);
    const estimate = (U * covered.reduce((a, b) => a + b, 0)) / sets.count;
    if (estimate >= (1 + epsPrime) * x) {
      lowerBound = Math.max(floor, estimate / (1 + epsPrime));
      break;
    }
    if (sets.count >= o.maxRrSets) break;
  }
  sampleUntil(lambdaStar / lowerBound);
  const { picks, covered } = greedyCover(sets, unique.length, kk);
  const gains = covered.map((count) => (U * count) / sets.count);
  return {
    seeds: picks.map((index) => unique[index]),
    marginalGains: gains,
    spread: gains.reduce((a, b) => a + b, 0),
    rrSets: sets.count,
    guarantee: guaranteeOf(reached),
  };
}
