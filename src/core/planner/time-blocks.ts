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

/** Monday..Friday of the week from `today` on; when the working week is over, the days left until Sunday. */
export function daysLeft(weekStart: string, today: string): string[] {
  const week = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const from = dayValue(today) < dayValue(weekStart) ? weekStart : today;
  const working = week.slice(0, 5).filter((day) => day >= from);
  return working.length > 0 ? working : week.filter((day) => day >= from).slice(0, 7);
}

export function layoutBlocks(items: readonly BlockItem[], days: readonly string[], dayStartHour: number, options: Partial<TimeBlockOptions> = {}): TimeBlock[] {
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
  return chunks.map((chunk, index) => {
    const day = days[index % days.length];
    const start = cursor.get(day) ?? startOfDay;
    const minutes = Math.max(o.minBlockMinutes, Math.ceil(chunk.minutes));
    // Never run past midnight: a crowded day keeps its blocks back to back up to 23:59.
    const startMinute = Math.min(start, 24 * 60 - minutes);
    cursor.set(day, startMinute + minutes + o.gapMinutes);
    return { day, startMinute: Math.max(0, startMinute), minutes, kind: chunk.kind, items: chunk.items };
  });
}
