// Title words are looked up once per title and shared: the facts the stages keep on a word are worked out once for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyTitleUncached } from './classify-title.ts';
import { titleWord, titleWordsOf } from './title-word.ts';

test('the same text gives the same word, which keeps what the classifier worked out about it', () => {
  assert.equal(titleWord('recruiter'), titleWord('recruiter'));
  assert.equal(titleWord('recruiter').text, 'recruiter');
  classifyTitleUncached('Senior Recruiter');
  assert.notEqual(titleWord('recruiter').function, undefined);
  assert.notEqual(titleWord('senior').seniority, undefined);
});

test('the words of a title fill the buffer given, emptied first', () => {
  const buffer = titleWordsOf(['old'], []);
  assert.deepEqual(titleWordsOf(['head', 'of', 'sales', '|', 'emea'], buffer).map((word) => word.text), ['head', 'of', 'sales', '|', 'emea']);
});

test('remembered words do not change answers: a title classified again, after others, gets the same answer', () => {
  const first = classifyTitleUncached('Vertriebsleiterin DACH');
  for (const title of ['Leiter Vertrieb', 'Kardiologin', 'Softwareentwickler', 'Head of Sales']) classifyTitleUncached(title);
  assert.deepEqual(classifyTitleUncached('Vertriebsleiterin DACH'), first);
});
