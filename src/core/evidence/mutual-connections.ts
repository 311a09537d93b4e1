// Mutual connections per tie (how embedded a tie is), and the bins the evidence document reports them in.
//
// Rajkumar et al. ("A causal test of the strength of weak ties", Science 377, 2022) measure structural tie strength
// as the number of mutual connections; Onnela et al. ("Structure and tie strengths in mobile communication networks",
// PNAS 104(18), 2007) found, over 4.6 million phone users, that the overlap of two people's neighbourhoods grows with
// how often they call — Granovetter's (1973) claim that strong ties sit inside dense clusters and weak ties bridge
// them. In the job world mutual connections are not drawn: they emerge from shared foci (job-world.ts), and the
// document prints their mean per contact-frequency band so the Onnela pattern can be checked rather than assumed.
import type { TieGraph } from './tie-graph.ts';

/** Lower bounds of the mutual-connection bins: 0, 1–2, 3–5, 6–10, 11–20, 21–40, 41 and more. */
export const MUTUAL_BINS = [0, 1, 3, 6, 11, 21, 41] as const;

export function mutualBinLabel(bin: number): string {
  const low = MUTUAL_BINS[bin];
  const next = MUTUAL_BINS[bin + 1];
  if (next === undefined) return `${low}+`;
  return next - 1 === low ? `${low}` : `${low}–${next - 1}`;
}

export function mutualBin(mutual: number): number {
  let bin = 0;
  while (bin + 1 < MUTUAL_BINS.length && mutual >= MUTUAL_BINS[bin + 1]) bin++;
  return bin;
}

/**
 * For every tie, how many people both ends are tied to. Marks u's neighbours once, then counts marks along each
 * neighbour v's row: Σ deg(v) over the ties instead of a merge of both rows per tie.
 */
export function mutualConnections(graph: TieGraph, tieCount: number): Uint16Array {
  const { offsets, targets, tieOf } = graph;
  const mutual = new Uint16Array(tieCount);
  const mark = new Int32Array(graph.people).fill(-1);
  for (let u = 0; u < graph.people; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    for (let e = start; e < end; e++) mark[targets[e]] = u;
    for (let e = start; e < end; e++) {
      const v = targets[e];
      if (v < u) continue; // each tie once, from its lower end
      let shared = 0;
      for (let f = offsets[v]; f < offsets[v + 1]; f++) if (mark[targets[f]] === u) shared++;
      mutual[tieOf[e]] = Math.min(shared, 65535);
    }
  }
  return mutual;
}
