// When to stop sampling: Monte Carlo word of mouth runs in batches and stops once every figure it reports is known
// closely enough, instead of always running the cap.
//
// The rule: the 95% interval's half-width is at most `relative` of the mean (1%) or at most `absolute` people (0.5),
// for each reported measure (in-market people, target companies, everyone reached). Batch boundaries are fixed in
// advance (minRuns, then doubling up to the cap), so the answer depends only on the seed and the data, never on how
// the runs were split over threads. Stopping on a data-dependent rule shifts coverage slightly below the nominal 95%
// when the first check comes early (Chow & Robbins 1965 give the asymptotics); starting at 1,000 runs and doubling
// keeps that to a handful of looks, and the interval reported is the one computed over every run made.
import type { Interval } from './interval.ts';

export interface PrecisionGoal {
  /** Stop when the half-width is at most this share of the mean. */
  relative: number;
  /** …or at most this many (people, companies). */
  absolute: number;
  /** The first check comes after this many runs (fewer if the cap is lower). */
  minRuns: number;
}

export const PRECISION_DEFAULTS: PrecisionGoal = { relative: 0.01, absolute: 0.5, minRuns: 1_000 };

/** Cumulative run counts after which to check: minRuns, 2·minRuns, 4·minRuns, … and finally the cap. */
export function runCheckpoints(cap: number, minRuns: number): number[] {
  if (!(Number.isInteger(cap) && cap >= 1)) throw new RangeError(`run cap must be a whole number ≥ 1, got ${cap}`);
  if (!(Number.isInteger(minRuns) && minRuns >= 1)) throw new RangeError(`minRuns must be a whole number ≥ 1, got ${minRuns}`);
  const checkpoints: number[] = [];
  for (let runs = Math.min(minRuns, cap); runs < cap; runs *= 2) checkpoints.push(runs);
  checkpoints.push(cap);
  return checkpoints;
}

export function halfWidth(interval: Interval): number {
  // low is floored at 0 for counts, so the upper side is the honest half-width.
  return interval.high - interval.mean;
}

/** Whether an interval is as tight as the goal asks. */
export function preciseEnough(interval: Interval, goal: Pick<PrecisionGoal, 'relative' | 'absolute'>): boolean {
  return halfWidth(interval) <= Math.max(goal.relative * Math.abs(interval.mean), goal.absolute);
}
