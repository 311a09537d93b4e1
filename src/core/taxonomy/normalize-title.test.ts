// Normalizing titles: separators, employers, past roles and bosses are handled before any rule reads the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random/seeded-random.ts';
import { MAX_TITLE_CHARS, normalizeGeneral, normalizeTitle } from './normalize-title.ts';
import { TITLE_DEV_SET_FUNCTIONS } from './title-dev-set-functions.ts';
import { TITLE_DEV_SET_GENERAL } from './title-dev-set-general.ts';
import { TITLE_DEV_SET_VARIED } from './title-dev-set-varied.ts';
import { TITLE_EVAL_SET } from './title-eval-set.ts';

test('folds case and accents and marks segments', () => {
  assert.equal(normalizeTitle('Directrice Générale • Paris').text, ' directrice generale | paris ');
  assert.equal(normalizeTitle('VP, Eng (EMEA)').text, ' vp | eng | emea ');
  assert.equal(normalizeTitle('R&D Lead').text, ' r and d lead ');
  assert.equal(normalizeTitle("Chef d'équipe").text, ' chef d equipe ');
  assert.equal(normalizeTitle("Founder's Associate").text, ' founders associate ');
});

test('drops the employer, past roles, statuses and the boss served', () => {
  assert.equal(normalizeTitle('Partner @ Sequoia Capital').text, ' partner ');
  assert.equal(normalizeTitle('Engineer at Sales.io | Ex-Google').text, ' engineer ');
  assert.equal(normalizeTitle('Executive Assistant to the CEO & Founder').text, ' executive assistant ');
  assert.equal(normalizeTitle('Chief of Staff, Office of the CTO').text, ' chief of staff | office ');
  assert.equal(normalizeTitle('Chief of Staff for Engineering').text, ' chief of staff ');
  assert.equal(normalizeTitle('Head of the CEO Office').text, ' head office ');
  // An "of" that names no boss leaves the title whole.
  assert.equal(normalizeTitle('Director of Sales at Contoso').text, ' director of sales ');
  assert.equal(normalizeTitle('Secretary of the Board').text, ' secretary of the board ');
  const status = normalizeTitle('Open to work | Seeking new opportunities');
  assert.equal(status.text.trim(), '');
  assert.ok(status.droppedNonTitle);
  assert.ok(normalizeTitle('Former CEO').droppedPast);
});

test('caps the work on very long input', () => {
  const text = normalizeTitle('Manager '.repeat(5_000)).text;
  assert.ok(text.length <= MAX_TITLE_CHARS + 2);
});

test('the one-pass path (ASCII, and Latin letters folded to ASCII) gives what the general path gives', () => {
  const tricky = ['a - - b', '-a', 'a -', '- a', 'r&d -x', 'a -&b', 'x--y', 'a -- b - c', 'a-b - c-d', ' - ', '---', 'ex-google', 'at foo', 'at', 'C++ dev', 'a+b', 'VP, Eng -- Payments', 'Chef d’équipe', 'Chef d`équipe', 'Directrice Générale – Paris', 'Ingénieur·e', 'Kö´ch', '«Fondatrice»', 'Straße -– Bau', 'ŁÓDŹ – Ŀ', 'Œnologue ¦ ½', 'Señor®', 'Director of Sales', 'Assistant to Jane Doe', 'Consultant for the Partners', 'Coach for Managing Directors', 'Advisor to founders and investors', 'Head of the CEO Office', 'Chief of Staff for Engineering', 'Veteran of Sales of the Navy veteran'];
  const titles = [...TITLE_EVAL_SET, ...TITLE_DEV_SET_VARIED, ...TITLE_DEV_SET_GENERAL, ...TITLE_DEV_SET_FUNCTIONS].map((row) => row.title);
  const random = createRandom(3);
  const decorations = [' @ Contoso', ' - EMEA', ' | ex-Fabrikam', ' (Remote) -', ' & Partner', ' at Initech + Co', ', Sr.', ''];
  for (let i = 0; i < 3000; i++) titles.push(random.pick(titles) + random.pick(decorations) + random.pick(decorations));
  const differ = [...tricky, ...titles].filter((title) => JSON.stringify(normalizeTitle(title)) !== JSON.stringify(normalizeGeneral(title)));
  assert.deepEqual(differ, []);
});
