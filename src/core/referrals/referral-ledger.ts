// The referral ledger (DESIGN: "Be referable"): append-only events, given and received, with outcomes and thank-yous.
//
// Events are never edited. An outcome that comes later ("the intro led to an interview") is a new event that
// follows the earlier one: it copies its facts, adds the outcome, and does not count as another referral.
import { ReferableError } from '../errors.ts';

export const REFERRAL_DIRECTIONS = ['given', 'received'] as const;
export const REFERRAL_KINDS = ['intro', 'job', 'client', 'advice', 'other'] as const;
/** In the order a referral usually progresses. */
export const REFERRAL_OUTCOMES = ['meeting', 'interview', 'offer', 'hire', 'deal'] as const;

export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export interface ReferralEvent {
  id: string;
  direction: ReferralDirection;
  kind: ReferralKind;
  /** Given: the person I helped (introduced, referred). Received: the person who referred me. */
  contactId: string;
  /** Given intro: the person I introduced them to. Received: who they introduced me to, if a person. '' otherwise. */
  otherContactId: string;
  /** The introduction this event came from (intro workflow), or ''. */
  introId: string;
  company: string;
  outcome: ReferralOutcome | '';
  note: string;
  /** YYYY-MM-DD. */
  occurredOn: string;
  recordedAt: string;
  /** The earlier event this one reports an outcome of, or '' for a referral in its own right. */
  follows: string;
}

/** The facts that make an event the same event: a second one with the same facts is refused. */
export type ReferralFacts = Pick<ReferralEvent, 'direction' | 'kind' | 'contactId' | 'otherContactId' | 'company' | 'occurredOn' | 'outcome'>;

const FOLLOWS_PREFIX = 'follows:';

function foldCompany(company: string): string {
  return company.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The dedupe key stored with each event. An outcome update carries the id of the event it follows (the store has
 * no separate column for it), so "which event does this follow" is read back from the key.
 */
export function referralDedupeKey(facts: ReferralFacts, follows = ''): string {
  const parts = [facts.direction, facts.kind, facts.contactId, facts.otherContactId, foldCompany(facts.company), facts.occurredOn, facts.outcome];
  return `${follows ? `${FOLLOWS_PREFIX}${follows}|` : ''}${parts.join('|')}`;
}

/** The id of the event an update follows, from its dedupe key ('' for a referral in its own right). */
export function followsFromKey(dedupeKey: string): string {
  if (!dedupeKey.startsWith(FOLLOWS_PREFIX)) return '';
  const end = dedupeKey.indexOf('|');
  return end < 0 ? '' : dedupeKey.slice(FOLLOWS_PREFIX.length, end);
}

function oneOf<T extends string>(list: readonly T[], value: string, field: string): T {
  const folded = value.trim().toLowerCase();
  const found = list.find((item) => item === folded);
  if (!found) throw new ReferableError('INVALID_INPUT', `${field} must be one of ${list.join(', ')}; got "${value}"`, { field, value });
  return found;
}

export const parseDirection = (value: string): ReferralDirection => oneOf(REFERRAL_DIRECTIONS, value, 'direction');
export const parseKind = (value: string): ReferralKind => oneOf(REFERRAL_KINDS, value, '--kind');
export const parseOutcome = (value: string): ReferralOutcome => oneOf(REFERRAL_OUTCOMES, value, '--outcome');

/** A real calendar date YYYY-MM-DD, not after today: the ledger records what happened. */
export function parseLedgerDate(value: string, today: string, field = '--on'): string {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    throw new ReferableError('INVALID_INPUT', `${field} must be a date as YYYY-MM-DD (e.g. 2026-03-14); got "${value}"`, { field, value });
  }
  if (text > today) throw new ReferableError('INVALID_INPUT', `${field} ${text} is in the future (today is ${today}); the ledger records what has happened`, { field, value });
  return text;
}

export interface NewReferral {
  direction: string;
  kind: string;
  contactId: string;
  otherContactId?: string;
  introId?: string;
  company?: string;
  outcome?: string;
  note?: string;
  occurredOn: string;
}

