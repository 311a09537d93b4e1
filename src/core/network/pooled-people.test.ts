// Tests for the pooled people columns: each person once by key in order of first sight, rows per network, networks
// that must not count left empty, people without a key left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poolPeople, PooledPeopleBuilder } from './pooled-people.ts';

test('interns each person once, in order of first sight, keeping the employer they were first seen at', () => {
  const people = poolPeople([
    [{ key: 'ann', company: 'Contoso', companyKey: 'contoso', inMarket: false }, { key: 'bob', inMarket: true }],
    [{ key: 'bob', company: 'Fabrikam', companyKey: 'fabrikam', inMarket: false }, { key: 'cy', inMarket: true }, { key: '', inMarket: true }],
  ]);
  assert.deepEqual(people.keys, ['ann', 'bob', 'cy']);
  assert.deepEqual(people.company, ['Contoso', '', '']);
  assert.deepEqual([...people.rowStart], [0, 2, 4], 'the keyless row is left out');
  assert.deepEqual([...people.person], [0, 1, 1, 2]);
  assert.deepEqual([...people.inMarket], [0, 1, 0, 1], 'in market as each network sees them');
});

test('a network that does not count stays empty, so its people never become nodes ahead of others', () => {
  const people = poolPeople([[{ key: 'ann', inMarket: false }], [{ key: 'zed', inMarket: true }], [{ key: 'bob', inMarket: false }]], (index) => index === 1);
  assert.deepEqual(people.keys, ['ann', 'bob']);
  assert.deepEqual([...people.rowStart], [0, 1, 1, 2]);
});

test('the builder grows past its first guess of the row count', () => {
  const builder = new PooledPeopleBuilder(1);
  builder.startNetwork();
  for (let i = 0; i < 100; i++) builder.addRow(builder.personOf(`p${i % 40}`, '', ''), i % 2 === 0);
  const people = builder.build();
  assert.equal(people.person.length, 100);
  assert.equal(people.keys.length, 40);
  assert.equal(people.person[99], 19);
  assert.equal(people.inMarket[98], 1);
});
