// The week's items laid out as calendar time blocks: items of a kind grouped into blocks of up to an hour, spread
// over the working days left in the week, each day starting at the configured hour.
import type { ActionKind } from '../settings/settings.ts';
import { addDays, dayValue } from './week.ts';

export const TIME_BLOCK_DEFAULTS = {
  /** Longest block; longer items get a block of their own. */
  maxBlockMinutes: 60,
  /** Shortest block a calendar shows (a 3-minute event is unreadable). */
  minBlockMinutes: 15,
  /** Gap between blocks on one day. */
  gapMinutes: 15,
  /** From this hour on, today is over: the blocks start on the next day. */
  dayEndHour: 18,
  /** Blocks start on a quarter hour. */
  roundToMinutes: 15,
};

export type TimeBlockOptions = typeof TIME_BLOCK_DEFAULTS;

export interface BlockItem {
  id: string;
  kind: ActionKind;
  minutes: number;
  title: string;
}

export interface TimeBlock {
  /** YYYY-MM-DD. */
  day: string;
  /** Minutes after midnight, local (floating) time. */
  startMinute: number;
  minutes: number;
  kind: ActionKind;
  items: BlockItem[];
}

/**
 * Monday..Friday of the week from `today` on; when the working week is over, the days left until Sunday. With the
 * minute of the day now, today counts only before the end of the working day: blocks are never placed in the past.
 */
export function daysLeft(weekStart: string, today: string, now: { minute?: number; dayEndHour?: number } = {}): string[] {
  const week = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const over = now.minute !== undefined && now.minute >= (now.dayEndHour ?? TIME_BLOCK_DEFAULTS.dayEndHour) * 60;
  const start = over ? addDays(today, 1) : today;
  const from = dayValue(start) < dayValue(weekStart) ? weekStart : start;
  const working = week.slice(0, 5).filter((day) => day >= from);
  return working.length > 0 ? working : week.filter((day) => day >= from).slice(0, 7);
}

/**
 * `notBefore`: now, on the user's day and minute. On that day blocks start after it (on the next quarter hour), and a
 * block that no longer fits before midnight goes to another day.
 */
export function layoutBlocks(
  items: readonly BlockItem[],
  days: readonly string[],
  dayStartHour: number,
  options: Partial<TimeBlockOptions> & { notBefore?: { day: string; minute: number } } = {},
): TimeBlock[] {
  const o = { ...TIME_BLOCK_DEFAULTS, ...options };
  if (days.length === 0) return [];
  // Group by kind in the order kinds first appear (the plan's priority order), then cut into blocks.
  const byKind = new Map<ActionKind, BlockItem[]>();
  for (const item of items) {
    const list = byKind.get(item.kind) ?? [];
    list.push(item);
    byKind.set(item.kind, list);
  }
  const chunks: { kind: ActionKind; items: BlockItem[]; minutes: number }[] = [];
  for (const [kind, list] of byKind) {
    let current: { kind: ActionKind; items: BlockItem[]; minutes: number } | null = null;
    for (const item of list) {
      const minutes = Math.max(0, item.minutes);
      if (!current || current.minutes + minutes > o.maxBlockMinutes) {
        current = { kind, items: [], minutes: 0 };
        chunks.push(current);
      }
      current.items.push(item);
      current.minutes += minutes;
    }
  }
  // Round-robin over the days so the week is spread out; each later block on a day starts after the previous one.
  const cursor = new Map<string, number>();
  const startOfDay = Math.min(23, Math.max(0, Math.floor(dayStartHour))) * 60;
  if (o.notBefore && days.includes(o.notBefore.day)) {
    const step = Math.max(1, o.roundToMinutes);
    cursor.set(o.notBefore.day, Math.max(startOfDay, Math.ceil(o.notBefore.minute / step) * step));
  }
  const earliestDay = o.notBefore?.day;
  return chunks.map((chunk, index) => {
    const minutes = Math.max(o.minBlockMinutes, Math.ceil(chunk.minutes));
    // Round-robin; today is skipped for a block that would have to start before now to end by midnight.
    let day = days[index % days.length];
    for (let k = 0; k < days.length; k++) {
      const candidate = days[(index + k) % days.length];
      if (candidate !== earliestDay || (cursor.get(candidate) ?? startOfDay) + minutes <= 24 * 60) {
        day = candidate;
        break;
      }
    }
    const start = cursor.get(day) ?? startOfDay;
    // Never run past midnight: a crowded day keeps its blocks back to back up to 23:59.
    const startMinute = Math.min(start, 24 * 60 - minutes);
    cursor.set(day, startMinute + minutes + o.gapMinutes);
    return { day, startMinute: Math.max(0, startMinute), minutes, kind: chunk.kind, items: chunk.items };
  });
}
