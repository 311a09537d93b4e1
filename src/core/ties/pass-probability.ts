// From tie strength to the probability that word passes along a tie (the independent-cascade edge probability).
//
// A referral or an ask travels along a tie only if the contact acts on it. The curve is calibrated, not guessed:
// `npm run evidence` (docs/evidence.md) runs Referable's tie strength and this curve in simulated job markets and
// fits `min` and `exponent` to Granovetter's table of how often job-finders had seen the contact who told them
// (Getting a Job, 1974; "The Strength of Weak Ties", AJS 1973: 16.7% often, 55.6% occasionally, 27.8% rarely), with
// `max` held. Fitted that way — and only that way — the same simulation also shows what Gee, Jones & Burke (Journal
// of Labor Economics, 2017) measured on Facebook: one strong tie helps more than one weak tie, yet weaker ties carry
// most hires because there are so many of them. Weak ties matter through their number and their reach into other
// circles (the cascade), not because each one passes word on often. The calibrated curve does not reproduce the
// inverted U Rajkumar et al. (Science, 2022) found on LinkedIn; docs/evidence.md says how close it comes and why.

export const PASS_PROBABILITY_DEFAULTS = {
  /** The weakest tie (a connection you never spoke to): 0.2%, fitted on Granovetter's table (docs/evidence.md). */
  min: 0.002,
  /** The strongest tie: nobody passes on every ask. Held, not fitted: the table cannot identify a third parameter. */
  max: 0.6,
  /** Passing rises faster than strength, fitted: a moderately weak tie (0.3) passes 9%, a strong one (0.6) 27%. */
  exponent: 1.6,
  /** Inferred coworker ties (same employer, never confirmed): a low, flat probability. */
  inferredCoworker: 0.02,
};

export type PassProbabilityOptions = typeof PASS_PROBABILITY_DEFAULTS;

/** Where the defaults come from, for explanations a user reads. */
export const PASS_MODEL_SOURCE = 'pass probabilities calibrated on Granovetter’s job-contact table, see docs/evidence.md';

export function passProbability(strength: number, options: Partial<PassProbabilityOptions> = {}): number {
  const o = { ...PASS_PROBABILITY_DEFAULTS, ...options };
  const clamped = Math.min(1, Math.max(0, strength));
  return o.min + (o.max - o.min) * Math.pow(clamped, o.exponent);
}

/** "passes word on about 9% of the time (…calibrated…)": what a tie of this strength means for an ask. */
export function describePass(strength: number): string {
  const percent = 100 * passProbability(strength);
  return `passes word on about ${percent < 1 ? percent.toFixed(1) : percent.toFixed(0)}% of the time (${PASS_MODEL_SOURCE})`;
}
