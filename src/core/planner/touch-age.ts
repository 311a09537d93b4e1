// How long ago a touch was, in words a person reads at a glance: days up to a year, then years and the date.
//
// "last touch 2877 days ago" makes the reader do arithmetic; "7 years ago (2018-10-12)" does not. A contact whose
// only touch is the day you connected was never actually in touch, and says so.

export const TOUCH_AGE_DEFAULTS = {
  /** Beyond this many days an age reads in years, with the date. */
  daysUpTo: 365,
};

const DAYS_PER_YEAR = 365.25;

/** "12 days ago", "1 day ago", "today", or past a year "3 years ago (2023-05-02)"; `at` is an ISO timestamp or day. */
export function agoText(days: number, at: string): string {
  const whole = Math.max(0, Math.round(days));
  if (whole === 0) return 'today';
  if (whole <= TOUCH_AGE_DEFAULTS.daysUpTo) return `${whole} day${whole === 1 ? '' : 's'} ago`;
  const years = Math.floor(whole / DAYS_PER_YEAR);
  const day = at.slice(0, 10);
  return `${years} year${years === 1 ? '' : 's'} ago${/^\d{4}-\d{2}-\d{2}$/.test(day) ? ` (${day})` : ''}`;
}

/** "no contact since connecting in 2017 (9 years ago)", or "… connecting 40 days ago" within a year. */
export function sinceConnectingText(days: number, connectedAt: string): string {
  const whole = Math.max(0, Math.round(days));
  if (whole <= TOUCH_AGE_DEFAULTS.daysUpTo) return `no contact since connecting ${whole === 0 ? 'today' : `${whole} day${whole === 1 ? '' : 's'} ago`}`;
  const years = Math.floor(whole / DAYS_PER_YEAR);
  return `no contact since connecting in ${connectedAt.slice(0, 4)} (${years} year${years === 1 ? '' : 's'} ago)`;
}
