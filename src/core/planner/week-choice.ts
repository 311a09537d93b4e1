// Which week to plan: "this", "next", an ISO 8601 week ("2026-W50") or any day in it, turned into its Monday.
import { ReferableError } from '../errors.ts';
import { addDays, dayValue, isDay, weekStartOf } from './week.ts';

/** ISO 8601: week 1 is the week holding 4 January; a year has 53 weeks when 28 December falls in week 53. */
function mondayOfWeekOne(year: number): string {
  return weekStartOf(`${String(year).padStart(4, '0')}-01-04`);
}

/** The ISO week of a day, as "2026-W50". */
export function isoWeekOf(day: string): string {
  const monday = weekStartOf(day);
  // The ISO year is the year of the week's Thursday.
  const year = Number(addDays(monday, 3).slice(0, 4));
  const week = Math.round((dayValue(monday) - dayValue(mondayOfWeekOne(year))) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function weeksIn(year: number): number {
  return Number(isoWeekOf(`${year}-12-28`).slice(6));
}

/** The Monday of the chosen week, relative to the user's `today`. */
export function parseWeek(value: string, today: string, field = '--week'): string {
  const text = value.trim().toLowerCase();
  const thisWeek = weekStartOf(today);
  if (text === '' || text === 'this' || text === 'current') return thisWeek;
  if (text === 'next') return addDays(thisWeek, 7);
  if (text === 'last' || text === 'previous') return addDays(thisWeek, -7);
  const iso = /^(\d{4})-?w(\d{1,2})$/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const week = Number(iso[2]);
    if (week >= 1 && week <= weeksIn(year)) return addDays(mondayOfWeekOne(year), (week - 1) * 7);
    throw new ReferableError('INVALID_INPUT', `${field} ${value}: ${year} has weeks 1 to ${weeksIn(year)}`, { field, value });
  }
  if (isDay(text)) return weekStartOf(text);
  throw new ReferableError('INVALID_INPUT', `${field} must be this, next, an ISO week such as ${isoWeekOf(addDays(thisWeek, 7))}, or a day (YYYY-MM-DD); got "${value}"`, { field, value });
}
