// The double-opt-in introduction as a state machine: the transition table is data, every move is checked against it.
//
// Ask the person with the need first (A), then the helper (B), and only introduce when both said yes: nobody gets
// an unwanted email, and a "no" costs nobody face. Each step is stamped in the history; nothing is ever sent.
import { ReferableError } from '../errors.ts';

export const INTRO_STATES = ['suggested', 'asked-seeker', 'asked-helper', 'made', 'closed', 'declined', 'expired'] as const;
export type IntroState = (typeof INTRO_STATES)[number];

/** What each state means, for help texts and `intros show`. */
export const INTRO_STATE_MEANING: Record<IntroState, string> = {
  suggested: 'proposed; nobody asked yet',
  'asked-seeker': 'asked the person with the need (A) whether they want the introduction',
  'asked-helper': 'A said yes; asked the helper (B) whether they are open to it',
  made: 'both said yes; the introduction is made',
  closed: 'the outcome is recorded',
  declined: 'A or B said no (or you dropped it)',
  expired: 'no answer in time',
};

/** The allowed next states. Declined and expired are possible at every step before the introduction is made. */
export const INTRO_TRANSITIONS: Readonly<Record<IntroState, readonly IntroState[]>> = {
  suggested: ['asked-seeker', 'declined', 'expired'],
  'asked-seeker': ['asked-helper', 'declined', 'expired'],
  'asked-helper': ['made', 'declined', 'expired'],
  made: ['closed'],
  closed: [],
  declined: [],
  expired: [],
};

/** States that wait for an answer (from me or from A/B): these expire. */
export const WAITING_STATES: readonly IntroState[] = ['suggested', 'asked-seeker', 'asked-helper'];

export const INTRO_OUTCOMES = ['meeting', 'interview', 'offer', 'hire', 'deal', 'none'] as const;
export type IntroOutcome = (typeof INTRO_OUTCOMES)[number];

export interface IntroHistoryEntry {
  state: IntroState;
  /** ISO timestamp. */
  at: string;
  note: string;
}

export interface Introduction {
  id: string;
  /** '' for an introduction proposed without a recorded need. */
  needId: string;
  seekerId: string;
  helperId: string;
  state: IntroState;
  history: IntroHistoryEntry[];
  outcome: IntroOutcome | '';
  createdAt: string;
  updatedAt: string;
}

const DAY_MS = 86_400_000;

export function isIntroState(value: string): value is IntroState {
  return (INTRO_STATES as readonly string[]).includes(value);
}

export function parseIntroState(value: string, field = '--to'): IntroState {
  const folded = value.trim().toLowerCase();
  if (isIntroState(folded)) return folded;
  throw new ReferableError('INVALID_INPUT', `${field} must be one of ${INTRO_STATES.join(', ')}; got "${value}"`, { field, value });
}

export function parseIntroOutcome(value: string): IntroOutcome {
  const folded = value.trim().toLowerCase();
  const found = INTRO_OUTCOMES.find((outcome) => outcome === folded);
  if (!found) throw new ReferableError('INVALID_INPUT', `--outcome must be one of ${INTRO_OUTCOMES.join(', ')}; got "${value}"`, { field: '--outcome', value });
  return found;
}

/** A new introduction in the `suggested` state. */
export function proposeIntroduction(input: { id: string; needId: string; seekerId: string; helperId: string; at: string; note?: string }): Introduction {
  if (input.seekerId === input.helperId) {
    throw new ReferableError('INVALID_INPUT', 'the helper is the person with the need: an introduction connects two different people', { field: '--helper' });
  }
  return {
    id: input.id,
    needId: input.needId,
    seekerId: input.seekerId,
    helperId: input.helperId,
    state: 'suggested',
    history: [{ state: 'suggested', at: input.at, note: (input.note ?? '').trim() }],
    outcome: '',
    createdAt: input.at,
    updatedAt: input.at,
  };
}

/** When a waiting introduction expires (ISO), counted from its last step; null when it does not wait. */
export function expiresAt(intro: Pick<Introduction, 'state' | 'updatedAt'>, expireAfterDays: number): string | null {
  if (!WAITING_STATES.includes(intro.state)) return null;
  const last = Date.parse(intro.updatedAt);
  return Number.isNaN(last) ? null : new Date(last + expireAfterDays * DAY_MS).toISOString();
}

