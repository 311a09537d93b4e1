// Normalizing titles: separators, employers, past roles and bosses are handled before any rule reads the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TITLE_CHARS, normalizeTitle } from './normalize-title.ts';

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
  const status = normalizeTitle('Open to work | Seeking new opportunities');
  assert.equal(status.text.trim(), '');
  assert.ok(status.droppedNonTitle);
  assert.ok(normalizeTitle('Former CEO').droppedPast);
});

test('caps the work on very long input', () => {
  const text = normalizeTitle('Manager '.repeat(5_000)).text;
  assert.ok(text.length <= MAX_TITLE_CHARS + 2);
});
