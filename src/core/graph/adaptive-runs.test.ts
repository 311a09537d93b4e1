import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { halfWidth, preciseEnough, runCheckpoints } from './adaptive-runs.ts';

describe('runCheckpoints', () => {
  it('checks after the minimum, then doubles, and always ends at the cap', () => {
    assert.deepEqual(runCheckpoints(10_000, 1_000), [1_000, 2_000, 4_000, 8_000, 10_000]);
    assert.deepEqual(runCheckpoints(8_000, 1_000), [1_000, 2_000, 4_000, 8_000]);
  });

  it('runs the cap in one go when the cap is below the minimum', () => {
    assert.deepEqual(runCheckpoints(500, 1_000), [500]);
  });

  it('refuses a cap or minimum that is not a whole number', () => {
    assert.throws(() => runCheckpoints(0, 1_000), /run cap/);
    assert.throws(() => runCheckpoints(100, 0.5), /minRuns/);
  });
});

describe('preciseEnough', () => {
  const goal = { relative: 0.01, absolute: 0.5 };

  it('accepts a half-width within 1% of the mean', () => {
    assert.equal(preciseEnough({ mean: 513, low: 508, high: 518, stdErr: 2.55 }, goal), true);
    assert.equal(preciseEnough({ mean: 513, low: 506, high: 520, stdErr: 3.6 }, goal), false);
  });

  it('accepts a half-width within half a person when the mean is small', () => {
    assert.equal(preciseEnough({ mean: 12, low: 11.6, high: 12.4, stdErr: 0.2 }, goal), true);
    assert.equal(preciseEnough({ mean: 12, low: 11.3, high: 12.7, stdErr: 0.36 }, goal), false);
  });

  it('measures the half-width on the upper side, since counts floor the lower bound at 0', () => {
    assert.ok(Math.abs(halfWidth({ mean: 0.3, low: 0, high: 0.9, stdErr: 0.3 }) - 0.6) < 1e-12);
    assert.equal(preciseEnough({ mean: 0.3, low: 0, high: 0.9, stdErr: 0.3 }, goal), false);
  });
});
