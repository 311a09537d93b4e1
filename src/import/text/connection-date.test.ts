import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connectionDateReader, readConnectionDate } from './connection-date.ts';

test('a file\'s date reader answers as readConnectionDate does, the same text twice included', () => {
  const today = '2026-11-25';
  const read = connectionDateReader(today);
  for (const raw of ['25 Nov 2026', '26 Nov 2026', '01 Jan 1999', 'soon', '', '25 Nov 2026', 'soon', '26 Nov 2026']) {
    assert.deepEqual(read(raw), readConnectionDate(raw, today), raw);
  }
  assert.deepEqual(read('25 Nov 2026'), { date: '2026-11-25', problem: null });
  assert.deepEqual(read('26 Nov 2026'), { date: '', problem: 'future' });
  assert.deepEqual(connectionDateReader()('26 Nov 2026'), { date: '2026-11-26', problem: null });
});

test('an answer shared between rows cannot be edited by one of them', () => {
  const read = connectionDateReader('2026-11-25');
  assert.throws(() => {
    (read('01 Jan 2020') as { date: string }).date = '';
  }, TypeError);
  assert.equal(read('01 Jan 2020').date, '2020-01-01');
});
