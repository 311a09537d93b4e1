// A connection date read and checked: a date LinkedIn could have written (not before LinkedIn existed, not after today).
import { parseDate } from './parse-date.ts';

/** LinkedIn opened on 5 May 2003: no LinkedIn connection is older. */
export const LINKEDIN_LAUNCH = '2003-05-05';

export type ConnectionDateProblem = 'unreadable' | 'before-linkedin' | 'future';

export interface ConnectionDate {
  /** ISO date to store, '' when there is none we can trust. */
  date: string;
  problem: ConnectionDateProblem | null;
}

/**
 * Reads a connection date. One before LinkedIn existed is kept (it is a real past date, and synthetic or migrated
 * files use them) but flagged; one after `today` (the user's day, YYYY-MM-DD, handed in by the caller: import/ has no
 * clock) cannot be true and is dropped. Without `today` only the lower bound is checked.
 */
export function readConnectionDate(raw: string, today = ''): ConnectionDate {
  if (!raw) return { date: '', problem: null };
  const date = parseDate(raw);
  if (!date) return { date: '', problem: 'unreadable' };
  if (today && date > today) return { date: '', problem: 'future' };
  if (date < LINKEDIN_LAUNCH) return { date, problem: 'before-linkedin' };
  return { date, problem: null };
}

/**
 * readConnectionDate for one file's rows: an export holds each day many times (30,000 connections fall on a few
 * thousand days), so each distinct text is read once. The answers are shared between rows: read them, never edit them.
 */
export function connectionDateReader(today = ''): (raw: string) => Readonly<ConnectionDate> {
  const read = new Map<string, Readonly<ConnectionDate>>();
  return (raw) => {
    let date = read.get(raw);
    if (!date) read.set(raw, (date = Object.freeze(readConnectionDate(raw, today))));
    return date;
  };
}

/** The words for a problem with a connection date, for an issue on its column. */
export function connectionDateReason(raw: string, problem: ConnectionDateProblem, today: string, unreadable: string): string {
  switch (problem) {
    case 'unreadable':
      return unreadable;
    case 'before-linkedin':
      return `"${raw}" is before LinkedIn existed (${LINKEDIN_LAUNCH}); the date was kept as written, check the file`;
    case 'future':
      return `"${raw}" is after today (${today}); a connection cannot date from the future, so the date was left empty`;
  }
}
