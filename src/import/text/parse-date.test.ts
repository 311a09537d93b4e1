// parseDate / parseTimestamp: the date spellings exports use, turned into ISO; nonsense becomes '' (never a wrong date).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDate, parseTimestamp } from './parse-date.ts';

describe('parseDate', () => {
  it('reads LinkedIn "05 Jun 2024"', () => {
    assert.equal(parseDate('05 Jun 2024'), '2024-06-05');
    assert.equal(parseDate('5 June 2024'), '2024-06-05');
  });

  it('reads ISO dates, with or without a time', () => {
    assert.equal(parseDate('2024-06-05'), '2024-06-05');
    assert.equal(parseDate('2024-06-05 11:00:00 UTC'), '2024-06-05');
  });

  it('reads "Jun 5, 2024"', () => {
    assert.equal(parseDate('Jun 5, 2024'), '2024-06-05');
    assert.equal(parseDate('June 5 2024'), '2024-06-05');
  });

  it('reads slashed dates month-first', () => {
    assert.equal(parseDate('6/5/2024'), '2024-06-05');
    assert.equal(parseDate('12/31/2023'), '2023-12-31');
  });

  it('reads month-and-year dates as the first of the month', () => {
    assert.equal(parseDate('June 2020'), '2020-06-01');
    assert.equal(parseDate('Oct 2022'), '2022-10-01');
    assert.equal(parseDate('Sept 2021'), '2021-09-01');
  });

  it('rejects impossible and unrecognised dates', () => {
    assert.equal(parseDate('31 Feb 2024'), '');
    assert.equal(parseDate('2023-02-29'), '');
    assert.equal(parseDate('13/01/2024'), '');
    assert.equal(parseDate('Foo 2024'), '');
    assert.equal(parseDate('yesterday'), '');
    assert.equal(parseDate(''), '');
    assert.equal(parseDate('   '), '');
  });

  it('accepts 29 Feb in a leap year', () => {
    assert.equal(parseDate('29 Feb 2024'), '2024-02-29');
  });
});

describe('parseTimestamp', () => {
  it('reads LinkedIn message timestamps as UTC', () => {
    assert.equal(parseTimestamp('1823-07-18 11:00:00 UTC'), '1823-07-18T11:00:00Z');
    assert.equal(parseTimestamp('2024-06-05 09:30:15 UTC'), '2024-06-05T09:30:15Z');
    assert.equal(parseTimestamp('2024-06-05T09:30Z'), '2024-06-05T09:30:00Z');
  });

  it('reads a plain date as midnight UTC', () => {
    assert.equal(parseTimestamp('05 Jun 2024'), '2024-06-05T00:00:00Z');
  });

  it('rejects impossible timestamps', () => {
    assert.equal(parseTimestamp('2024-02-31 11:00:00 UTC'), '');
    assert.equal(parseTimestamp('not a time'), '');
    assert.equal(parseTimestamp(''), '');
  });

  it('sorts like time, so the latest message wins by string comparison', () => {
    const earlier = parseTimestamp('2024-06-05 09:30:15 UTC');
    const later = parseTimestamp('2024-06-05 10:00:00 UTC');
    assert.ok(earlier < later);
  });
});
