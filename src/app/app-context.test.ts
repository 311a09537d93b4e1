// "Today" is the user's calendar day: the same instant is the 26th in Sydney, the 25th in UTC and in Los Angeles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instantOnDay, localDay, todayOf } from './app-context.ts';

describe("the user's day", () => {
  const instant = new Date('2026-11-25T22:00:00.000Z');

  it('is the calendar day in the time zone named', () => {
    assert.equal(localDay(instant, 'Australia/Sydney'), '2026-11-26');
    assert.equal(localDay(instant, 'UTC'), '2026-11-25');
    assert.equal(localDay(new Date('2026-11-26T03:00:00.000Z'), 'America/Los_Angeles'), '2026-11-25');
    assert.equal(localDay(new Date('2026-12-31T23:30:00.000Z'), 'Pacific/Auckland'), '2027-01-01', 'across a year end');
  });

  it("falls back to the process's own zone for a zone Intl does not know", () => {
    const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
    assert.equal(localDay(instant), local);
    assert.equal(localDay(instant, 'Not/A_Zone'), local);
  });

  it("is the context's today() when it has one, else the local day of its clock", () => {
    assert.equal(todayOf({ now: () => instant, today: () => '2026-11-26' }), '2026-11-26');
    assert.equal(todayOf({ now: () => instant }), localDay(instant));
  });

  it('puts a date-only record on that day for the user, east of UTC+12 too', () => {
    const zones = ['Pacific/Auckland', 'Australia/Sydney', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    for (const zone of zones) {
      const context = { dayOf: (at: Date) => localDay(at, zone) };
      for (const day of ['2026-11-29', '2026-06-30']) assert.equal(localDay(new Date(instantOnDay(context, day)), zone), day, `${day} in ${zone}`);
    }
    assert.equal(instantOnDay({ dayOf: (at) => localDay(at, 'Australia/Sydney') }, '2026-11-29'), '2026-11-29T12:00:00.000Z', 'noon UTC when it is that day');
  });
});
