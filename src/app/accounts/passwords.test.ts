import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePassword, hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes with argon2id (salted: the same password twice gives two hashes) and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.notEqual(first, second);
    assert.equal(await verifyPassword(first, 'correct horse battery staple'), true);
    assert.equal(await verifyPassword(first, 'correct horse battery stapl'), false);
    assert.equal(await verifyPassword('not a hash', 'anything at all'), false);
  });

  it('refuses a short password with its length and the rule', async () => {
    await assert.rejects(hashPassword('short'), /5 characters long; it needs at least 12/);
  });

  it('generates 20-character passwords without look-alike letters', () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const password of passwords) assert.match(password, /^[A-HJ-NP-Za-km-z2-9]{20}$/);
    assert.equal(new Set(passwords).size, 50);
  });
});
