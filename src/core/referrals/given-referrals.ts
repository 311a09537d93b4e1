// Referrals given, from one set of records: the ledger's given referrals, plus introductions made through the
// workflow that the ledger does not hold. The weekly review, the ledger and the referability index all count from
// this list, so "intros given" is the same number wherever it is shown.
import { isReferral, type ReferralEvent, type ReferralKind } from './referral-ledger.ts';

/** An introduction that reached `made` (it may be closed since), with the user's day it was made. */
export interface MadeIntroduction {
  introId: string;
  seekerId: string;
  helperId: string;
  /** YYYY-MM-DD, in the user's time zone. */
  madeOn: string;
}

export interface GivenReferral {
  kind: ReferralKind;
  /** YYYY-MM-DD. */
  on: string;
  /** The person helped. */
  contactId: string;
  /** For an introduction: who they were introduced to. */
  otherContactId: string;
  /** The introduction it came from, or ''. */
  introId: string;
  /** 'ledger' for a ledger event; 'workflow' for a made introduction the ledger lacks. */
  source: 'ledger' | 'workflow';
}

/**
 * Every referral given, once. A made introduction is in the ledger when an event names it (appended when it was
 * made) or, for one recorded by hand first, when a given intro on the same day links the same two people.
 */
export function givenReferrals(events: readonly ReferralEvent[], made: readonly MadeIntroduction[]): GivenReferral[] {
  const given = events.filter((event) => event.direction === 'given' && isReferral(event));
  const byIntro = new Set(given.map((event) => event.introId).filter(Boolean));
  const byPair = new Set(given.filter((event) => event.kind === 'intro').map((event) => `${event.contactId}|${event.otherContactId}|${event.occurredOn}`));
  const result: GivenReferral[] = given.map((event) => ({
    kind: event.kind,
    on: event.occurredOn,
    contactId: event.contactId,
    otherContactId: event.otherContactId,
    introId: event.introId,
    source: 'ledger',
  }));
  for (const intro of made) {
    if (byIntro.has(intro.introId) || byPair.has(`${intro.seekerId}|${intro.helperId}|${intro.madeOn}`)) continue;
    result.push({ kind: 'intro', on: intro.madeOn, contactId: intro.seekerId, otherContactId: intro.helperId, introId: intro.introId, source: 'workflow' });
  }
  return result.sort((a, b) => a.on.localeCompare(b.on) || a.introId.localeCompare(b.introId));
}

/** How many given referrals fall in [from, to] (YYYY-MM-DD, both included), optionally of one kind. */
export function countGiven(given: readonly GivenReferral[], range: { from?: string; to?: string; kind?: ReferralKind } = {}): number {
  let count = 0;
  for (const entry of given) {
    if (range.kind && entry.kind !== range.kind) continue;
    if (range.from && entry.on < range.from) continue;
    if (range.to && entry.on > range.to) continue;
    count++;
  }
  return count;
}
