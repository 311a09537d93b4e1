// The pass probability of every directed edge of the job world: Referable's passProbability() of the tie's strength,
// times, in the redundancy variant, the share of what the contact hears that you do not already hear yourself.
//
// The redundancy term, its citations and the pass probability itself live in src/core/ties/pass-probability.ts
// (novelty(), passProbability()): the product's network (src/core/network/redundancy.ts) calls the same functions, so
// the model measured here is the model `reach` runs. This file only tabulates them for a million edges at a time.
import { novelty, passProbability, type PassProbabilityOptions } from '../ties/pass-probability.ts';

/** The parameters of passProbability() the evidence run may fit, and the redundancy term (0 = plain cascade). */
export type PassModel = Pick<PassProbabilityOptions, 'min' | 'max' | 'exponent' | 'redundancyHalf'>;

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
