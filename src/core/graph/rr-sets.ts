// Reverse-reachable sets kept as candidate lists in two flat typed arrays (offsets + members), and the greedy maximum
// coverage over them that IMM's node selection is (Tang, Shi & Xiao 2015, Algorithm 1, NodeSelection). Only the
// candidates in a set are stored: who else is in it never matters to the choice.

/** Sampled RR sets: set s holds members[offsets[s] .. offsets[s+1]-1] (indices into the candidate list). */
export class RrSets {
  members = new Int32Array(1 << 16);
  offsets = new Int32Array(1 << 12);
  /** How many sets are stored (every sampled set is: the sampler only draws sets that meet a candidate). */
  count = 0;

  add(candidatesInSet: readonly number[]): void {
    const end = this.offsets[this.count];
    if (end + candidatesInSet.length > this.members.length) {
      const bigger = new Int32Array(Math.max(this.members.length * 2, end + candidatesInSet.length));
      bigger.set(this.members);
      this.members = bigger;
    }
    if (this.count + 2 > this.offsets.length) {
      const bigger = new Int32Array(this.offsets.length * 2);
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    for (let i = 0; i < candidatesInSet.length; i++) this.members[end + i] = candidatesInSet[i];
    this.count++;
    this.offsets[this.count] = end + candidatesInSet.length;
  }
}

/**
 * Greedy maximum coverage: k picks, each the candidate in the most sets not yet covered, and how many sets each newly
 * covers. An inverted index (candidate → its sets) updates the counts when a set gets covered, so the whole choice is
 * O(members + k · candidates). Ties go to the candidate listed first.
 */
export function greedyCover(sets: RrSets, candidateCount: number, k: number): { picks: number[]; covered: number[] } {
  const stored = sets.count;
  const { members, offsets } = sets;
  const degree = new Int32Array(candidateCount);
  for (let i = 0; i < offsets[stored]; i++) degree[members[i]]++;
  const start = new Int32Array(candidateCount + 1);
  for (let c = 0; c < candidateCount; c++) start[c + 1] = start[c] + degree[c];
  const fill = start.slice(0, candidateCount);
  const setsOf = new Int32Array(start[candidateCount]);
  for (let s = 0; s < stored; s++) for (let i = offsets[s]; i < offsets[s + 1]; i++) setsOf[fill[members[i]]++] = s;
  const done = new Uint8Array(stored);
  const taken = new Uint8Array(candidateCount);
  const picks: number[] = [];
  const covered: number[] = [];
  for (let round = 0; round < Math.min(k, candidateCount); round++) {
    let best = -1;
    for (let c = 0; c < candidateCount; c++) if (!taken[c] && (best < 0 || degree[c] > degree[best])) best = c;
    taken[best] = 1;
    picks.push(best);
    covered.push(degree[best]);
    for (let i = start[best]; i < start[best + 1]; i++) {
      const s = setsOf[i];
      if (done[s]) continue;
      done[s] = 1;
      for (let j = offsets[s]; j < offsets[s + 1]; j++) degree[members[j]]--;
    }
  }
  return { picks, covered };
}
