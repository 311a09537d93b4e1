// Monday-start weeks and day arithmetic.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, daysBetween, inWeek, isDay, weekStartOf } from './week.ts';

describe('week', () => {
  it('starts weeks on Monday, Sunday belonging to the week before', () => {
    assert.equal(weekStartOf('2026-11-25'), '2026-11-23'); // a Wednesday
    assert.equal(weekStartOf('2026-11-23'), '2026-11-23');
    assert.equal(weekStartOf('2026-11-29'), '2026-11-23'); // Sunday
    assert.equal(weekStartOf('2027-01-01'), '2026-12-28'); // across a year
  });

  it('validates days and counts whole days', () => {
    assert.ok(isDay('2026-02-28'));
    assert.ok(!isDay('2026-02-31'));
    assert.ok(!isDay('25/11/2026'));
    assert.equal(addDays('2026-11-23', 6), '2026-11-29');
    assert.equal(daysBetween('2026-11-01', '2026-11-25T12:00:00Z'), 24);
    assert.ok(inWeek('2026-11-29T23:00:00Z', '2026-11-23'));
    assert.ok(!inWeek('2026-11-30T00:00:00Z', '2026-11-23'));
  });
});
