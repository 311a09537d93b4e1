// `referable plan --ics FILE`: the week's open items as RFC 5545 time blocks any calendar app imports.
//
// Times are floating (no time zone): a block at 09:00 shows at 09:00 wherever the user's calendar is, which is what a
// personal plan means. UIDs are stable per plan and block, so importing the file again updates the same events.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ical from 'ical-generator';
import { ReferableError } from '../core/errors.ts';
import { writeOutput } from './output-file.ts';
import { daysLeft, layoutBlocks, type TimeBlock } from '../core/planner/time-blocks.ts';
import type { ActionKind } from '../core/settings/settings.ts';
import { localDay, todayOf, type AppContext } from './app-context.ts';
import { weeklyPlan, type PlanOptions, type PlanView } from './plan.ts';
import type { PlanSources } from './plan-sources.ts';
import { loadSettings } from './settings.ts';

const KIND_LABELS: Record<ActionKind, [string, string]> = {
  'connection-request': ['connection request', 'connection requests'],
  'follow-up': ['follow-up', 'follow-ups'],
  introduction: ['introduction', 'introductions'],
  'thank-you': ['thank-you', 'thank-yous'],
  share: ['share', 'shares'],
  comment: ['comment', 'comments'],
  'coffee-chat': ['coffee chat', 'coffee chats'],
};

function label(kind: ActionKind, count: number): string {
  const [one, many] = KIND_LABELS[kind] ?? [kind, `${kind}s`];
  return `${count} ${count === 1 ? one : many}`;
}

function floating(day: string, minuteOfDay: number): Date {
  const [year, month, date] = day.split('-').map(Number);
  // ical-generator writes a floating time from the UTC fields of the Date it is given.
  return new Date(Date.UTC(year, month - 1, date, 0, minuteOfDay));
}

/**
 * RFC 5545 3.1: content lines end with CRLF and are folded at 75 octets. ical-generator folds at 75 characters, which
 * runs over with accented names, so its lines are unfolded and folded again by octets, never inside a character.
 */
export function foldOctets(text: string): string {
  const logical: string[] = [];
  for (const line of text.split(/\r\n/)) {
    if (line.startsWith(' ') && logical.length > 0) logical[logical.length - 1] += line.slice(1);
    else if (line !== '') logical.push(line);
  }
  const out: string[] = [];
  for (const line of logical) {
    let current = '';
    let octets = 0;
    let limit = 75;
    for (const char of line) {
      const size = Buffer.byteLength(char, 'utf8');
      if (octets + size > limit) {
        out.push(current);
        current = ' ';
        octets = 1;
        limit = 75;
      }
      current += char;
      octets += size;
    }
    out.push(current);
  }
  return `${out.join('\r\n')}\r\n`;
}

/**
 * The user's minute of the day now, on the clock their day comes from: the process's local time (as todayOf uses when
 * no zone is given), or UTC when the context's day is UTC's. Otherwise unknown: 0, the start of the day.
 */
export function minuteNow(context: AppContext): number {
  const now = context.now();
  const today = todayOf(context);
  if (localDay(now) === today) return now.getHours() * 60 + now.getMinutes();
  if (now.toISOString().slice(0, 10) === today) return now.getUTCHours() * 60 + now.getUTCMinutes();
  return 0;
}

/**
 * The calendar text for a plan's open items, from now (`today` at `nowMinute`, or the next working day once the
 * working day is over) to the end of its week: a block is never placed in the past. A week to come gets all its days.
 */
export function planCalendar(plan: PlanView, options: { today: string; dayStartHour: number; now: Date; nowMinute?: number }): { text: string; blocks: TimeBlock[] } {
  const open = plan.items.filter((item) => item.status === 'planned');
  const byId = new Map(open.map((item) => [item.id, item]));
  const blocks = layoutBlocks(
    open.map((item) => ({ id: item.id, kind: item.kind, minutes: item.minutes, title: item.contact ? `${item.contact.name}${item.other ? ` → ${item.other.name}` : ''}` : item.why })),
    daysLeft(plan.weekStart, options.today, { minute: options.nowMinute }),
    options.dayStartHour,
    options.nowMinute === undefined ? {} : { notBefore: { day: options.today, minute: options.nowMinute } },
  );
  const calendar = ical({ name: `Referable plan, week of ${plan.weekStart}`, prodId: { company: 'Referable', product: 'Weekly plan', language: 'EN' } });
  blocks.forEach((block, index) => {
    const lines = block.items.map((entry) => {
      const item = byId.get(entry.id)!;
      const who = item.contact ? `${item.contact.name}${item.contact.company ? ` (${item.contact.company})` : ''}${item.other ? ` → ${item.other.name}` : ''}: ` : '';
      return `#${item.id} ${who}${item.why} [${item.minutes} min]`;
    });
    calendar.createEvent({
      id: `${plan.planId}-${index + 1}@referable`,
      stamp: options.now,
      start: floating(block.day, block.startMinute),
      end: floating(block.day, block.startMinute + block.minutes),
      floating: true,
      summary: `Referable: ${label(block.kind, block.items.length)}`,
      description: `${lines.join('\n')}\n\nTick off: referable plan done ${block.items.map((item) => item.id).join(' / ')}`,
    });
  });
  return { text: foldOctets(calendar.toString()), blocks };
}

/** Fails before anything changes when the file cannot be written: a missing folder, a folder in the way, no permission. */
export function checkWritable(path: string): void {
  const full = resolve(path);
  try {
    if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) throw new Error('it is a folder');
    accessSync(dirname(full), constants.W_OK);
    if (statSync(full, { throwIfNoEntry: false })) accessSync(full, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `the folder ${dirname(full)} does not exist` : (error as Error).message;
    throw new ReferableError('IO_ERROR', `cannot write the calendar to ${path}: ${reason}; nothing was changed`, { path });
  }
}

export interface IcsResult {
  plan: PlanView;
  path: string;
  events: number;
}

/** This week's plan (made or replanned as `plan` would), written to `path` as calendar blocks. */
export async function writePlanIcs(context: AppContext, path: string, options: PlanOptions = {}, sources?: PlanSources): Promise<IcsResult> {
  checkWritable(path);
  const plan = await weeklyPlan(context, options, sources);
  const settings = await loadSettings(context);
  const today = options.today ?? todayOf(context);
  const { text, blocks } = planCalendar(plan, { today, dayStartHour: settings.planner.dayStartHour, now: context.now(), nowMinute: options.today ? undefined : minuteNow(context) });
  writeOutput(path, text, { what: 'the calendar' });
  return { plan, path, events: blocks.length };
}
