// The strength -> pass probability curve: monotone, bounded, weak ties kept above zero.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PASS_PROBABILITY_DEFAULTS, passProbability } from './pass-probability.ts';

describe('passProbability', () => {
  it('maps the weakest tie to the floor and the strongest to the ceiling', () => {
    assert.equal(passProbability(0), PASS_PROBABILITY_DEFAULTS.min);
    assert.equal(passProbability(1), PASS_PROBABILITY_DEFAULTS.max);
    assert.equal(passProbability(7), PASS_PROBABILITY_DEFAULTS.max);
  });

  it('rises with strength and lifts moderately weak ties above the straight line', () => {
    let previous = 0;
    for (let s = 0; s <= 1; s += 0.05) {
      const p = passProbability(s);
      assert.ok(p >= previous);
      previous = p;
    }
    const linear = PASS_PROBABILITY_DEFAULTS.min + (PASS_PROBABILITY_DEFAULTS.max - PASS_PROBABILITY_DEFAULTS.min) * 0.3;
    assert.ok(passProbability(0.3) > linear);
  });
});