/** Validates a new referral into an event (ids and times come from the caller). */
export function newReferralEvent(input: NewReferral, meta: { id: string; recordedAt: string; today: string }): ReferralEvent {
  const otherContactId = input.otherContactId ?? '';
  if (otherContactId !== '' && otherContactId === input.contactId) {
    throw new ReferableError('INVALID_INPUT', '--other must be a different person from --contact: an introduction connects two people', { field: '--other' });
  }
  return {
    id: meta.id,
    direction: parseDirection(input.direction),
    kind: parseKind(input.kind),
    contactId: input.contactId,
    otherContactId,
    introId: input.introId ?? '',
    company: (input.company ?? '').trim(),
    outcome: input.outcome ? parseOutcome(input.outcome) : '',
    note: (input.note ?? '').trim(),
    occurredOn: parseLedgerDate(input.occurredOn, meta.today),
    recordedAt: meta.recordedAt,
    follows: '',
  };
}

/** An outcome reported later: a new event following `earlier` (never an edit of it). */
export function outcomeUpdate(earlier: ReferralEvent, input: { outcome: string; occurredOn: string; note?: string }, meta: { id: string; recordedAt: string; today: string }): ReferralEvent {
  const outcome = parseOutcome(input.outcome);
  const occurredOn = parseLedgerDate(input.occurredOn, meta.today);
  if (occurredOn < earlier.occurredOn) {
    throw new ReferableError('INVALID_INPUT', `the outcome date ${occurredOn} is before the referral it follows (${earlier.occurredOn})`, { field: '--on' });
  }
  return {
    id: meta.id,
    direction: earlier.direction,
    kind: earlier.kind,
    contactId: earlier.contactId,
    otherContactId: earlier.otherContactId,
    introId: earlier.introId,
    company: earlier.company,
    outcome,
    note: (input.note ?? '').trim(),
    occurredOn,
    recordedAt: meta.recordedAt,
    // Updates of an update follow the original referral: one thread per referral.
    follows: earlier.follows || earlier.id,
  };
}

/** A referral in its own right (counts in balances), as opposed to an outcome update. */
export function isReferral(event: Pick<ReferralEvent, 'follows'>): boolean {
  return event.follows === '';
}

/** The furthest outcome each referral reached, by referral id (its own outcome or any later update's). */
export function latestOutcomes(events: readonly ReferralEvent[]): Map<string, ReferralOutcome | ''> {
  const rank = (outcome: ReferralOutcome | '') => (outcome === '' ? -1 : REFERRAL_OUTCOMES.indexOf(outcome));
  const result = new Map<string, ReferralOutcome | ''>();
  for (const event of events) if (isReferral(event)) result.set(event.id, event.outcome);
  for (const event of events) {
    if (isReferral(event) || !result.has(event.follows)) continue;
    const current = result.get(event.follows) ?? '';
    if (rank(event.outcome) > rank(current)) result.set(event.follows, event.outcome);
  }
  return result;
}

export interface ThankYouOwed {
  contactId: string;
  eventId: string;
  occurredOn: string;
  kind: ReferralKind;
  company: string;
  outcome: ReferralOutcome | '';
}

/**
 * Received events (referrals and their good news) with no thank-you to that person on or after the event's date.
 * One thank-you covers everything received from that person up to its date. Oldest first: the most overdue.
 */
export function thankYousOwed(events: readonly ReferralEvent[], thankedOn: ReadonlyMap<string, readonly string[]>): ThankYouOwed[] {
  const owed: ThankYouOwed[] = [];
  for (const event of events) {
    if (event.direction !== 'received') continue;
    const dates = thankedOn.get(event.contactId) ?? [];
    if (dates.some((date) => date >= event.occurredOn)) continue;
    owed.push({ contactId: event.contactId, eventId: event.id, occurredOn: event.occurredOn, kind: event.kind, company: event.company, outcome: event.outcome });
  }
  return owed.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.eventId.localeCompare(b.eventId));
}
