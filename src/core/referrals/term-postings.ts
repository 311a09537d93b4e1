// Combining per-term search results into per-need matches, on typed arrays: each distinct term is searched once
// and reused by every need that contains it, so 1,000 needs cost one pass over their terms' postings each.
//
// The arithmetic is MiniSearch's own for an OR query (minisearch 7, `search` + `combineResults`): the score of a
// document is the sum of its per-term BM25 scores times the number of query terms it matched, so the result is the
// same as searching the whole need at once, without building a result object for every matching document.

/** One term's matches: document indexes (into the helper list), scores and a bitmask of the sources matched. */
export interface TermPostings {
  docs: Int32Array;
  scores: Float64Array;
  sources: Uint8Array;
}

export interface CombinedMatch {
  doc: number;
  score: number;
  /** Bit i set: the need's i-th term matched. */
  termMask: number;
  /** Bit j set: the j-th offer source matched. */
  sourceMask: number;
}

/** At most this many terms per need take part (a bitmask of 32); needs are short, this is never reached in practice. */
export const MAX_NEED_TERMS = 31;

/** Reusable scratch space for `docCount` documents; `combine` leaves it clean after every call. */
export function createPostingsCombiner(docCount: number) {
  const score = new Float64Array(docCount);
  const termMask = new Int32Array(docCount);
  const sourceMask = new Uint8Array(docCount);
  const touched = new Int32Array(docCount);

  const popcount = (value: number) => {
    let v = value - ((value >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  };

  /** The best `k` documents for one need's terms (postings in term order), best first; ties by document index. */
  function combine(postings: readonly (TermPostings | null)[], k: number): CombinedMatch[] {
    if (k < 1) return [];
    let touchedCount = 0;
    const terms = Math.min(postings.length, MAX_NEED_TERMS);
    for (let t = 0; t < terms; t++) {
      const p = postings[t];
      if (!p) continue;
      const bit = 1 << t;
      const { docs, scores, sources } = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (termMask[d] === 0) touched[touchedCount++] = d;
        score[d] += scores[i];
        termMask[d] |= bit;
        sourceMask[d] |= sources[i];
      }
    }
    // Keep the top k in a small array sorted best first: most documents fall below the k-th and cost one compare.
    const top: CombinedMatch[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i];
      const final = score[d] * popcount(termMask[d]);
      if (top.length === k) {
        const last = top[k - 1];
        if (final < last.score || (final === last.score && d > last.doc)) continue;
        top.pop();
      }
      let at = top.length;
      while (at > 0 && (top[at - 1].score < final || (top[at - 1].score === final && top[at - 1].doc > d))) at--;
      top.splice(at, 0, { doc: d, score: final, termMask: termMask[d], sourceMask: sourceMask[d] });
    }
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i];
      score[d] = 0;
      termMask[d] = 0;
      sourceMask[d] = 0;
    }
    return top;
  }

  return { combine };
}
