// The general-vocabulary development set (trades, care, public sector, shops, farms; nine languages) stays classified:
// floors just under the accuracy measured when it was added, so a rule change that loses a language fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { evaluateTitles } from './evaluate-titles.ts';
import { isJobFunction, isSeniority } from './linkedin-taxonomy.ts';
import { TITLE_DEV_SET_GENERAL } from './title-dev-set-general.ts';
import { titleOverlapKey } from './title-overlap.ts';

describe('general-vocabulary development set', () => {
  it('has at least 500 titles, none repeated after folding, with valid labels', () => {
    const keys = new Set(TITLE_DEV_SET_GENERAL.map((row) => titleOverlapKey(row.title)));
    assert.equal(keys.size, TITLE_DEV_SET_GENERAL.length);
    assert.ok(keys.size >= 500, `only ${keys.size} titles`);
    for (const row of TITLE_DEV_SET_GENERAL) {
      assert.ok(isSeniority(row.seniority), row.title);
      assert.ok(isJobFunction(row.function), row.title);
    }
  });

  it('classifies seniority and function at 98% or better', () => {
    const result = evaluateTitles(TITLE_DEV_SET_GENERAL, classifyTitleUncached);
    const misses = result.misses.map(({ title, expected, actual }) => `${title}: expected ${expected.seniority}/${expected.function}, got ${actual.seniority}/${actual.function} (${actual.functionReason})`);
    assert.ok(result.seniorityAccuracy >= 0.98 && result.functionAccuracy >= 0.98, misses.join('\n'));
  });
});
