// The job world's ties as a symmetric compressed-sparse-row graph that remembers, per directed edge, its tie and its
// reverse edge — so information can travel either way along a tie and a hire can be traced back to the tie it used.
import type { TieList } from './job-world.ts';

export interface TieGraph {
  people: number;
  /** people + 1 entries; the edges of u are offsets[u] .. offsets[u+1]-1, sorted by target. */
  offsets: Int32Array;
  targets: Int32Array;
  /** The undirected tie behind each directed edge (an index into the TieList). */
  tieOf: Int32Array;
  /** The edge going the other way along the same tie. */
  reverse: Int32Array;
}

/** Both directions of every tie, rows sorted by target (so neighbourhoods intersect in one merge pass). */
export function buildTieGraph(people: number, ties: TieList): TieGraph {
  const count = ties.a.length;
  const offsets = new Int32Array(people + 1);
  for (let t = 0; t < count; t++) {
    offsets[ties.a[t] + 1]++;
    offsets[ties.b[t] + 1]++;
  }
  for (let u = 0; u < people; u++) offsets[u + 1] += offsets[u];
  // Each row is filled with target·2^22 + tie, sorted as numbers, then decoded: one typed-array sort per row.
  const SHIFT = 4194304;
  const keys = new Float64Array(2 * count);
  const fill = offsets.slice(0, people);
  for (let t = 0; t < count; t++) {
    keys[fill[ties.a[t]]++] = ties.b[t] * SHIFT + t;
    keys[fill[ties.b[t]]++] = ties.a[t] * SHIFT + t;
  }
  const targets = new Int32Array(2 * count);
  const tieOf = new Int32Array(2 * count);
  const first = new Int32Array(count).fill(-1);
  const reverse = new Int32Array(2 * count);
  for (let u = 0; u < people; u++) {
    const row = keys.subarray(offsets[u], offsets[u + 1]).sort();
    for (let i = 0; i < row.length; i++) {
      const e = offsets[u] + i;
      const t = row[i] % SHIFT;
      targets[e] = (row[i] - t) / SHIFT;
      tieOf[e] = t;
      if (first[t] < 0) first[t] = e;
      else {
        reverse[e] = first[t];
        reverse[first[t]] = e;
      }
    }
  }
  return { people, offsets, targets, tieOf, reverse };
}