/** The state as the user should see it now: a waiting introduction past its time counts as expired. */
export function effectiveState(intro: Pick<Introduction, 'state' | 'updatedAt'>, now: number, expireAfterDays: number): IntroState {
  const expiry = expiresAt(intro, expireAfterDays);
  return expiry !== null && Date.parse(expiry) <= now ? 'expired' : intro.state;
}

export interface TransitionInput {
  to: IntroState;
  at: string;
  note?: string;
  outcome?: IntroOutcome;
}

/**
 * The states an introduction may move to now. An overdue one may only be closed off (recorded as expired, or as
 * declined when the no came late): a late yes needs a fresh proposal, so the other side is asked again.
 */
export function allowedNextStates(intro: Pick<Introduction, 'state' | 'updatedAt'>, now: number, expireAfterDays: number): IntroState[] {
  const next = INTRO_TRANSITIONS[intro.state];
  if (effectiveState(intro, now, expireAfterDays) === intro.state) return [...next];
  return next.filter((state) => state === 'expired' || state === 'declined');
}

function allowedText(next: readonly IntroState[]): string {
  return next.length ? `allowed next: ${next.join(', ')}` : 'it is final; propose a new introduction if needed';
}

/**
 * The introduction after one step, or a CONFLICT naming the allowed next states. `now` and `expireAfterDays` make
 * an overdue introduction count as expired first, so "advance" cannot revive one nobody answered.
 */
export function advanceIntroduction(intro: Introduction, input: TransitionInput, now: number, expireAfterDays: number): Introduction {
  const from = effectiveState(intro, now, expireAfterDays);
  const allowed = allowedNextStates(intro, now, expireAfterDays);
  if (input.outcome !== undefined && input.to !== 'closed') {
    throw new ReferableError('INVALID_INPUT', `--outcome goes with --to closed (the outcome closes the introduction); got --to ${input.to}`, { field: '--outcome' });
  }
  if (!allowed.includes(input.to)) {
    const why = from !== intro.state ? ` (it was ${intro.state} with no answer for ${expireAfterDays} days since ${intro.updatedAt.slice(0, 10)})` : '';
    throw new ReferableError('CONFLICT', `introduction ${intro.id} is ${from}${why} and cannot move to ${input.to}; ${allowedText(allowed)}`, {
      introId: intro.id,
      state: from,
      to: input.to,
      allowed,
    });
  }
  if (input.to === 'closed' && input.outcome === undefined) {
    throw new ReferableError('INVALID_INPUT', `closing records the outcome: add --outcome ${INTRO_OUTCOMES.join('|')} (none when nothing came of it)`, { field: '--outcome' });
  }
  const entry: IntroHistoryEntry = { state: input.to, at: input.at, note: (input.note ?? '').trim() };
  return {
    id: intro.id,
    needId: intro.needId,
    seekerId: intro.seekerId,
    helperId: intro.helperId,
    state: input.to,
    history: [...intro.history, entry],
    outcome: input.to === 'closed' ? (input.outcome ?? 'none') : intro.outcome,
    createdAt: intro.createdAt,
    updatedAt: input.at,
  };
}

/** Which contact a step asks (recorded as an ask for well rotation), or null for steps that ask nobody. */
export function askedBy(to: IntroState): { who: 'seeker' | 'helper'; purpose: 'intro-seeker' | 'intro-helper' } | null {
  if (to === 'asked-seeker') return { who: 'seeker', purpose: 'intro-seeker' };
  if (to === 'asked-helper') return { who: 'helper', purpose: 'intro-helper' };
  return null;
}

/** Open = still going somewhere: not closed, declined or (effectively) expired. */
export function isOpenIntroduction(intro: Pick<Introduction, 'state' | 'updatedAt'>, now: number, expireAfterDays: number): boolean {
  const state = effectiveState(intro, now, expireAfterDays);
  return state !== 'closed' && state !== 'declined' && state !== 'expired';
}
