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
// Here v is drawn among the counted people only (in-market ones), so n is how many people count, and spread is the
// expected number of counted people informed; seeds are picked among `candidates` (my first-degree contacts), which
// only shrinks the space the guarantee is over. With `maxHops`, RR sets stop after that many hops backwards: the
// hop-limited cascade of hop-limited-spread.ts is also a coverage function, and the same guarantee holds for it.
// Randomness comes from the project's seeded generator: the same seed gives the same picks.
import { buildCsrGraph, edgeCount, type CsrGraph } from './csr-graph.ts';
import { createRandom } from '../random/seeded-random.ts';
import { ReferableError } from '../errors.ts';

export interface ImmOptions {
  /** Count only these nodes (1 = count); default every node. RR sets start at counted nodes. */
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
  /** Expected counted people each pick adds to those before it (n × newly covered share of RR sets). */
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

/** The graph with every edge reversed, keeping each edge's own probability (u→v live with p(u→v), walked from v). */
function transposed(graph: CsrGraph): CsrGraph {
  const count = edgeCount(graph);
  const from = new Int32Array(count);
  for (let u = 0; u < graph.nodeCount; u++) from.fill(u, graph.offsets[u], graph.offsets[u + 1]);
  return buildCsrGraph(graph.nodeCount, { from: graph.targets.subarray(0, count), to: from, probability: graph.probabilities.subarray(0, count) }, { undirected: false });
}

/** RR sets as candidate lists only (who else is in a set never matters to the choice), plus how many were sampled. */
class RrSets {
  members = new Int32Array(1 << 16);
  offsets: number[] = [0];
  sampled = 0;

  add(candidatesInSet: readonly number[]): void {
    this.sampled++;
    if (candidatesInSet.length === 0) return; // covered by no candidate: counts toward θ, needs no storage
    const end = this.offsets[this.offsets.length - 1];
    if (end + candidatesInSet.length > this.members.length) {
      const bigger = new Int32Array(Math.max(this.members.length * 2, end + candidatesInSet.length));
      bigger.set(this.members);
      this.members = bigger;
    }
    this.members.set(candidatesInSet, end);
    this.offsets.push(end + candidatesInSet.length);
  }
}

/** Greedy maximum coverage over the stored RR sets: k picks and how many sets each newly covers. */
function greedyCover(sets: RrSets, candidateCount: number, k: number): { picks: number[]; covered: number[] } {
  const stored = sets.offsets.length - 1;
  const degree = new Int32Array(candidateCount);
  for (let i = 0; i < sets.offsets[stored]; i++) degree[sets.members[i]]++;
  // Candidate → the sets it is in (inverted lists), to update degrees when a set gets covered.
  const start = new Int32Array(candidateCount + 1);
  for (let c = 0; c < candidateCount; c++) start[c + 1] = start[c] + degree[c];
  const fill = start.slice(0, candidateCount);
  const setsOf = new Int32Array(start[candidateCount]);
  for (let s = 0; s < stored; s++) for (let i = sets.offsets[s]; i < sets.offsets[s + 1]; i++) setsOf[fill[sets.members[i]]++] = s;
  const done = new Uint8Array(stored);
  const taken = new Uint8Array(candidateCount);
  const picks: number[] = [];
  const covered: number[] = [];
  for (let round = 0; round < Math.min(k, candidateCount); round++) {
    let best = -1;
    for (let c = 0; c < candidateCount; c++) if (!taken[c] && (best < 0 || degree[c] > degree[best])) best = c; // ties: the candidate listed first
    taken[best] = 1;
    picks.push(best);
    covered.push(degree[best]);
    for (let i = start[best]; i < start[best + 1]; i++) {
      const s = setsOf[i];
      if (done[s]) continue;
      done[s] = 1;
      for (let j = sets.offsets[s]; j < sets.offsets[s + 1]; j++) degree[sets.members[j]]--;
    }
  }
  return { picks, covered };
}

/** The k candidates whose asks inform the most counted people, by IMM; deterministic for a seed. */
export function immSeeds(graph: CsrGraph, candidates: Int32Array, k: number, options: ImmOptions = {}): ImmResult {
  const o = { ...IMM_DEFAULTS, ...options };
  if (!(Number.isInteger(k) && k >= 1)) throw invalid(`k must be a whole number ≥ 1, got ${k}`);
  if (!(o.epsilon > 0 && o.epsilon < 1)) throw invalid(`epsilon must be in (0, 1), got ${o.epsilon}`);
  if (!(o.ell > 0)) throw invalid(`ell must be above 0, got ${o.ell}`);
  for (const c of candidates) if (!(c >= 0 && c < graph.nodeCount)) throw invalid(`candidate ${c} is not a node of the graph`);
  const roots: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) if (!o.countMask || o.countMask[v]) roots.push(v);
  const n = roots.length;
  const empty = (reached: boolean): ImmResult => ({ seeds: [], marginalGains: [], spread: 0, rrSets: 0, guarantee: { ratio: 1 - 1 / Math.E - o.epsilon, epsilon: o.epsilon, ell: o.ell, probability: 1, n, reached } });
  if (n === 0 || candidates.length === 0) return empty(true);

