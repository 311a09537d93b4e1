// The strength -> pass probability curve: monotone, bounded, and shaped by the calibration on Granovetter's table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePass, PASS_PROBABILITY_DEFAULTS, passProbability } from './pass-probability.ts';

describe('passProbability', () => {
  it('maps the weakest tie to the floor and the strongest to the ceiling', () => {
    assert.equal(passProbability(0), PASS_PROBABILITY_DEFAULTS.min);
    assert.equal(passProbability(1), PASS_PROBABILITY_DEFAULTS.max);
    assert.equal(passProbability(7), PASS_PROBABILITY_DEFAULTS.max);
  });

  it('rises with strength, and faster than strength: a strong tie passes word on far more often than a weak one', () => {
    let previous = 0;
    for (let s = 0; s <= 1; s += 0.05) {
      const p = passProbability(s);
      assert.ok(p >= previous);
      previous = p;
    }
    // Calibrated on Granovetter's table (docs/evidence.md) the curve is convex: below the straight line in the middle.
    const linear = PASS_PROBABILITY_DEFAULTS.min + (PASS_PROBABILITY_DEFAULTS.max - PASS_PROBABILITY_DEFAULTS.min) * 0.3;
    assert.ok(passProbability(0.3) < linear);
    assert.ok(passProbability(0.6) > 10 * passProbability(0.08), 'a regular correspondent passes ten times as often as a bare connection');
  });

  it('explains a tie in words, with where the numbers come from', () => {
    assert.match(describePass(0.6), /^passes word on about 27% of the time \(pass probabilities calibrated on Granovetter’s job-contact table, see docs\/evidence\.md\)$/);
    assert.match(describePass(0.08), /about 1% of the time/);
    assert.match(describePass(0), /about 0\.2% of the time/);
  });
});
