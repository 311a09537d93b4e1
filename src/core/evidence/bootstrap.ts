// Confidence intervals for the evidence run: a percentile bootstrap over worlds, and Wilson's interval for a paper's
// own proportions.
//
// Hires inside one world are not independent (they share seekers, openings and ties), so intervals resample whole
// worlds — the cluster bootstrap (Davison & Hinkley, Bootstrap Methods and their Application, 1997, §3.8) — and
// compute every statistic as a ratio of sums over the resampled worlds. Wilson's score interval (Wilson, JASA 22,
// 1927) is used for the published shares, which come from small samples (Granovetter's table has n = 54).
import type { Random } from '../random/seeded-random.ts';
import { normalQuantile } from '../graph/interval.ts';
import { ReferableError } from '../errors.ts';

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export const BOOTSTRAP_DEFAULTS = { replicates: 2000, confidence: 0.95 };

/** The numbers of a plain-data tally in a fixed order (object keys in insertion order, arrays in order). */
export function flatten(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number') into.push(value);
  else if (Array.isArray(value)) for (const item of value) flatten(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) flatten(item, into);
  return into;
}

/** A tally shaped like `template` holding the numbers of `vector`, in flatten()'s order. */
export function rebuild<T>(template: T, vector: ArrayLike<number>): T {
  let at = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'number') return vector[at++];
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(template) as T;
}

function quantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Each statistic on the sum of all worlds, with the percentile interval of the same statistic over `replicates`
 * resamples of the worlds. Statistics that come out NaN in a replicate (an empty bin) are left out of its interval.
 */
export function bootstrapWorlds<T, K extends string>(
  worlds: readonly T[], statistics: Record<K, (sum: T) => number>, random: Random, options: Partial<typeof BOOTSTRAP_DEFAULTS> = {},
): Record<K, Estimate> {
  const o = { ...BOOTSTRAP_DEFAULTS, ...options };
  if (worlds.length < 2) throw new ReferableError('INVALID_INPUT', `a bootstrap over worlds needs at least 2 worlds, got ${worlds.length}`);
  const vectors = worlds.map((world) => Float64Array.from(flatten(world)));
  const width = vectors[0].length;
  const total = new Float64Array(width);
  for (const vector of vectors) for (let i = 0; i < width; i++) total[i] += vector[i];
  const template = worlds[0];
  const keys = Object.keys(statistics) as K[];
  const samples = keys.map(() => [] as number[]);
  const sum = new Float64Array(width);
  for (let r = 0; r < o.replicates; r++) {
    sum.fill(0);
    for (let k = 0; k < vectors.length; k++) {
      const vector = vectors[Math.floor(random.next() * vectors.length)];
      for (let i = 0; i < width; i++) sum[i] += vector[i];
    }
    const resampled = rebuild(template, sum);
    keys.forEach((key, index) => {
      const value = statistics[key](resampled);
      if (Number.isFinite(value)) samples[index].push(value);
    });
  }
  const whole = rebuild(template, total);
  const tail = (1 - o.confidence) / 2;
  const result = {} as Record<K, Estimate>;
  keys.forEach((key, index) => {
    const sorted = Float64Array.from(samples[index]).sort();
    const value = statistics[key](whole);
    result[key] = sorted.length === 0 ? { value, low: Number.NaN, high: Number.NaN } : { value, low: quantile(sorted, tail), high: quantile(sorted, 1 - tail) };
  });
  return result;
}

/** Wilson's score interval for `successes` out of `n`. */
export function wilsonInterval(successes: number, n: number, confidence = BOOTSTRAP_DEFAULTS.confidence): Estimate {
  if (!(n > 0 && successes >= 0 && successes <= n)) throw new ReferableError('INVALID_INPUT', `a proportion needs 0 ≤ successes ≤ n and n > 0, got ${successes} of ${n}`);
  const z = normalQuantile(0.5 + confidence / 2);
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { value: p, low: centre - half, high: centre + half };
}