  const reverse = transposed(graph);
  const indexOf = new Int32Array(graph.nodeCount).fill(-1);
  const unique = [...new Set(candidates)];
  unique.forEach((node, index) => (indexOf[node] = index));
  const random = createRandom(o.seed);
  const stamps = new Uint32Array(graph.nodeCount);
  const queue = new Int32Array(graph.nodeCount);
  let epoch = 0;
  const inSet: number[] = [];
  const maxHops = o.maxHops ?? Infinity;
  const sets = new RrSets();
  const sampleUntil = (target: number) => {
    while (sets.sampled < target) {
      const root = roots[random.int(0, n - 1)];
      epoch++;
      stamps[root] = epoch;
      queue[0] = root;
      let tail = 1;
      let head = 0;
      inSet.length = 0;
      for (let hop = 0; hop < maxHops && head < tail; hop++) {
        const levelEnd = tail;
        while (head < levelEnd) {
          const v = queue[head++];
          if (indexOf[v] >= 0) inSet.push(indexOf[v]);
          for (let e = reverse.offsets[v]; e < reverse.offsets[v + 1]; e++) {
            const u = reverse.targets[e];
            if (stamps[u] !== epoch && random.next() < reverse.probabilities[e]) {
              stamps[u] = epoch;
              queue[tail++] = u;
            }
          }
        }
      }
      // The last level is in the set but was not expanded.
      while (head < tail) {
        const v = queue[head++];
        if (indexOf[v] >= 0) inSet.push(indexOf[v]);
      }
      sets.add(inSet);
    }
  };

  // IMM, Algorithm 2 (sampling) and Algorithm 1 (the final θ), with ℓ raised so the two phases together hold 1 − 1/n^ℓ.
  const ell = o.ell * (1 + Math.log(2) / Math.log(Math.max(n, 2)));
  const logN = Math.log(Math.max(n, 2));
  const kk = Math.min(k, unique.length);
  const choose = logChoose(Math.max(n, kk), kk);
  const epsPrime = Math.SQRT2 * o.epsilon;
  const lambdaPrime = ((2 + (2 / 3) * epsPrime) * (choose + ell * logN + Math.log(Math.max(Math.log2(Math.max(n, 2)), 1))) * n) / (epsPrime * epsPrime);
  const alpha = Math.sqrt(ell * logN + Math.log(2));
  const beta = Math.sqrt((1 - 1 / Math.E) * (choose + ell * logN + Math.log(2)));
  const lambdaStar = (2 * n * ((1 - 1 / Math.E) * alpha + beta) ** 2) / (o.epsilon * o.epsilon);
  let reached = true;
  const capped = (theta: number) => {
    if (theta > o.maxRrSets) reached = false;
    return Math.min(Math.ceil(theta), o.maxRrSets);
  };
  let lowerBound = 1;
  for (let i = 1; i < Math.log2(Math.max(n, 2)); i++) {
    const x = n / 2 ** i;
    sampleUntil(capped(lambdaPrime / x));
    const { covered } = greedyCover(sets, unique.length, kk);
    const share = covered.reduce((a, b) => a + b, 0) / sets.sampled;
    if (n * share >= (1 + epsPrime) * x) {
      lowerBound = (n * share) / (1 + epsPrime);
      break;
    }
    if (sets.sampled >= o.maxRrSets) break;
  }
  sampleUntil(capped(lambdaStar / lowerBound));
  const { picks, covered } = greedyCover(sets, unique.length, kk);
  const gains = covered.map((count) => (n * count) / sets.sampled);
  return {
    seeds: picks.map((index) => unique[index]),
    marginalGains: gains,
    spread: gains.reduce((a, b) => a + b, 0),
    rrSets: sets.sampled,
    guarantee: { ratio: 1 - 1 / Math.E - o.epsilon, epsilon: o.epsilon, ell: o.ell, probability: 1 - 1 / n ** o.ell, n, reached },
  };
}
