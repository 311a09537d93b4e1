// From tie strength to the probability that word passes along a tie (the independent-cascade edge probability).
//
// A referral or an ask travels along a tie only if the contact acts on it, and it is news only if you have not heard
// it already. The product runs the model docs/evidence.md calls "cascade + redundancy term", with that row's fit:
//
//   pass probability = passProbability(strength) × novelty(m)
//
// passProbability() is calibrated, not guessed: `npm run evidence` runs Referable's tie strength and this model in
// simulated job markets and fits `min` and `exponent` to Granovetter's table of how often job-finders had seen the
// contact who told them (Getting a Job, 1974; "The Strength of Weak Ties", AJS 1973: 16.7% often, 55.6% occasionally,
// 27.8% rarely), with `max` and `redundancyHalf` held. Fitted that way — and only that way — the same simulation also
// shows what Gee, Jones & Burke (Journal of Labor Economics, 2017) measured on Facebook (one strong tie helps more
// than one weak tie, yet weaker ties carry most hires) and, over mutual connections, the inverted U Rajkumar et al.
// (Science, 2022) found on LinkedIn; docs/evidence.md says how close it comes.
//
// novelty() is the redundancy term. Strongly tied contacts sit in the same dense cluster as you (Granovetter 1973),
// so what they hear comes from sources you share: Burt (Structural Holes, 1992) calls them redundant by cohesion, and
// Aral & Van Alstyne ("The Diversity-Bandwidth Trade-off", AJS 117(1), 2011) measured that high-bandwidth ties carry
// more but less novel information. A contact with m mutual connections draws on `redundancyHalf` sources of their own
// and m shared with you: the share that is new to you is redundancyHalf / (redundancyHalf + m). The plain cascade
// misses this: each tie's coin is independent of every other path, so an embedded contact would bring as much news as
// a bridge. The evidence study (src/core/evidence/pass-model.ts) and the product (src/core/network/redundancy.ts)
// both call these two functions: one model, not two.

export const PASS_PROBABILITY_DEFAULTS = {
  /**
   * The weakest tie (a connection you never spoke to): 0.07%, fitted on Granovetter's table (docs/evidence.md). At the
   * low edge of the calibration grid: the table asks for weak ties that almost never pass word on by themselves.
   */
  min: 0.0007,
  /** The strongest tie: nobody passes on every ask. Held, not fitted: the table cannot identify a third parameter. */
  max: 0.6,
  /** Passing rises faster than strength, fitted: a moderately weak tie (0.3) passes 7%, a strong one (0.6) 24%. */
  exponent: 1.8,
  /**
   * m½ of the redundancy term: the mutual connections at which half of what a contact hears is already yours. Set, not
   * fitted: about the mean mutual connections of the ties people see often in the evidence worlds (docs/evidence.md,
   * where 5 and 20 are tried too). 0 leaves the term out (the plain independent cascade).
   */
  redundancyHalf: 10,
  /** Inferred coworker ties (same employer, never confirmed): a low, flat probability. */
  inferredCoworker: 0.02,
};

export type PassProbabilityOptions = typeof PASS_PROBABILITY_DEFAULTS;

/** Where the defaults come from, for explanations a user reads. */
export const PASS_MODEL_SOURCE = 'pass probabilities calibrated on Granovetter’s job-contact table, less for contacts who share many of your connections (Burt 1992), see docs/evidence.md';

export function passProbability(strength: number, options: Partial<PassProbabilityOptions> = {}): number {
  const o = { ...PASS_PROBABILITY_DEFAULTS, ...options };
  const clamped = Math.min(1, Math.max(0, strength));
  return o.min + (o.max - o.min) * Math.pow(clamped, o.exponent);
}

/**
 * The redundancy term: the share of what a contact with `mutual` mutual connections hears that is new to you,
 * redundancyHalf / (redundancyHalf + mutual); 1 when the term is off (redundancyHalf 0) or nobody is shared.
 */
export function novelty(mutual: number, redundancyHalf: number = PASS_PROBABILITY_DEFAULTS.redundancyHalf): number {
  return redundancyHalf > 0 ? redundancyHalf / (redundancyHalf + Math.max(0, mutual)) : 1;
}

/** The model's pass probability of a tie: passProbability(strength) × novelty(mutual connections). */
export function tiePassProbability(strength: number, mutual: number, options: Partial<PassProbabilityOptions> = {}): number {
  return passProbability(strength, options) * novelty(mutual, options.redundancyHalf ?? PASS_PROBABILITY_DEFAULTS.redundancyHalf);
}

/** "passes word on about 24% of the time (…calibrated…)": what a tie of this strength means for an ask. */
export function describePass(strength: number, mutual = 0): string {
  const percent = 100 * tiePassProbability(strength, mutual);
  const shared = mutual > 0 ? ` — it shares ${mutual} of your connections` : '';
  return `passes word on about ${percent < 1 ? percent.toFixed(1) : percent.toFixed(0)}% of the time${shared} (${PASS_MODEL_SOURCE})`;
}
