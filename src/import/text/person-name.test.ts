import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPhoneNumberOnly, personName } from './person-name.ts';

describe('isPhoneNumberOnly', () => {
  it('tells a number written as a name from a name with digits', () => {
    assert.ok(isPhoneNumberOnly('+33 6 12 34 56 78'));
    assert.ok(isPhoneNumberOnly('(202) 555-0101'));
    assert.ok(!isPhoneNumberOnly('Agent 007'));
    assert.ok(!isPhoneNumberOnly('112'));
  });
});

describe('personName', () => {
  it('keeps the note after the comma of a display name that starts with the name (#12: "Mario, Happy Store")', () => {
    assert.deepEqual(personName({ first: 'Mario', last: '', display: 'Mario, Happy Store' }), { firstName: 'Mario, Happy Store', lastName: '' });
    assert.deepEqual(personName({ first: 'Mario', last: 'Rossi', display: 'Mario Rossi, Zafniary' }), { firstName: 'Mario', lastName: 'Rossi, Zafniary' });
  });

  it('keeps the suffix on the last name, once', () => {
    assert.deepEqual(personName({ first: 'John', last: 'Smith', suffix: 'Jr.' }), { firstName: 'John', lastName: 'Smith, Jr.' });
    assert.deepEqual(personName({ first: 'Dana', last: 'Reyes', suffix: 'PhD', display: 'Dana Reyes, PhD' }), { firstName: 'Dana', lastName: 'Reyes, PhD' });
  });

  it('adds nothing for a display name in another order, without a comma, or for a nameless card', () => {
    assert.deepEqual(personName({ first: 'Mario', last: 'Rossi', display: 'Rossi, Mario' }), { firstName: 'Mario', lastName: 'Rossi' });
    assert.deepEqual(personName({ first: 'Mario', last: 'Rossi', display: 'Mario Rossi' }), { firstName: 'Mario', lastName: 'Rossi' });
    assert.deepEqual(personName({ first: '', last: '', display: 'Acme, Inc.' }), { firstName: '', lastName: '' });
  });
});
