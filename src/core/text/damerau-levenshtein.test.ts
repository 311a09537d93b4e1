import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { damerauLevenshtein, wordSimilarity } from './damerau-levenshtein.ts';

describe('damerauLevenshtein', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours as one edit each', () => {
    assert.equal(damerauLevenshtein('charls', 'charles'), 1);
    assert.equal(damerauLevenshtein('babage', 'babbage'), 1);
    assert.equal(damerauLevenshtein('babbgae', 'babbage'), 1, 'a swap');
    assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
    assert.equal(damerauLevenshtein('', 'ada'), 3);
    assert.equal(damerauLevenshtein('ada', 'ada'), 0);
    assert.equal(damerauLevenshtein('abcdef', 'uvwxyz', 2), 3, 'stops past the limit');
    assert.equal(wordSimilarity('charls', 'charles'), 1 - 1 / 7);
  });

  it('is symmetric, zero only for equal words, and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        assert.equal(d, damerauLevenshtein(b, a));
        assert.equal(d === 0, a === b);
        assert.ok(d <= Math.max(a.length, b.length));
      }),
      { seed: 20261125 },
    );
  });
});
