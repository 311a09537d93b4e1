// The redundancy term on the workspace's network: every edge passes its pass probability × novelty(m), m the common
// neighbours of its two ends (src/core/ties/pass-probability.ts gives the term, its citations and m½; docs/evidence.md
// measures it). The graph Referable has is the one m is counted in: your connections who are also tied to the contact
// through a teammate's pooled export, an address-book "knows" link or a link made by hand.
//
// Inferred coworker ties (same employer, never confirmed) do not count toward m. They are a guess, while the study's
// mutual connections are real ties; and m from them would be an artefact of how they are drawn — every pair at an
// employer of up to NETWORK_DEFAULTS.coworkerCliqueLimit of your contacts (m up to 39, a fifth of the news), a ring of
// coworkerLinks neighbours above that (m = 8) — discounting exactly the ties into the employers you target most. They
// still get discounted like any edge by the confirmed ties their two ends share.
//
// With one LinkedIn export alone nobody's connections are known, so m = 0 on every direct tie and the term changes
// nothing there: each tie passes passProbability(strength), the most the model allows.
import { commonNeighbourCounts } from '../graph/common-neighbours.ts';
import { edgeCount, type CsrGraph } from '../graph/csr-graph.ts';
import { novelty, PASS_PROBABILITY_DEFAULTS } from '../ties/pass-probability.ts';
import { EDGE_KINDS } from './network-model.ts';

/** 1 for the edge kinds that count toward mutual connections: every confirmed tie, not inferred coworkers. */
export const MUTUAL_KINDS = Uint8Array.from(EDGE_KINDS, (kind) => (kind === 'coworker-inferred' ? 0 : 1));

export interface RedundantGraph {
  /** The same structure, each probability multiplied by novelty(mutual). */
  graph: CsrGraph;
  /** Mutual connections per edge slot (confirmed ties only). */
  mutual: Uint16Array;
}

/** The graph the cascade runs on: `base` (probabilities from passProbability and flat coworker guesses) with the term. */
export function withRedundancy(base: CsrGraph, redundancyHalf: number = PASS_PROBABILITY_DEFAULTS.redundancyHalf): RedundantGraph {
  const mutual = commonNeighbourCounts(base, MUTUAL_KINDS);
  const count = edgeCount(base);
  const probabilities = new Float32Array(count);
  // Tabulated: counts are small integers and the graph has millions of edges.
  const discount = new Float64Array(Math.min(65536, 1 + mutual.reduce((most, m) => (m > most ? m : most), 0))).map((_, m) => novelty(m, redundancyHalf));
  for (let e = 0; e < count; e++) probabilities[e] = base.probabilities[e] * discount[mutual[e]];
  return { graph: { ...base, probabilities }, mutual };
}
