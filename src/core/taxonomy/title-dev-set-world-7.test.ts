// The tenth development set (office and professional titles in English and many languages, written after the world-6
// rules and measured unseen at 74.5% function, 93.7% seniority) stays classified: floors just under the accuracy measured
// once its misses were studied, so a rule change that loses a profession or a language fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { evaluateTitles } from './evaluate-titles.ts';
import { isJobFunction, isSeniority } from './linkedin-taxonomy.ts';
import { TITLE_DEV_SET_WORLD_7 } from './title-dev-set-world-7.ts';
import { titleOverlapKey } from './title-overlap.ts';

describe('world-7 development set', () => {
  it('has at least 350 titles, none repeated after folding, with valid labels', () => {
    const keys = new Set(TITLE_DEV_SET_WORLD_7.map((row) => titleOverlapKey(row.title)));
    assert.equal(keys.size, TITLE_DEV_SET_WORLD_7.length);
    assert.ok(keys.size >= 350, `only ${keys.size} titles`);
    for (const row of TITLE_DEV_SET_WORLD_7) {
      assert.ok(row.seniority === 'Unknown' || isSeniority(row.seniority), row.title);
      assert.ok(row.function === 'Unknown' || isJobFunction(row.function), row.title);
    }
  });

  it('classifies seniority at 95% and function at 94% or better', () => {
    const result = evaluateTitles(TITLE_DEV_SET_WORLD_7, classifyTitleUncached);
    const misses = result.misses.map(({ title, expected, actual }) => `${title}: expected ${expected.seniority}/${expected.function}, got ${actual.seniority}/${actual.function} (${actual.functionReason})`);
    assert.ok(result.seniorityAccuracy >= 0.95 && result.functionAccuracy >= 0.94, misses.join('\n'));
  });

  it('reads a misspelt job noun as the job, but never corrects a word another clue read', () => {
    assert.equal(classifyTitleUncached('Jouranlist').function, 'Media and Communication');
    assert.equal(classifyTitleUncached('Reciptionist').function, 'Administrative');
    assert.equal(classifyTitleUncached('Acountant Assistant').function, 'Accounting');
    // "negocio" is one letter from the Italian "negozio" (a shop): an owner of a business stays an entrepreneur.
    assert.equal(classifyTitleUncached('Dueña de negocio').function, 'Entrepreneurship');
    assert.equal(classifyTitleUncached('Partner').function, 'Unknown');
  });

  it('reads office abbreviations and civil-service caseworkers', () => {
    assert.equal(classifyTitleUncached('S&OP Manager').function, 'Operations');
    assert.equal(classifyTitleUncached('VP, Total Rewards').function, 'Human Resources');
    assert.equal(classifyTitleUncached('Handläggare').function, 'Administrative');
    assert.equal(classifyTitleUncached('Contrôleuse de gestion').function, 'Accounting');
  });
});
