// Calendar weeks for the planner: Monday-start weeks as YYYY-MM-DD days, from an injected clock value (UTC days).

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as a UTC midnight clock value; NaN when it is not a real day. */
export function dayValue(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return Number.NaN;
  const value = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-31 over to March: a round trip catches days that do not exist.
  return Number.isNaN(value) || new Date(value).toISOString().slice(0, 10) !== day ? Number.NaN : value;
}

export function isDay(day: string): boolean {
  return !Number.isNaN(dayValue(day));
}

export function dayOf(value: number): string {
  return new Date(value).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayValue(day) + days * DAY_MS);
}

/** The Monday on or before `day`. */
export function weekStartOf(day: string): string {
  const value = dayValue(day);
  const weekday = (new Date(value).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  return dayOf(value - weekday * DAY_MS);
}

/** Calendar days from `from` to `to` (timestamps or days, by their UTC day); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  // Whole UTC days since the epoch, without building date strings: this runs once per contact.
  return Math.floor(b / DAY_MS) - Math.floor(a / DAY_MS);
}

/** True when `timestamp` (ISO or day) falls in the week that starts on `weekStart`. */
export function inWeek(timestamp: string, weekStart: string): boolean {
  const day = timestamp.slice(0, 10);
  return day >= weekStart && day <= addDays(weekStart, 6);
}
