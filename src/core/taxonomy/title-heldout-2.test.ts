// The second held-out title set stays held out: no title in it is a development-set or first-held-out title once case,
// accents, whitespace and punctuation are folded, and its labels are valid LinkedIn names. Failure messages give counts,
// never titles. No accuracy is asserted here: the lead measures the aggregate once and sets the floor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { evaluateTitles } from './evaluate-titles.ts';
import { isJobFunction, isSeniority, JOB_FUNCTION_NAMES, SENIORITY_NAMES } from './linkedin-taxonomy.ts';
import { TITLE_DEVELOPMENT_SETS } from './title-development-sets.ts';
import { TITLE_HELDOUT_SET } from './title-heldout-set.ts';
import { TITLE_HELDOUT_SET_2 } from './title-heldout-set-2.ts';
import { countSharedTitles, titleOverlapKey } from './title-overlap.ts';

describe('second held-out title set', () => {
  it('has at least 600 titles, none repeated after folding', () => {
    const keys = new Set(TITLE_HELDOUT_SET_2.map((row) => titleOverlapKey(row.title)));
    const repeated = TITLE_HELDOUT_SET_2.length - keys.size;
    assert.equal(repeated, 0, `${repeated} titles repeat after folding case, accents and punctuation`);
    assert.ok(keys.size >= 600, `only ${keys.size} titles`);
  });

  it('shares no title with any development set or with the first held-out set', () => {
    const others = { ...TITLE_DEVELOPMENT_SETS, 'title-heldout-set (the first held-out set)': TITLE_HELDOUT_SET };
    const collisions = Object.entries(others)
      .map(([name, set]) => ({ name, shared: countSharedTitles(TITLE_HELDOUT_SET_2, set) }))
      .filter(({ shared }) => shared > 0)
      .map(({ name, shared }) => `${shared} titles shared with ${name}`);
    assert.deepEqual(collisions, []);
  });

  it('labels every title with a LinkedIn seniority and function or Unknown', () => {
    const invalid = TITLE_HELDOUT_SET_2.filter(
      (row) => !(row.seniority === 'Unknown' || isSeniority(row.seniority)) || !(row.function === 'Unknown' || isJobFunction(row.function)),
    );
    assert.equal(invalid.length, 0, `${invalid.length} titles carry a label LinkedIn does not define`);
  });

  it('covers every LinkedIn seniority and all 26 job functions, so its figure is not one kind of title', () => {
    const seniorities = new Set(TITLE_HELDOUT_SET_2.map((row) => row.seniority));
    const functions = new Set(TITLE_HELDOUT_SET_2.map((row) => row.function));
    assert.deepEqual(SENIORITY_NAMES.filter((name) => !seniorities.has(name)), []);
    assert.deepEqual(JOB_FUNCTION_NAMES.filter((name) => !functions.has(name)), []);
    assert.equal(JOB_FUNCTION_NAMES.length, 26);
  });
});

// Floors at the measurements of this set, rounded down: seniority 93.4%, function 85.6% on 724 titles at the first
// (2026-12-07 morning); 96.8% and 91.3% after three new development sets written and labelled before the classifier
// ran on them (title-dev-set-world-2/3/4.ts) and the rules learned from their misses (2026-12-07 afternoon); 97.0% and
// 93.4% after four more (world-5/6: trades, care and kitchens in many languages; world-7/8: offices, professions,
// abbreviations and misspellings), each measured unseen first (docs/title-labelling.md). The function floor is now the
// goal of issue #17 (95% / 93%). Only the aggregate is ever reported, so the set's misses cannot steer the rules.
describe('held-out set 2 accuracy', () => {
  it('stays at or above the measured floors, reported only in aggregate', () => {
    const result = evaluateTitles(TITLE_HELDOUT_SET_2, classifyTitleUncached);
    const figures = `seniority ${(result.seniorityAccuracy * 100).toFixed(1)}%, function ${(result.functionAccuracy * 100).toFixed(1)}% on ${result.total} titles`;
    assert.ok(result.seniorityAccuracy >= 0.96 && result.functionAccuracy >= 0.93, figures);
  });
});
