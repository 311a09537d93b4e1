// Reverse-reachable (RR) sets drawn only where they can meet a candidate, each conditioned on meeting one.
//
// IMM's estimate is σ(S) = n · Pr[S meets RR(v)] for a root v drawn uniformly among the n counted people (Borgs et
// al. 2014; Tang, Shi & Xiao 2015, Lemma 2). When seeds come from a few thousand candidates and word of mouth stops
// after h hops, almost every RR set is empty, and IMM needs θ ∝ n / OPT of them (Tang et al., eq. 5 and Theorem 2).
// Take for each root v an event E_v that contains "RR(v) meets a candidate", whose probability u(v) is computable and
// which is cheap to condition on. Since S meets RR(v) only inside E_v,
//
//   σ(S) = Σ_v Pr[S ∩ RR(v) ≠ ∅] = Σ_v u(v) · Pr[S ∩ RR(v) ≠ ∅ | E_v] = U · Pr[S ∩ RR'],  U = Σ_v u(v),
//
// where RR' is drawn by picking v with probability u(v) / U, then RR(v) given E_v. That is IMM's estimator with the
// scale n replaced by U and every sample still a 0/1 coverage indicator, so the martingale bounds (Tang et al.,
// Corollaries 1–2) and Theorems 1–3 hold as they are with n → U in λ' and λ*. U is the expected number of counted
// people all candidates asked together would inform, so θ now grows with σ(all candidates) / OPT, not n / OPT.
//
// E_v, by the number of hops h:
// - v is a candidate: E_v is certain (u = 1).
// - otherwise E_v = ∪_w A_w over v's in-neighbours w that a candidate reaches within h − 1 hops, with A_w = "w → v is
//   live, and (when h = 2 and w is no candidate) some candidate → w edge is live". The A_w use disjoint edges, so they
//   are independent and u(v) = 1 − Π_w (1 − a_w), a_w = p(w→v) · q(w), q(w) = 1 − Π_c (1 − p(c→w)) for h = 2 and a
//   non-candidate w, else 1. For h = 1 and h = 2 that is exactly "RR(v) meets a candidate"; for longer cascades it is
//   "the first hop goes somewhere a candidate can reach", which still contains it.
// Conditioning on a union of independent events: the first A_w that holds is drawn by inverting its distribution
// (an exponential clock below −log(1 − u)), the ones after it are then unconditioned (Bringmann & Panagiotou, "Efficient
// sampling methods for discrete distributions", ICALP 2012; the geometric skips SUBSIM uses, Guo et al., SIGMOD 2020).
// The same skips draw every other edge list: prefix sums of −log(1 − p) and one binary search per live edge, so a
// node with thousands of ties costs by its live ones, not its degree.
//
// Pruning: a node matters at depth d only if a candidate reaches it within h − d hops (forward distance `dist`), and
// every node on a shortest live path to such a node satisfies that too, so skipping the others changes no set's
// candidates. Edges whose source no candidate reaches within h − 1 hops are left out of the reverse lists entirely.
import type { CsrGraph } from './csr-graph.ts';
import type { Random } from '../random/seeded-random.ts';

/** −log(1 − p) is capped here: the largest clock −log(1 − U) a 32-bit uniform U gives is 22.2, so p = 1 stays certain. */
const CERTAIN = 30;
const FAR = 0x3fffffff;

export interface RrSampler {
  /** U: Σ over roots of u(root), the scale of the estimate (σ(S) ≈ U × covered share). */
  scale: number;
  /** Counted people a candidate can reach within the hops: the roots with u > 0. */
  roots: number;
  /** Draws one RR set given E_root and writes the candidate indices in it into `out` (cleared first); needs roots > 0. */
  sample(random: Random, out: number[]): void;
}

const clock = (p: number) => Math.min(CERTAIN, -Math.log1p(-p));

/**
 * The sampler for seeds among `candidates` (distinct nodes; a set holds their indices in this list), counting the
 * nodes in `countMask` (all when absent), with word of mouth stopping after `maxHops` (never when Infinity).
 */
