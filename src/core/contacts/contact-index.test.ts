// Matching rules of the index, one at a time: phones, names, and which identifiers tell two people apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactFromInput } from './apply-incoming.ts';
import { emptyContactInput, type Contact, type ContactInput } from './contact.ts';
import { ContactIndex } from './contact-index.ts';

const NOW = '2026-12-06T12:00:00.000Z';

function record(fields: Partial<ContactInput>): ContactInput {
  return { ...emptyContactInput(2), ...fields };
}
function stored(id: string, fields: Partial<ContactInput>): Contact {
  return contactFromInput(record(fields), id, 'google', NOW);
}

describe('ContactIndex: phones', () => {
  it('a shared number joins when the names agree or one side has no name', () => {
    const index = new ContactIndex([stored('anna', { firstName: 'Anna', lastName: 'Bianchi', phones: ['+39 02 7654 3210'] }), stored('shop', { company: 'Pizzeria', phones: ['+39 06 1234 5678'] })]);
    assert.equal(index.match(record({ firstName: 'ANNA', lastName: 'Bianchi', phones: ['+390276543210'] }))?.id, 'anna');
    assert.equal(index.match(record({ phones: ['+39 02 7654 3210'] }))?.id, 'anna', 'a nameless card joins the one person with its number');
    assert.equal(index.match(record({ firstName: 'Luigi', phones: ['+39 06 1234 5678'] }))?.id, 'shop', 'a name joins a nameless card');
    assert.equal(index.match(record({ firstName: 'Luca', lastName: 'Bianchi', phones: ['+39 02 7654 3210'] })), undefined, 'a family landline');
  });

  it('a nameless card whose number several people share stays its own card', () => {
    const index = new ContactIndex([
      stored('anna', { firstName: 'Anna', phones: ['+39 02 7654 3210'] }),
      stored('luca', { firstName: 'Luca', phones: ['+39 02 7654 3210'] }),
    ]);
    assert.equal(index.match(record({ phones: ['+39 02 7654 3210'] })), undefined);
  });

  it('matches contacts stored before phone keys existed, from their numbers', () => {
    const old = { ...stored('old', { phones: ['+33 6 12 34 56 78'] }), phoneKeys: [] };
    assert.equal(new ContactIndex([old]).match(record({ phones: ['+33612345678'] }))?.id, 'old');
  });

  it('two different numbers are two people even with the same name and employer', () => {
    const index = new ContactIndex([stored('a', { firstName: 'Mario', company: 'Happy Store', phones: ['+39 333 111 2222'] })]);
    assert.equal(index.match(record({ firstName: 'Mario', company: 'Happy Store', phones: ['+39 333 999 8888'] })), undefined);
    assert.equal(index.match(record({ firstName: 'Mario', company: 'Happy Store' }))?.id, 'a');
  });
});

describe('ContactIndex: the name alone', () => {
  it('a bare name joins the contact of that name, preferring one that carries nothing else', () => {
    const index = new ContactIndex([stored('mail', { firstName: 'Ines', emails: ['ines@example.org'] }), stored('bare', { firstName: 'Ines' })]);
    assert.equal(index.match(record({ firstName: 'Ines' }))?.id, 'bare');
    assert.equal(new ContactIndex([stored('mail', { firstName: 'Ines', emails: ['ines@example.org'] })]).match(record({ firstName: 'Ines' }))?.id, 'mail');
  });

  it('a row carrying an identifier joins only a same-named contact that carries none', () => {
    const index = new ContactIndex([stored('phone', { firstName: 'Manu', phones: ['+33 6 11 22 33 44'] })]);
    assert.equal(index.match(record({ lastName: 'Manu', phones: ['+33 6 55 66 77 88'] })), undefined, 'two different phones');
    assert.equal(index.match(record({ firstName: 'Manu', emails: ['manu@example.org'] })), undefined, 'a phone and an email that did not match');
    const bare = new ContactIndex([stored('bare', { lastName: 'Manu' })]);
    assert.equal(bare.match(record({ firstName: 'Manu', phones: ['+33 6 11 22 33 44'] }))?.id, 'bare');
  });

  it('never rests on an empty key: a symbol-only name matches itself, a nameless row with nothing matches nobody', () => {
    const index = new ContactIndex([stored('fox', { firstName: '🦊' }), stored('star', { firstName: '★ ★' })]);
    assert.equal(index.match(record({ firstName: '🦊' }))?.id, 'fox');
    assert.equal(index.match(record({ firstName: '★  ★' }))?.id, 'star');
    assert.equal(index.match(record({})), undefined);
  });
});
