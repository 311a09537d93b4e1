// The classifier against the labelled evaluation set: a real quality bar, not a snapshot of its own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTitles } from './evaluate-titles.ts';
import { TITLE_EVAL_SET } from './title-eval-set.ts';
import { isJobFunction, isSeniority } from './linkedin-taxonomy.ts';

test('the evaluation set has at least 400 distinct titles with valid labels', () => {
  const titles = TITLE_EVAL_SET.map((item) => item.title);
  assert.ok(titles.length >= 400, `${titles.length} titles`);
  assert.equal(new Set(titles).size, titles.length, 'titles are unique');
  for (const item of TITLE_EVAL_SET) {
    assert.ok(item.seniority === 'Unknown' || isSeniority(item.seniority), item.title);
    assert.ok(item.function === 'Unknown' || isJobFunction(item.function), item.title);
  }
});

test('the classifier reaches 95% seniority and 90% function accuracy on the evaluation set', () => {
  const result = evaluateTitles(TITLE_EVAL_SET);
  const report = result.misses
    .map((miss) => `${miss.title}: expected ${miss.expected.seniority}/${miss.expected.function}, got ${miss.actual.seniority}/${miss.actual.function}`)
    .join('\n');
  assert.ok(result.seniorityAccuracy >= 0.95, `seniority ${result.seniorityAccuracy}\n${report}`);
  assert.ok(result.functionAccuracy >= 0.9, `function ${result.functionAccuracy}\n${report}`);
});

test('evaluateTitles counts each field separately and lists the misses', () => {
  const result = evaluateTitles(
    [
      { title: 'Software Engineer', seniority: 'Entry', function: 'Engineering' },
      { title: 'Software Engineer', seniority: 'Senior', function: 'Engineering' },
      { title: 'Software Engineer', seniority: 'Senior', function: 'Sales' },
      { title: 'Recruiter', seniority: 'Entry', function: 'Human Resources' },
    ],
  );
  assert.equal(result.total, 4);
  assert.equal(result.seniorityAccuracy, 0.5);
  assert.equal(result.functionAccuracy, 0.75);
  assert.deepEqual(result.misses.map((miss) => miss.wrong), [['seniority'], ['seniority', 'function']]);
  assert.deepEqual(evaluateTitles([]), { total: 0, seniorityAccuracy: 1, functionAccuracy: 1, misses: [] });
});
