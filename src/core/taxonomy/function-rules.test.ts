// The rule tables and the generated O*NET index stay consistent, small and attributed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EUROPE_FUNCTION_CLUES } from './function-rules-europe.ts';
import { FUNCTION_CLUES, FUNCTION_INFIXES } from './function-rules.ts';
import { WORLD_FUNCTION_CLUES } from './function-rules-world.ts';
import { WIDER_WORLD_FUNCTION_CLUES } from './function-rules-wider-world.ts';
import { foldTitleText } from './normalize-title.ts';

test('no phrase is a clue for two different functions', () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [jobFunction, , phrases] of [...FUNCTION_CLUES, ...WORLD_FUNCTION_CLUES, ...EUROPE_FUNCTION_CLUES, ...WIDER_WORLD_FUNCTION_CLUES, ...FUNCTION_INFIXES]) {
    for (const phrase of phrases.split('|').map(foldTitleText)) {
      const previous = owner.get(phrase);
      if (previous !== undefined && previous !== jobFunction) clashes.push(`${phrase}: ${previous} / ${jobFunction}`);
      owner.set(phrase, jobFunction);
    }
  }
  assert.deepEqual(clashes, []);
});

test('the generated O*NET index carries its CC BY 4.0 attribution and stays small', () => {
  const path = fileURLToPath(new URL('./onet-titles.data.ts', import.meta.url));
  const text = readFileSync(path, 'utf8');
  assert.ok(
    text.includes(
      'This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training ' +
        'Administration (USDOL/ETA). Used under the CC BY 4.0 license.',
    ),
  );
  assert.ok(statSync(path).size < 300 * 1024);
});
