// The ninth development set (everyday jobs and office roles in English and twenty languages, written after the world-5
// rules and measured unseen at 84.0% function) stays classified: floors just under the accuracy measured once its misses
// were studied, so a rule change that loses a language fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { evaluateTitles } from './evaluate-titles.ts';
import { isJobFunction, isSeniority } from './linkedin-taxonomy.ts';
import { TITLE_DEV_SET_WORLD_6 } from './title-dev-set-world-6.ts';
import { titleOverlapKey } from './title-overlap.ts';

describe('world-6 development set', () => {
  it('has at least 150 titles, none repeated after folding, with valid labels', () => {
    const keys = new Set(TITLE_DEV_SET_WORLD_6.map((row) => titleOverlapKey(row.title)));
    assert.equal(keys.size, TITLE_DEV_SET_WORLD_6.length);
    assert.ok(keys.size >= 150, `only ${keys.size} titles`);
    for (const row of TITLE_DEV_SET_WORLD_6) {
      assert.ok(row.seniority === 'Unknown' || isSeniority(row.seniority), row.title);
      assert.ok(row.function === 'Unknown' || isJobFunction(row.function), row.title);
    }
  });

  it('classifies seniority at 99% and function at 96% or better', () => {
    const result = evaluateTitles(TITLE_DEV_SET_WORLD_6, classifyTitleUncached);
    const misses = result.misses.map(({ title, expected, actual }) => `${title}: expected ${expected.seniority}/${expected.function}, got ${actual.seniority}/${actual.function} (${actual.functionReason})`);
    assert.ok(result.seniorityAccuracy >= 0.99 && result.functionAccuracy >= 0.96, misses.join('\n'));
  });

  it('reads kitchen helpers in any language from the kitchen word, and a head chef as a manager', () => {
    for (const title of ['Spülhilfe', 'Keittiöapulainen', 'Køkkenmedhjælper', 'Pomoc kuchni', 'キッチンスタッフ']) {
      assert.equal(classifyTitleUncached(title).function, 'Operations', title);
    }
    assert.equal(classifyTitleUncached('Chef cuisinier').seniority, 'Manager');
  });
});
