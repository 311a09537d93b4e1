// Needs: a problem a contact has at work ("their team is struggling with a SOC 2 audit"), the seed of an introduction.
import { ReferableError } from '../errors.ts';
import { foldText } from '../text/fold.ts';

export const NEED_STATUSES = ['open', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export interface Need {
  id: string;
  contactId: string;
  text: string;
  topic: string;
  /** YYYY-MM-DD or ''. */
  deadline: string;
  status: NeedStatus;
  closeNote: string;
  createdAt: string;
  closedAt: string;
}

export const NEED_LIMITS = { maxText: 2000, maxTopic: 100 };

export interface NeedInput {
  text: string;
  topic?: string;
  deadline?: string;
}

/** A real calendar date as YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Trimmed, checked input; `today` (YYYY-MM-DD) keeps deadlines from being in the past. */
export function validateNeedInput(input: NeedInput, today: string): Required<NeedInput> {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (!text || !foldText(text)) throw new ReferableError('INVALID_INPUT', 'a need needs a text: what is the problem they are trying to solve? e.g. "their team is struggling with a SOC 2 audit"', { field: 'text' });
  if (text.length > NEED_LIMITS.maxText) throw new ReferableError('INVALID_INPUT', `a need's text is at most ${NEED_LIMITS.maxText} characters; this one has ${text.length}: keep the gist`, { field: 'text' });
  const topic = (input.topic ?? '').replace(/\s+/g, ' ').trim();
  if (topic.length > NEED_LIMITS.maxTopic) throw new ReferableError('INVALID_INPUT', `--topic is at most ${NEED_LIMITS.maxTopic} characters; got ${topic.length}`, { field: '--topic' });
  const deadline = (input.deadline ?? '').trim();
  if (deadline && !isCalendarDate(deadline)) throw new ReferableError('INVALID_INPUT', `--deadline must be a date as YYYY-MM-DD (e.g. 2026-12-31); got "${input.deadline}"`, { field: '--deadline', value: input.deadline });
  if (deadline && deadline < today) throw new ReferableError('INVALID_INPUT', `--deadline ${deadline} is in the past (today is ${today})`, { field: '--deadline', value: deadline });
  return { text, topic, deadline };
}

/** The same need said again, case and punctuation aside. */
export function sameNeedText(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/** An open need of this contact with the same text: adding it again would double every suggestion. */
export function findDuplicateNeed(existing: readonly Need[], contactId: string, text: string): Need | undefined {
  return existing.find((need) => need.status === 'open' && need.contactId === contactId && sameNeedText(need.text, text));
}

export function parseNeedStatus(value: string): NeedStatus | 'all' {
  const folded = value.trim().toLowerCase();
  if (folded === 'all' || folded === 'open' || folded === 'closed') return folded;
  throw new ReferableError('INVALID_INPUT', `--status must be open, closed or all; got "${value}"`, { field: '--status', value });
}

/** Days until a deadline (negative when past), or null without one. */
export function daysUntil(deadline: string, now: number): number | null {
  if (!deadline) return null;
  const today = new Date(now).toISOString().slice(0, 10);
  return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
}
