// The held-out title set stays held out: no title in it is a development-set title once case, accents, whitespace and
// punctuation are folded, and its labels are valid LinkedIn names. Accuracy is asserted only in aggregate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { evaluateTitles } from './evaluate-titles.ts';
import { isJobFunction, isSeniority } from './linkedin-taxonomy.ts';
import { TITLE_DEVELOPMENT_SETS } from './title-development-sets.ts';
import { TITLE_HELDOUT_SET } from './title-heldout-set.ts';
import { TITLE_HELDOUT_SET_2 } from './title-heldout-set-2.ts';
import { countSharedTitles, titleOverlapKey } from './title-overlap.ts';

// Every development set is checked against both held-out sets; the messages give counts only, never titles (about 25
// first-held-out titles once leaked through this test's messages, which is why the second set exists).
const HELD_OUT_SETS = { 'title-heldout-set': TITLE_HELDOUT_SET, 'title-heldout-set-2': TITLE_HELDOUT_SET_2 };

describe('held-out title set', () => {
  it('has at least 500 titles, none repeated after folding', () => {
    const keys = new Set(TITLE_HELDOUT_SET.map((row) => titleOverlapKey(row.title)));
    assert.equal(keys.size, TITLE_HELDOUT_SET.length, 'a title repeats after folding case, accents and punctuation');
    assert.ok(keys.size >= 500, `only ${keys.size} titles`);
  });

  it('shares no title with any development set after folding case, accents, whitespace and punctuation', () => {
    const collisions: string[] = [];
    for (const [heldOutName, heldOut] of Object.entries(HELD_OUT_SETS)) {
      for (const [name, set] of Object.entries(TITLE_DEVELOPMENT_SETS)) {
        const shared = countSharedTitles(set, heldOut);
        if (shared > 0) collisions.push(`${name} shares ${shared} titles with ${heldOutName}`);
      }
    }
    assert.deepEqual(collisions, []);
  });

  it('labels every title with a LinkedIn seniority and function or Unknown', () => {
    for (const row of TITLE_HELDOUT_SET) {
      assert.ok(row.seniority === 'Unknown' || isSeniority(row.seniority), row.title);
      assert.ok(row.function === 'Unknown' || isJobFunction(row.function), row.title);
    }
  });

  it('folds titles the way a reader would call them the same', () => {
    assert.equal(titleOverlapKey('  Sr. Software-Engineer  '), titleOverlapKey('sr software engineer'));
    assert.equal(titleOverlapKey('Directrice Générale'), titleOverlapKey('directrice generale'));
    assert.notEqual(titleOverlapKey('Sr Engineer'), titleOverlapKey('Senior Engineer'));
  });
});

// Regression floors at the accuracy measured after the improvement work, rounded down: 95.9% seniority and 90.1% function
// after the general-vocabulary pass, 96.3% and 90.8% after the function pass (title-dev-set-functions.ts), 97.0% and 92.3% after the world-2/3/4 passes, 97.0% and 94.0%
// after the world-5/6 (trades, care, kitchens) and world-7/8 (offices and professions, misspellings) passes. Only the
// aggregate is reported: the held-out titles' individual misses are never shown, so they cannot steer the rules. The goal
// (issue #17) is 95% / 93%: the floors now hold it.
describe('held-out accuracy', () => {
  it('stays at or above the measured floors, reported only in aggregate', () => {
    const result = evaluateTitles(TITLE_HELDOUT_SET, classifyTitleUncached);
    const figures = `seniority ${(result.seniorityAccuracy * 100).toFixed(1)}%, function ${(result.functionAccuracy * 100).toFixed(1)}% on ${result.total} titles`;
    assert.ok(result.seniorityAccuracy >= 0.96 && result.functionAccuracy >= 0.93, figures);
  });
});
