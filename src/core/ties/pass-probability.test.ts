// The strength -> pass probability curve (monotone, bounded, shaped by the calibration on Granovetter's table) and the
// redundancy term that discounts contacts who share your connections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePass, novelty, PASS_PROBABILITY_DEFAULTS, passProbability, tiePassProbability } from './pass-probability.ts';

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
    // 0.0007 + 0.5993 × 0.6^1.8 = 0.2397: the fit of the cascade + redundancy term (docs/evidence.md).
    assert.match(describePass(0.6), /^passes word on about 24% of the time \(pass probabilities calibrated on Granovetter’s job-contact table, less for contacts who share many of your connections \(Burt 1992\), see docs\/evidence\.md\)$/);
    assert.match(describePass(0.08), /about 0\.7% of the time/);
    assert.match(describePass(0), /about 0\.1% of the time/);
    // Ten shared connections (m½ = 10) halve it, and the explanation says why.
    assert.match(describePass(0.6, 10), /^passes word on about 12% of the time — it shares 10 of your connections \(/);
  });
});

describe('the redundancy term', () => {
  it('is m½ / (m½ + m): all news with nobody shared, half at m½ shared connections, a tenth at 9 m½', () => {
    assert.equal(novelty(0), 1);
    assert.equal(novelty(10, 10), 0.5);
    assert.equal(novelty(90, 10), 0.1);
    assert.equal(novelty(3, 5), 5 / 8);
    assert.equal(novelty(25, 0), 1, 'm½ = 0 is the plain cascade: no discount');
    assert.equal(PASS_PROBABILITY_DEFAULTS.redundancyHalf, 10);
  });

  it('multiplies the strength curve, so an embedded strong tie can pass less than a bridging moderate one', () => {
    assert.equal(tiePassProbability(0.6, 0), passProbability(0.6));
    assert.ok(Math.abs(tiePassProbability(0.6, 10) - passProbability(0.6) / 2) < 1e-12);
    // A strong tie inside your cluster (30 shared connections: a quarter is news) vs a bridge of strength 0.45 (none):
    // 0.240 / 4 = 0.060 < 0.0007 + 0.5993 × 0.45^1.8 = 0.143.
    assert.ok(tiePassProbability(0.6, 30) < tiePassProbability(0.45, 0));
    // Options flow through: the study's fits with other m½ use the same function.
    assert.equal(tiePassProbability(1, 5, { redundancyHalf: 5, max: 0.5 }), 0.25);
  });
});
