import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateToken, tokenProblem } from './token-auth.ts';

describe('tokenProblem', () => {
  it('refuses tokens nobody can use or anyone can guess, saying why', () => {
    assert.match(tokenProblem(' '.repeat(40)) ?? '', /spaces or characters a header cannot carry/);
    assert.match(tokenProblem('aaaaaaaaaaaaaaaa') ?? '', /is 16 characters long; it needs at least 32/);
    assert.match(tokenProblem('a'.repeat(40)) ?? '', /repeats itself/);
    assert.match(tokenProblem('abcdefgh'.repeat(5)) ?? '', /repeats itself/);
    assert.match(tokenProblem('0123012301230123012301230123012399') ?? '', /repeats itself/);
    assert.match(tokenProblem('1234567890'.repeat(3) + '13') ?? '', /repeats itself/);
    assert.match(tokenProblem('07910100112340154313933837374123') ?? '', /about 106 bits of randomness; it needs 128/);
    assert.match(tokenProblem('pässwörd-pässwörd-pässwörd-pässwörd') ?? '', /spaces or characters a header cannot carry/);
  });

  it('accepts generated tokens and the usual random strings', () => {
    for (let i = 0; i < 200; i++) assert.equal(tokenProblem(generateToken()), null);
    for (const token of ['9f86d081884c7d659a2feaa0c55ad015', 'q83vEjRWeJq8/+0Bw5x2Lg==Tk9qZW5h', 'CorrectHorseBatteryStapleForever', '0056318752865954394460609328124586294496']) {
      assert.equal(tokenProblem(token), null, token);
    }
  });
});
