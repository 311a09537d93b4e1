// Calendar arithmetic on day numbers and the exact date spellings LinkedIn exports use, without any clock.
//
// Days are counted from 1970-01-01 (day 0) and timestamps are seconds since then, both UTC. The conversions
// are Howard Hinnant's civil-calendar algorithms, so no Date object (and no time zone) is ever involved.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const SECONDS_PER_DAY = 86_400;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Day number of a proleptic Gregorian date (month 1–12). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number. */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of an ISO date "YYYY-MM-DD"; throws RangeError on anything else, including 2023-02-30. */
export function parseIsoDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayFromCivil(year, month, day);
  const back = civilFromDay(dayNumber);
  if (month < 1 || month > 12 || back.month !== month || back.day !== day) {
    throw new RangeError(`"${text}" is not a calendar date`);
  }
  return dayNumber;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** "2024-06-05", for tests and logs. */
export function formatIsoDay(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "05 Jun 2024": Connections.csv, endorsements, recommendations, company follows. */
export function formatDayMonthYear(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad2(day)} ${MONTHS[month - 1]} ${year}`;
}

/** "Oct 2022": Positions.csv start and end months. */
export function formatMonthYear(dayNumber: number): string {
  const { year, month } = civilFromDay(dayNumber);
  return `${MONTHS[month - 1]} ${year}`;
}

/** "2024-06-05 11:00:00 UTC": messages, invitations and shares. */
export function formatTimestamp(seconds: number): string {
  const whole = Math.floor(seconds);
  const dayNumber = Math.floor(whole / SECONDS_PER_DAY);
  const inDay = whole - dayNumber * SECONDS_PER_DAY;
  const { year, month, day } = civilFromDay(dayNumber);
  const hours = Math.floor(inDay / 3600);
  const minutes = Math.floor((inDay % 3600) / 60);
  return `${year}-${pad2(month)}-${pad2(day)} ${pad2(hours)}:${pad2(minutes)}:${pad2(inDay % 60)} UTC`;
}