export function rrSampler(graph: CsrGraph, candidates: Int32Array, countMask: Uint8Array | undefined, maxHops: number): RrSampler {
  const nodes = graph.nodeCount;
  const h = maxHops;
  const { offsets, targets, probabilities } = graph;
  const indexOf = new Int32Array(nodes).fill(-1);
  candidates.forEach((node, index) => (indexOf[node] = index));

  // Forward distance from the nearest candidate, within h; `order` lists reached nodes by distance (BFS order).
  const dist = new Int32Array(nodes).fill(FAR);
  const order = new Int32Array(nodes);
  let reached = 0;
  for (const c of candidates) {
    dist[c] = 0;
    order[reached++] = c;
  }
  for (let head = 0; head < reached; head++) {
    const u = order[head];
    if (dist[u] + 1 > h) break; // BFS order: every later node is at least as far
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (dist[v] === FAR) {
        dist[v] = dist[u] + 1;
        order[reached++] = v;
      }
    }
  }
  const isRoot = (v: number) => !countMask || countMask[v] === 1;

  // q(w) for h = 2 (see above), from the candidates' own edges.
  const q = new Float64Array(h === 2 ? nodes : 0);
  if (h === 2) {
    for (const c of candidates) for (let e = offsets[c]; e < offsets[c + 1]; e++) q[targets[e]] += clock(probabilities[e]);
    for (let w = 0; w < nodes; w++) q[w] = indexOf[w] >= 0 ? 1 : -Math.expm1(-q[w]);
  }

  // Reverse lists of the edges u → v the sampler can walk backwards: v at depth d only looks at sources within
  // h − d − 1 hops of a candidate, so a root's list (depth 0) keeps sources with dist[u] ≤ h − 1 and any other node's
  // dist[u] ≤ h − 2. Filled from sources in BFS order: each list is sorted by its sources' distance, so "sources
  // within b hops of a candidate" is a prefix of it, the candidates first. Each slot holds the running sum of −log(1 − a),
  // a = p(u→v) · q(u) (q = 1 but for non-candidate sources when h = 2, which appear only in roots' lists).
  const rowStart = new Int32Array(nodes + 1);
  let last = 0;
  while (last < reached && dist[order[last]] <= h - 1) last++;
  for (let i = 0; i < last; i++) {
    const u = order[i];
    const toAll = dist[u] <= h - 2;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (toAll || !countMask || countMask[v] === 1) rowStart[v + 1]++;
    }
  }
  for (let v = 0; v < nodes; v++) rowStart[v + 1] += rowStart[v];
  const source = new Int32Array(rowStart[nodes]);
  const cumulative = new Float64Array(rowStart[nodes]);
  const fill = rowStart.slice(0, nodes);
  let candidatesEnd = fill;
  for (let i = 0; i < last; i++) {
    const u = order[i];
    if (i === candidates.length) candidatesEnd = fill.slice(); // all candidate sources are in: where each list's end
    const scale = h === 2 ? q[u] : 1;
    const toAll = dist[u] <= h - 2;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (!(toAll || !countMask || countMask[v] === 1)) continue;
      const slot = fill[v]++;
      source[slot] = u;
      cumulative[slot] = clock(probabilities[e] * scale);
    }
  }
  if (last <= candidates.length) candidatesEnd = fill.slice();
  for (let v = 0; v < nodes; v++) for (let j = rowStart[v] + 1; j < rowStart[v + 1]; j++) cumulative[j] += cumulative[j - 1];

  // Roots: counted nodes a candidate can reach within h, weighted by u(v); a guide table (Chen & Asau, 1974) makes
  // drawing one O(1) on average.
  const rootList: number[] = [];
  const weightList: number[] = [];
  for (let i = 0; i < reached; i++) {
    const v = order[i];
    if (!isRoot(v)) continue;
    const clocks = rowStart[v + 1] > rowStart[v] ? cumulative[rowStart[v + 1] - 1] : 0;
    const weight = indexOf[v] >= 0 || clocks >= CERTAIN ? 1 : -Math.expm1(-clocks);
    if (weight > 0) {
      rootList.push(v);
      weightList.push(weight);
    }
  }
  const roots = Int32Array.from(rootList);
  const upTo = new Float64Array(roots.length);
  let total = 0;
  weightList.forEach((weight, i) => (upTo[i] = total += weight));
  const guide = new Int32Array(roots.length + 1);
  for (let b = 0, i = 0; b <= roots.length; b++) {
    while (i < roots.length - 1 && upTo[i] <= (b * total) / roots.length) i++;
    guide[b] = i;
  }

  /** The first slot in [from, end) whose running sum exceeds `target` (end when none does). */
  const firstAbove = (from: number, end: number, target: number): number => {
    let lo = from;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** The end of the slots in v's list whose sources a candidate reaches within `bound` hops. */
  const withinEnd = (v: number, bound: number): number => {
    if (bound <= 0) return bound === 0 ? candidatesEnd[v] : rowStart[v];
    let lo = candidatesEnd[v];
    let hi = rowStart[v + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dist[source[mid]] > bound) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const stamps = new Uint32Array(nodes);
  let epoch = 0;
  const queue = new Int32Array(nodes);

  return {
    scale: total,
    roots: roots.length,
    sample(random: Random, out: number[]): void {
      out.length = 0;
      epoch++;
      let tail = 0;
      const target = random.next() * total;
      let r = guide[Math.floor((target * roots.length) / total)];
      while (r < roots.length - 1 && upTo[r] <= target) r++;
      const v = roots[r];
      stamps[v] = epoch;
      if (indexOf[v] >= 0) out.push(indexOf[v]);
      if (h < 1) return;
      // Depth 1: the events A_w of v's list, given that one holds unless v is a candidate itself.
      const end = rowStart[v + 1];
      let from = rowStart[v];
      let base = 0;
      let given = indexOf[v] < 0;
      while (from < end) {
        const clockTarget = given ? -Math.log1p(-random.next() * -Math.expm1(-cumulative[end - 1])) : base - Math.log1p(-random.next());
        const slot = given ? Math.min(end - 1, firstAbove(from, end, clockTarget)) : firstAbove(from, end, clockTarget);
        given = false;
        if (slot >= end) break;
        base = cumulative[slot];
        from = slot + 1;
        const w = source[slot];
        if (stamps[w] === epoch) continue;
        stamps[w] = epoch;
        if (h === 2 && indexOf[w] < 0) {
          // A_w holds: w → v is live and at least one candidate → w edge is (the candidates lead w's list).
          const wEnd = candidatesEnd[w];
          let wFrom = rowStart[w];
          let wBase = 0;
          let wGiven = true;
          while (wFrom < wEnd) {
            const t = wGiven ? -Math.log1p(-random.next() * -Math.expm1(-cumulative[wEnd - 1])) : wBase - Math.log1p(-random.next());
            const c = wGiven ? Math.min(wEnd - 1, firstAbove(wFrom, wEnd, t)) : firstAbove(wFrom, wEnd, t);
            wGiven = false;
            if (c >= wEnd) break;
            wBase = cumulative[c];
            wFrom = c + 1;
            const node = source[c];
            if (stamps[node] !== epoch) {
              stamps[node] = epoch;
              out.push(indexOf[node]);
            }
          }
          continue;
        }
        if (indexOf[w] >= 0) out.push(indexOf[w]);
        if (h > 1) queue[tail++] = w;
      }
      // Depth 2 and on, breadth first and unconditioned: a node at depth d looks only at sources within h − d − 1 hops.
      let head = 0;
      for (let depth = 1; depth < h && head < tail; depth++) {
        const levelEnd = tail;
        while (head < levelEnd) {
          const x = queue[head++];
          const xEnd = withinEnd(x, h - depth - 1);
          let xFrom = rowStart[x];
          let xBase = 0;
          for (;;) {
            const slot = firstAbove(xFrom, xEnd, xBase - Math.log1p(-random.next()));
            if (slot >= xEnd) break;
            xBase = cumulative[slot];
            xFrom = slot + 1;
            const y = source[slot];
            if (stamps[y] === epoch) continue;
            stamps[y] = epoch;
            if (indexOf[y] >= 0) out.push(indexOf[y]);
            if (depth + 1 < h) queue[tail++] = y;
          }
        }
      }
    },
  };
}
