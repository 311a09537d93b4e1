// Tests for Monte Carlo confidence intervals: known normal quantiles and intervals a statistician would check by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intervalFromSums, normalQuantile } from './interval.ts';
import { ReferableError } from '../errors.ts';

test('normal quantiles match the tables', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959963985) < 1e-8);
  assert.ok(Math.abs(normalQuantile(0.995) - 2.575829304) < 1e-8);
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-12);
  assert.ok(Math.abs(normalQuantile(0.01) + 2.326347874) < 1e-8);
  assert.ok(Math.abs(normalQuantile(0.9) - 1.281551566) < 1e-8);
});

test('an interval is mean ± z·s/√n with the n − 1 variance, floored at zero', () => {
  // Values 0, 0, 1, 1: mean 0.5, sample variance 1/3, standard error sqrt(1/12).
  const interval = intervalFromSums(4, 2, 2, 0.95);
  const stdErr = Math.sqrt(1 / 12);
  assert.equal(interval.mean, 0.5);
  assert.ok(Math.abs(interval.stdErr - stdErr) < 1e-12);
  assert.ok(Math.abs(interval.high - (0.5 + 1.959963985 * stdErr)) < 1e-8);
  assert.equal(interval.low, 0, 'a count cannot be negative');
});

test('identical runs give a zero-width interval', () => {
  const interval = intervalFromSums(1000, 7000, 49000, 0.95);
  assert.deepEqual(interval, { mean: 7, low: 7, high: 7, stdErr: 0 });
});

test('too few runs or a confidence outside (0, 1) is invalid input', () => {
  assert.throws(() => intervalFromSums(1, 1, 1, 0.95), (error: unknown) => error instanceof ReferableError && error.code === 'INVALID_INPUT');
  assert.throws(() => intervalFromSums(10, 1, 1, 1), ReferableError);
  assert.throws(() => normalQuantile(0), ReferableError);
});
