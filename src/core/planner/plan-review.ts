// The weekly review: planned vs done, minutes spent, in-market connections gained, intros given, and the streak.
import type { ActionKind } from '../settings/settings.ts';
import { addDays } from './week.ts';

export const ITEM_STATUSES = ['planned', 'done', 'skipped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ReviewItem {
  kind: ActionKind;
  minutes: number;
  status: ItemStatus;
}

export interface ReviewInput {
  weekStart: string;
  today: string;
  items: readonly ReviewItem[];
  /** Interactions logged outside the plan this week (`referable log`). */
  logged: readonly { minutes: number }[];
  /** In-market contacts whose connection date falls in the week. */
  inMarketConnectionsGained: number;
  /**
   * Introductions given this week, counted from the ledger and the introduction workflow (given-referrals.ts), the
   * same records the ledger and the index count. A ticked plan item moves its introduction into the workflow; it is
   * given once it is made, so the tick itself is not counted again here.
   */
  introsGiven: number;
  /** Week starts (YYYY-MM-DD) that have at least one done item, any order. */
  weeksWithDoneItems: readonly string[];
}

export interface KindReview {
  kind: ActionKind;
  planned: number;
  done: number;
  skipped: number;
}

export interface PlanReview {
  weekStart: string;
  /** Every item the week held (done and skipped included), and their minutes. */
  planned: { items: number; minutes: number };
  done: { items: number; minutes: number };
  skipped: { items: number; minutes: number };
  /** Still to do. */
  open: { items: number; minutes: number };
  /** done / (planned - skipped), 0–1; 0 for an empty week. */
  completion: number;
  byKind: KindReview[];
  /** Done items plus interactions logged outside the plan. */
  minutesSpent: number;
  loggedInteractions: number;
  inMarketConnectionsGained: number;
  introsGiven: number;
  connectionRequestsSent: number;
  /** Consecutive weeks with at least one done item, ending this week (or last week while this one has none yet). */
  streak: number;
}

/** Consecutive weeks ending at `weekStart` (or the week before, while this one is still empty) with a done item. */
export function streakOf(weeksWithDoneItems: readonly string[], weekStart: string): number {
  const weeks = new Set(weeksWithDoneItems);
  let week = weeks.has(weekStart) ? weekStart : addDays(weekStart, -7);
  let streak = 0;
  while (weeks.has(week)) {
    streak++;
    week = addDays(week, -7);
  }
  return streak;
}

export function reviewWeek(input: ReviewInput): PlanReview {
  const tally = (status?: ItemStatus) => {
    let items = 0;
    let minutes = 0;
    for (const item of input.items) {
      if (status && item.status !== status) continue;
      items++;
      minutes += item.minutes;
    }
    return { items, minutes };
  };
  const done = tally('done');
  const skipped = tally('skipped');
  const planned = tally();
  const kinds = new Map<ActionKind, KindReview>();
  for (const item of input.items) {
    const row = kinds.get(item.kind) ?? { kind: item.kind, planned: 0, done: 0, skipped: 0 };
    row.planned++;
    if (item.status === 'done') row.done++;
    if (item.status === 'skipped') row.skipped++;
    kinds.set(item.kind, row);
  }
  const loggedMinutes = input.logged.reduce((sum, entry) => sum + Math.max(0, entry.minutes), 0);
  const countable = planned.items - skipped.items;
  return {
    weekStart: input.weekStart,
    planned,
    done,
    skipped,
    open: tally('planned'),
    completion: countable > 0 ? Math.round((done.items / countable) * 1000) / 1000 : 0,
    byKind: [...kinds.values()],
    minutesSpent: done.minutes + loggedMinutes,
    loggedInteractions: input.logged.length,
    inMarketConnectionsGained: input.inMarketConnectionsGained,
    introsGiven: Math.max(0, input.introsGiven),
    connectionRequestsSent: kinds.get('connection-request')?.done ?? 0,
    streak: streakOf(input.weeksWithDoneItems, input.weekStart),
  };
}
