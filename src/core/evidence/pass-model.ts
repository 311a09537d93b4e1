// The pass probability of every directed edge of the job world: Referable's passProbability() of the tie's strength,
// times, in the redundancy variant, the share of what the contact hears that you do not already hear yourself.
//
// Redundancy: strongly tied contacts sit in the same dense cluster as you (Granovetter, "The Strength of Weak Ties",
// AJS 78(6), 1973: the "forbidden triad"), so their information comes from sources you share: Burt (Structural
// Holes, 1992, ch. 1) calls such contacts redundant by cohesion, and Aral & Van Alstyne ("The Diversity-Bandwidth
// Trade-off", AJS 117(1), 2011) measured in an executive-recruiting firm's e-mail that the high-bandwidth ties carry
// more, but less novel, information. The plain independent cascade misses most of it: each tie's coin is independent
// of every other path, so a strong, embedded contact passes on as much news as a strong bridge. The term: a contact
// with m mutual connections draws what they know from `redundancyHalf` sources of their own and m sources they share
// with you; the share that is new to you is redundancyHalf / (redundancyHalf + m) — one half when m = redundancyHalf.
import { passProbability, type PassProbabilityOptions } from '../ties/pass-probability.ts';

/** The parameters of passProbability() the evidence run may fit, and the redundancy term (0 = plain cascade). */
export interface PassModel extends Pick<PassProbabilityOptions, 'min' | 'max' | 'exponent'> {
  /** Mutual connections at which half a contact's information is already yours; 0 leaves the term out. */
  redundancyHalf: number;
}

/** The share of a contact's information that is new to you, given m mutual connections. */
export function novelty(mutual: number, redundancyHalf: number): number {
  return redundancyHalf > 0 ? redundancyHalf / (redundancyHalf + mutual) : 1;
}

/**
 * The pass probability of each entry of parallel arrays (one entry per directed edge in the search, per tie in tests):
 * strength in thousandths — Referable rounds strengths to 0.001, so passProbability() is tabulated once over those
 * 1,001 values instead of being called a million times — and mutual connections, whose novelty is tabulated too.
 */
export function passProbabilities(strengthMillis: Uint16Array, mutual: Uint16Array, model: PassModel): Float32Array {
  const options = { min: model.min, max: model.max, exponent: model.exponent };
  const table = new Float64Array(1001);
  for (let i = 0; i <= 1000; i++) table[i] = passProbability(i / 1000, options);
  let most = 0;
  for (let i = 0; i < mutual.length; i++) if (mutual[i] > most) most = mutual[i];
  const discount = Float64Array.from({ length: most + 1 }, (_, m) => novelty(m, model.redundancyHalf));
  const probabilities = new Float32Array(strengthMillis.length);
  for (let i = 0; i < probabilities.length; i++) probabilities[i] = table[strengthMillis[i]] * discount[mutual[i]];
  return probabilities;
}

/** Strengths in (0, 1], rounded to thousandths as Referable rounds them. */
export function strengthMillis(strength: Float32Array): Uint16Array {
  const millis = new Uint16Array(strength.length);
  for (let i = 0; i < strength.length; i++) millis[i] = Math.round(strength[i] * 1000);
  return millis;
}
