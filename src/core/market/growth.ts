// Growth of in-market connections per month, and the pace needed to reach the goal.

export interface Growth {
  /** The goal's date (YYYY-MM-DD), or '' when the goal has none and the pace is computed over 12 months. */
  goalBy: string;
  months: { month: string; added: number; cumulative: number }[];
  /** Average in-market connections added per month over the last 6 full months. */
  recentPerMonth: number;
  /** Per month needed to reach the goal by its date (or within 12 months when the goal has no date). */
  neededPerMonth: number;
  /** Months to the goal at the recent pace, or null when the pace is zero (or the goal is met: 0). */
  monthsToGoal: number | null;
}

export const GROWTH_DEFAULTS = { monthsShown: 24, paceMonths: 6, defaultHorizonMonths: 12 };

function monthKey(date: string): string {
  return date.slice(0, 7);
}

function addMonths(month: string, delta: number): string {
  const [year, value] = month.split('-').map(Number);
  const index = year * 12 + (value - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}

export function growthOf(connectedOn: string[], options: { asOf: string; goal: number; by: string }, defaults = GROWTH_DEFAULTS): Growth {
  const current = monthKey(options.asOf);
  const first = addMonths(current, -(defaults.monthsShown - 1));
  const perMonth = new Map<string, number>();
  let before = 0;
  for (const date of connectedOn) {
    if (!/^\d{4}-\d{2}/.test(date)) continue;
    const month = monthKey(date);
    if (month < first) before++;
    else if (month <= current) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const months: Growth['months'] = [];
  let cumulative = before;
  for (let i = 0; i < defaults.monthsShown; i++) {
    const month = addMonths(first, i);
    const added = perMonth.get(month) ?? 0;
    cumulative += added;
    months.push({ month, added, cumulative });
  }
  // The current month is partial: the pace is taken over the full months before it.
  const pace = months.slice(-1 - defaults.paceMonths, -1).reduce((sum, month) => sum + month.added, 0) / defaults.paceMonths;
  const remaining = Math.max(0, options.goal - cumulative);
  const horizon = options.by ? Math.max(1, monthsBetween(current, monthKey(options.by))) : defaults.defaultHorizonMonths;
  return {
    goalBy: options.by,
    months,
    recentPerMonth: Math.round(pace * 10) / 10,
    neededPerMonth: Math.ceil(remaining / horizon),
    monthsToGoal: remaining === 0 ? 0 : pace > 0 ? Math.ceil(remaining / pace) : null,
  };
}
