// parseDate / parseTimestamp: the date spellings exports use, turned into ISO; nonsense becomes '' (never a wrong date).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDate, parseTimestamp, TWO_DIGIT_YEAR_PIVOT } from './parse-date.ts';

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

  it('reads the dates of an export re-saved in Excel ("07-Feb-24", "15-Jan-24", "4-Apr-21")', () => {
    assert.equal(parseDate('07-Feb-24'), '2024-02-07');
    assert.equal(parseDate('15-Jan-24'), '2024-01-15');
    assert.equal(parseDate('4-Apr-21'), '2021-04-04');
    assert.equal(parseDate('07-Feb-2024'), '2024-02-07');
  });

  it("reads LinkedIn's 2018 format month first, time and all ('1/8/18, 6:14 PM')", () => {
    assert.equal(parseDate('1/8/18, 6:14 PM'), '2018-01-08');
    assert.equal(parseDate('12/31/17, 11:59 PM'), '2017-12-31');
    assert.equal(parseDate('3/5/26, 1:45\u202fAM'), '2026-03-05', 'narrow no-break space before AM');
    assert.equal(parseDate('1/8/2018 18:14'), '2018-01-08');
  });

  it('reads two-digit years with the documented pivot (69-99 -> 1900s, 00-68 -> 2000s)', () => {
    assert.equal(TWO_DIGIT_YEAR_PIVOT, 69);
    assert.equal(parseDate('12 Mar 19'), '2019-03-12');
    assert.equal(parseDate('01-Jan-68'), '2068-01-01');
    assert.equal(parseDate('01-Jan-69'), '1969-01-01');
    assert.equal(parseDate('1/1/00'), '2000-01-01');
  });

  it('reads endorsement dates "2021/12/16 12:56:17 UTC" and ISO forms with times and zones', () => {
    assert.equal(parseDate('2021/12/16 12:56:17 UTC'), '2021-12-16');
    assert.equal(parseDate('2024-06-05T09:30:00Z'), '2024-06-05');
    assert.equal(parseDate('2024-06-05T09:30:00.123+02:00'), '2024-06-05');
    assert.equal(parseDate('20240605'), '2024-06-05');
  });

  it('reads dotted dates day first and "Jun 5, 2024, 6:14 PM"', () => {
    assert.equal(parseDate('07.02.2024'), '2024-02-07');
    assert.equal(parseDate('Jun 5, 2024, 6:14 PM'), '2024-06-05');
  });

  it('rejects times that cannot be and words that only start like a month', () => {
    assert.equal(parseDate('1/8/18, 13:14 PM'), '');
    assert.equal(parseDate('2024-06-05 25:00'), '');
    assert.equal(parseDate('05 Junk 2024'), '');
    assert.equal(parseDate('07-Feb-245'), '');
  });
});

describe('parseTimestamp', () => {
  it('reads LinkedIn message timestamps as UTC', () => {
    assert.equal(parseTimestamp('1823-07-18 11:00:00 UTC'), '1823-07-18T11:00:00Z');
    assert.equal(parseTimestamp('2024-06-05 09:30:15 UTC'), '2024-06-05T09:30:15Z');
    assert.equal(parseTimestamp('2024-06-05T09:30Z'), '2024-06-05T09:30:00Z');
  });

  it('reads the 2018 and Invitations.csv format with its time, and endorsement timestamps', () => {
    assert.equal(parseTimestamp('1/8/18, 6:14 PM'), '2018-01-08T18:14:00Z');
    assert.equal(parseTimestamp('1/8/18, 12:05 AM'), '2018-01-08T00:05:00Z');
    assert.equal(parseTimestamp('2021/12/16 12:56:17 UTC'), '2021-12-16T12:56:17Z');
    assert.equal(parseTimestamp('07-Feb-24'), '2024-02-07T00:00:00Z');
  });

  it('turns a named offset into UTC', () => {
    assert.equal(parseTimestamp('2024-06-05T09:30:00+02:00'), '2024-06-05T07:30:00Z');
    assert.equal(parseTimestamp('2024-06-05 23:30:00 -0100'), '2024-06-06T00:30:00Z');
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
