// From tie strength to the probability that word passes along a tie (the independent-cascade edge probability).
//
// A referral or an ask travels along a tie only if the contact acts on it. Strong ties act more often, but even a
// weak tie sometimes passes a message on: Granovetter (1973) is about exactly those weak bridges, and Rajkumar et al.
// (Science, 2022) measured that moderately weak ties carried the most job moves on LinkedIn. So the mapping keeps
// weak ties well above zero and saturates below certainty.

export const PASS_PROBABILITY_DEFAULTS = {
  /** Probability for the weakest tie (a connection you never spoke to). */
  min: 0.03,
  /** Probability for the strongest tie: nobody passes on every ask. */
  max: 0.6,
  /** Curve between them: below 1 lifts moderately weak ties, which carry most of the value. */
  exponent: 0.8,
  /** Inferred coworker ties (same employer, never confirmed): a low, flat probability. */
  inferredCoworker: 0.02,
};

export type PassProbabilityOptions = typeof PASS_PROBABILITY_DEFAULTS;

export function passProbability(strength: number, options: Partial<PassProbabilityOptions> = {}): number {
  const o = { ...PASS_PROBABILITY_DEFAULTS, ...options };
  const clamped = Math.min(1, Math.max(0, strength));
  return o.min + (o.max - o.min) * Math.pow(clamped, o.exponent);
}
