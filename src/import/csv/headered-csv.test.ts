import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHeaderedCsv } from './headered-csv.ts';

const file = (text: string) => ({ name: 'people.csv', bytes: new TextEncoder().encode(text) });

test('every row answers for its own cells, by the column name however it is written', () => {
  const csv = readHeaderedCsv(file('First Name,Last Name,Company\nAda, Lovelace ,Analytical\nAlan,Turing,\n'), { required: ['First Name'], expected: 'a list of people' });
  const read = (column: string) => csv.rows.map((row) => row.get(column));
  assert.deepEqual(read('First Name'), ['Ada', 'Alan']);
  assert.deepEqual(read(' first name '), ['Ada', 'Alan']);
  assert.deepEqual(read('Last Name'), ['Lovelace', 'Turing']);
  assert.deepEqual(read('Company'), ['Analytical', '']);
  assert.deepEqual(read('Email Address'), ['', '']);
  assert.equal(csv.rows[1].has('company'), true);
  assert.equal(csv.rows[1].has('Email Address'), false);
});

test('with loose names, "first_name" and "First Name" are one column', () => {
  const csv = readHeaderedCsv(file('first_name,LAST-NAME\nGrace,Hopper\n'), { required: ['First Name'], expected: 'a list of people', looseNames: true });
  assert.deepEqual(csv.rows.map((row) => [row.get('First Name'), row.get('firstname'), row.get('Last Name')]), [['Grace', 'Grace', 'Hopper']]);
});
