// Calibration on one source only: Granovetter's table of how often job-finders saw the contact who told them.
//
// Granovetter ("The Strength of Weak Ties", AJS 78(6), 1973, p. 1371; Getting a Job, 1974): of 54 Newton,
// Massachusetts professional, technical and managerial workers who found their job through a personal contact, 9 saw
// that contact often, 30 occasionally and 15 rarely (16.7%, 55.6%, 27.8%). The fit maximises the multinomial
// likelihood of those counts under the simulated shares, over two parameters of passProbability() — `min` (how often
// the weakest tie passes news on) and `exponent` (how fast passing rises with strength) — with `max` held at the
// product's value: the table has two degrees of freedom, so a third free parameter could not be identified. The
// search is a grid, then a finer grid around the best point; every grid point runs on the same calibration worlds
// and the same coins (job-search.ts), so differences between points are not Monte Carlo noise.
import type { PassModel } from './pass-model.ts';

export const GRANOVETTER = {
  counts: [9, 30, 15] as readonly number[],
  n: 54,
};

/** Log-likelihood of Granovetter's counts under the shares of the simulated hires by band (higher is better). */
export function granovetterLogLikelihood(hiresByBand: readonly number[]): number {
  const total = hiresByBand.reduce((sum, count) => sum + count, 0);
  if (total === 0) return Number.NEGATIVE_INFINITY;
  let value = 0;
  GRANOVETTER.counts.forEach((count, band) => {
    value += count * Math.log(Math.max(hiresByBand[band] / total, 1e-9));
  });
  return value;
}

/**
 * Pearson's goodness of fit of Granovetter's counts to the simulated shares: X² and its p-value with 2 degrees of
 * freedom, for which the χ² survival function is exactly exp(−X²/2). A p-value above 0.05 means the paper's 54
 * answers are what a sample of 54 from the simulated population would plausibly look like.
 */
export function granovetterFit(shares: readonly number[]): { x2: number; p: number } {
  let x2 = 0;
  GRANOVETTER.counts.forEach((count, band) => {
    const expected = GRANOVETTER.n * shares[band];
    x2 += expected > 0 ? ((count - expected) * (count - expected)) / expected : Number.POSITIVE_INFINITY;
  });
  return { x2, p: Math.exp(-x2 / 2) };
}

export const CALIBRATION_DEFAULTS = {
  /** First grid: `min` doubling from 0.1% to 3.2%, `exponent` from 0.8 (the product's before calibration) to 3. */
  min: [0.001, 0.002, 0.004, 0.008, 0.016, 0.032],
  exponent: [0.8, 1.2, 1.6, 2.0, 2.5, 3.0],
  /** Second grid around the best point: `min` times these factors, `exponent` plus these steps. */
  minFactors: [0.7, 0.84, 1, 1.19, 1.41],
  exponentSteps: [-0.2, -0.1, 0, 0.1, 0.2],
};

type Fixed = Pick<PassModel, 'max' | 'redundancyHalf'>;

export function firstGrid(fixed: Fixed, o = CALIBRATION_DEFAULTS): PassModel[] {
  return o.min.flatMap((min) => o.exponent.map((exponent) => ({ ...fixed, min, exponent })));
}

export function secondGrid(best: PassModel, o = CALIBRATION_DEFAULTS): PassModel[] {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return o.minFactors.flatMap((factor) => o.exponentSteps.map((step) => ({ ...best, min: round(best.min * factor), exponent: round(Math.max(0.1, best.exponent + step)) })));
}

/** The model whose simulated hires give Granovetter's counts the highest likelihood; the first wins a tie. */
export function bestModel(models: readonly PassModel[], hiresByBand: readonly (readonly number[])[]): { model: PassModel; logLikelihood: number } {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  hiresByBand.forEach((counts, index) => {
    const value = granovetterLogLikelihood(counts);
    if (value > bestValue) {
      bestValue = value;
      best = index;
    }
  });
  return { model: models[best], logLikelihood: bestValue };
}
