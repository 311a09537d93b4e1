// Confidence intervals for Monte Carlo means: the normal approximation from a run count, a sum and a sum of squares.
//
// Why the normal approximation: a word-of-mouth estimate averages thousands of independent runs, so by the central
// limit theorem the mean is close to normal and mean ± z·s/√n is accurate (Wasserman, "All of Statistics", §6.3.2).
// It only needs (n, Σx, Σx²), which is what lets Monte Carlo chunks from several threads be combined exactly.
// The quantile z is Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9).
import { ReferableError } from '../errors.ts';

export interface Interval {
  /** Sample mean over the runs. */
  mean: number;
  /** mean − z·stdErr, floored at 0 (the measures are counts, never negative). */
  low: number;
  /** mean + z·stdErr. */
  high: number;
  /** Standard error of the mean: sample standard deviation (n − 1 denominator) / √n. */
  stdErr: number;
}

// Coefficients of Peter J. Acklam's algorithm for the inverse of the standard normal CDF (2003).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** The standard normal quantile: the z with P(Z ≤ z) = p, for p in (0, 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new ReferableError('INVALID_INPUT', `normal quantile needs p in (0, 1), got ${p}`);
  if (p < P_LOW || p > 1 - P_LOW) {
    // Tails: rational function of sqrt(−2 log q), mirrored for the upper tail.
    const q = Math.sqrt(-2 * Math.log(p < P_LOW ? p : 1 - p));
    const z = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    return p < P_LOW ? z : -z;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** The two-sided interval at `confidence` (e.g. 0.95 → z ≈ 1.96) for the mean of n runs with the given sums; n ≥ 2. */
export function intervalFromSums(n: number, sum: number, sumOfSquares: number, confidence: number): Interval {
  if (!(Number.isInteger(n) && n >= 2)) throw new ReferableError('INVALID_INPUT', `a confidence interval needs at least 2 runs, got ${n}`);
  if (!(confidence > 0 && confidence < 1)) throw new ReferableError('INVALID_INPUT', `confidence must be in (0, 1), got ${confidence}`);
  const mean = sum / n;
  // Σx² − mean·Σx can come out a hair below zero in floating point when every run gave the same value.
  const variance = Math.max(0, (sumOfSquares - mean * sum) / (n - 1));
  const stdErr = Math.sqrt(variance / n);
  const z = normalQuantile(0.5 + confidence / 2);
  return { mean, low: Math.max(0, mean - z * stdErr), high: mean + z * stdErr, stdErr };
}
