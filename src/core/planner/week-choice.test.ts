// Choosing the week to plan: next week, ISO weeks across year ends, and clear refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReferableError } from '../errors.ts';
import { isoWeekOf, parseWeek } from './week-choice.ts';

describe('week choice', () => {
  it('reads this, next and ISO weeks into their Monday', () => {
    assert.equal(parseWeek('next', '2026-11-25'), '2026-11-30');
    assert.equal(parseWeek('this', '2026-11-29'), '2026-11-23');
    assert.equal(parseWeek('2026-W49', '2026-11-25'), '2026-11-30');
    assert.equal(parseWeek('2026w1', '2026-11-25'), '2025-12-29', 'week 1 of 2026 starts in 2025');
    assert.equal(parseWeek('2026-W53', '2026-11-25'), '2026-12-28', '2026 has 53 weeks');
    assert.equal(parseWeek('2026-12-02', '2026-11-25'), '2026-11-30');
  });

  it('names the ISO week of a day', () => {
    assert.equal(isoWeekOf('2026-11-25'), '2026-W48');
    assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
    assert.equal(isoWeekOf('2025-12-29'), '2026-W01');
  });

  it('refuses weeks that do not exist and words it does not know', () => {
    assert.throws(() => parseWeek('2027-W53', '2026-11-25'), (error: unknown) => error instanceof ReferableError && /2027 has weeks 1 to 52/.test(error.message));
    assert.throws(() => parseWeek('soon', '2026-11-25'), (error: unknown) => error instanceof ReferableError && /--week must be this, next, an ISO week such as 2026-W49/.test(error.message));
  });
});
