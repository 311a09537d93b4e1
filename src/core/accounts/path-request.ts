// A path request: a seeker asks a cohort teammate for an introduction to the people the teammate knows at a company.
// Double opt-in like an introduction: the seeker asks (with a message), the teammate accepts or declines; only an
// accepted request reveals names, and only to the seeker who asked. A request nobody answers expires.
import { ReferableError } from '../errors.ts';

export const PATH_REQUEST_DEFAULTS = { expiryDays: 14, messageMaxChars: 2000 };

export const PATH_REQUEST_STATES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type PathRequestState = (typeof PATH_REQUEST_STATES)[number];

/** Only a pending request moves; every other state is final. */
const TRANSITIONS: Readonly<Record<PathRequestState, readonly PathRequestState[]>> = {
  pending: ['accepted', 'declined', 'withdrawn', 'expired'],
  accepted: [],
  declined: [],
  withdrawn: [],
  expired: [],
};

export interface PathRequestHistoryEntry {
  state: PathRequestState;
  at: string;
  /** Who moved it: 'seeker', 'member', or 'clock' for an expiry. */
  by: 'seeker' | 'member' | 'clock';
  note: string;
}

export interface PathRequestFacts {
  state: PathRequestState;
  createdAt: string;
  expiresAt: string;
  history: PathRequestHistoryEntry[];
}

export function expiryOf(createdAt: string, days = PATH_REQUEST_DEFAULTS.expiryDays): string {
  return new Date(Date.parse(createdAt) + days * 86_400_000).toISOString();
}

/** The state as of `now`: a pending request past its expiry has expired (whether or not that was written down). */
export function currentState(request: Pick<PathRequestFacts, 'state' | 'expiresAt'>, now: Date): PathRequestState {
  return request.state === 'pending' && Date.parse(request.expiresAt) <= now.getTime() ? 'expired' : request.state;
}

/** The request after a move, with the move in its history; refuses a move from a final state with CONFLICT. */
export function movePathRequest<T extends PathRequestFacts>(request: T, to: PathRequestState, by: PathRequestHistoryEntry['by'], now: Date, note = ''): T {
  const from = currentState(request, now);
  if (!TRANSITIONS[from].includes(to)) {
    const why = from === 'expired' ? `it expired on ${request.expiresAt.slice(0, 10)} with no answer; ask again` : `it is already ${from}`;
    throw new ReferableError('CONFLICT', `this path request cannot be ${to}: ${why}`, { state: from });
  }
  return { ...request, state: to, history: [...request.history, { state: to, at: now.toISOString(), by, note }] };
}

/** The request with an expiry nobody wrote down yet written down (stamped when it happened); unchanged otherwise. */
export function settleExpiry<T extends PathRequestFacts>(request: T, now: Date): T {
  if (request.state !== 'pending' || currentState(request, now) !== 'expired') return request;
  return { ...request, state: 'expired', history: [...request.history, { state: 'expired', at: request.expiresAt, by: 'clock', note: 'no answer in time' }] };
}

export interface PathRequestTemplateValues {
  seeker: string;
  member: string;
  company: string;
  /** "1 director, 2 in engineering". */
  roles: string;
  cohort: string;
}

export const DEFAULT_PATH_REQUEST_TEMPLATE =
  'Hi {member}, we are both in {cohort}. I am looking at {company}, and the cohort shows you know people there ({roles}). Would you be open to introducing me to one of them? A short call or a forwarded note would help a lot. Thanks, {seeker}';

/** The message drafted from a template: {seeker}, {member}, {company}, {roles}, {cohort} are filled in. */
export function renderPathRequestMessage(values: PathRequestTemplateValues, template = DEFAULT_PATH_REQUEST_TEMPLATE): string {
  const text = template.replace(/\{(seeker|member|company|roles|cohort)\}/g, (_, key: keyof PathRequestTemplateValues) => values[key]);
  return checkMessage(text);
}

export function checkMessage(text: string): string {
  const message = text.trim();
  if (!message) throw new ReferableError('INVALID_INPUT', 'the message is empty: say why you ask, or leave it out to use the template');
  if (message.length > PATH_REQUEST_DEFAULTS.messageMaxChars) throw new ReferableError('INVALID_INPUT', `the message has ${message.length} characters; keep it under ${PATH_REQUEST_DEFAULTS.messageMaxChars}`);
  return message;
}
