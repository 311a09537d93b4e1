// The word gate only skips rules that cannot match: with it, every title gets the seniority that running every rule
// in order gives. Checked on every development title and on generated variants of them (ranks, teams, employers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom } from '../random/seeded-random.ts';
import { classifyTitleUncached, seniorityByEveryRule } from './classify-title.ts';
import { normalizeTitle } from './normalize-title.ts';
import { literalKeys, requiredItems } from './seniority-gate.ts';
import { TITLE_DEV_SET_FUNCTIONS } from './title-dev-set-functions.ts';
import { TITLE_DEV_SET_GENERAL } from './title-dev-set-general.ts';
import { TITLE_DEV_SET_VARIED } from './title-dev-set-varied.ts';
import { TITLE_EVAL_SET } from './title-eval-set.ts';
import { TITLE_HOLDOUT_SET } from './title-holdout-set.ts';

test('a pattern gives its whole words (not those in lookarounds or optional groups), both forms of a word with an optional last letter, and the pieces read inside words', () => {
  assert.deepEqual(literalKeys(' (?:senior|sr|founders?)(?= )'), { words: ['senior', 'sr', 'founders', 'founder'], pieces: [] });
  assert.deepEqual(literalKeys(' (?:\\S+(?<!team|bau)leiter(?:in)?|head)(?= )'), { words: ['head'], pieces: ['leiter'] });
  assert.deepEqual(literalKeys(' (?:(?:co )?chair|(?<!vice )president(?! elect))(?= )').words, ['chair', 'president']);
  assert.deepEqual(literalKeys(' (?:\\S+(?<!produkt)(?:manager|managerin))(?= )').pieces, ['manager', 'managerin']);
});

test('an alternative needs each of its plain words, one word of a plain group, and the word after a repeated group', () => {
  assert.deepEqual(requiredItems('general manager'), [['general'], ['manager']]);
  assert.deepEqual(requiredItems('(?<!advisory )board members?'), [['board'], ['members', 'member']]);
  assert.deepEqual(requiredItems('(?:assistant|asst) (?:vice president|vp)'), [['assistant', 'asst'], ['vice', 'vp']]);
  assert.deepEqual(requiredItems('chief (?:\\S+ ){1,4}officer'), [['chief'], ['officer']]);
  assert.deepEqual(requiredItems('(?:co )?founders?(?! associate)'), [['founders', 'founder']]);
  assert.deepEqual(requiredItems('\\S*(?<!haus)meister'), []);
});

test('gated seniority equals every rule in order, on every development title and 6,000 variants', () => {
  const titles = [...TITLE_EVAL_SET, ...TITLE_HOLDOUT_SET, ...TITLE_DEV_SET_VARIED, ...TITLE_DEV_SET_GENERAL, ...TITLE_DEV_SET_FUNCTIONS].map((row) => row.title);
  const random = createRandom(7);
  const ranks = ['Senior ', 'Head of ', 'VP ', 'Interim ', 'Co-Founder & ', 'Werkstudentin ', ''];
  const tails = [' at Contoso', ' | ex-Fabrikam', ', EMEA', ' (m/w/d)', ' III', ' & Partner', ''];
  for (let i = 0; i < 6000; i++) titles.push(random.pick(ranks) + random.pick(titles) + random.pick(tails));
  const disagree = titles.filter((title) => {
    const text = normalizeTitle(title).text;
    return text.trim() !== '' && classifyTitleUncached(title).seniority !== seniorityByEveryRule(text);
  });
  assert.deepEqual(disagree, []);
});
