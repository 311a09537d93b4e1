// Use cases of the referral ledger: add a referral, report an outcome, list, balance, thank-yous owed and sent.
import type { Contact } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { balancesOf, reciprocityByMonth, type MonthReciprocity, type Tally } from '../core/referrals/reciprocity.ts';
import {
  followsFromKey, latestOutcomes, newReferralEvent, outcomeUpdate, parseDirection, parseKind, parseLedgerDate, parseOutcome, referralDedupeKey,
  thankYousOwed as owedOf, type ReferralEvent, type ReferralKind, type ReferralOutcome,
} from '../core/referrals/referral-ledger.ts';
import { THANK_YOU_INTERACTION, type ReferralEventRow } from '../store/referral-events-repo.ts';
import { instantOnDay, todayOf, type AppContext } from './app-context.ts';
import { resolveContact } from './contacts.ts';
import { recordInteraction } from './interactions.ts';
import type { InteractionRow } from '../store/interactions-repo.ts';
import { LIST_IDS } from './next-steps.ts';

export function rowToEvent(row: ReferralEventRow): ReferralEvent {
  return {
    id: row.event_id,
    direction: row.direction as ReferralEvent['direction'],
    kind: row.kind as ReferralKind,
    contactId: row.contact_id,
    otherContactId: row.other_contact_id,
    introId: row.intro_id,
    company: row.company,
    outcome: row.outcome as ReferralOutcome | '',
    note: row.note,
    occurredOn: row.occurred_on,
    recordedAt: row.recorded_at,
    follows: followsFromKey(row.dedupe_key),
  };
}

export function eventToRow(event: ReferralEvent): ReferralEventRow {
  return {
    event_id: event.id,
    direction: event.direction,
    kind: event.kind,
    contact_id: event.contactId,
    other_contact_id: event.otherContactId,
    intro_id: event.introId,
    company: event.company,
    outcome: event.outcome,
    note: event.note,
    occurred_on: event.occurredOn,
    recorded_at: event.recordedAt,
    dedupe_key: referralDedupeKey(event, event.follows),
  };
}

export interface LedgerEntry {
  id: string;
  direction: ReferralEvent['direction'];
  kind: ReferralKind;
  contactId: string;
  contactName: string;
  otherContactId: string;
  otherName: string;
  company: string;
  outcome: ReferralOutcome | '';
  /** For a referral: the furthest outcome it reached so far (its own or a later update's). */
  latestOutcome: ReferralOutcome | '';
  note: string;
  occurredOn: string;
  recordedAt: string;
  /** The referral this event reports an outcome of, or ''. */
  follows: string;
  introId: string;
}

/** The user's day: a referral made this morning in Sydney is not in the future. */
const today = (context: AppContext) => todayOf(context);

async function entries(context: AppContext, events: ReferralEvent[]): Promise<LedgerEntry[]> {
  const names = await context.store.workspace.referralEvents.contactNames(events.flatMap((event) => [event.contactId, event.otherContactId]));
  const latest = latestOutcomes(events);
  const nameOf = (id: string) => (id ? names.get(id)?.name ?? `(removed contact ${id})` : '');
  return events.map((event) => ({
    id: event.id,
    direction: event.direction,
    kind: event.kind,
    contactId: event.contactId,
    contactName: nameOf(event.contactId),
    otherContactId: event.otherContactId,
    otherName: nameOf(event.otherContactId),
    company: event.company,
    outcome: event.outcome,
    latestOutcome: event.follows ? event.outcome : latest.get(event.id) ?? event.outcome,
    note: event.note,
    occurredOn: event.occurredOn,
    recordedAt: event.recordedAt,
    follows: event.follows,
    introId: event.introId,
  }));
}

export interface AddReferralInput {
  direction: string;
  kind: string;
  /** An id, LinkedIn URL, email or unambiguous name. */
  contact: string;
  other?: string;
  company?: string;
  outcome?: string;
  /** YYYY-MM-DD; today when left out. */
  on?: string;
  note?: string;
}

/** Appends one referral. Refuses a duplicate of a stored event (CONFLICT) and leaves the ledger unchanged. */
export async function addReferral(context: AppContext, input: AddReferralInput): Promise<LedgerEntry> {
  // Flags first, so a typo is reported before any contact lookup.
  parseDirection(input.direction);
  parseKind(input.kind);
  if (input.outcome) parseOutcome(input.outcome);
  const occurredOn = parseLedgerDate(input.on ?? today(context), today(context));
  const contact = await resolveContact(context, input.contact);
  const other = input.other ? await resolveContact(context, input.other) : null;
  const event = newReferralEvent(
    { direction: input.direction, kind: input.kind, contactId: contact.id, otherContactId: other?.id ?? '', company: input.company, outcome: input.outcome, note: input.note, occurredOn },
    { id: context.newId(), recordedAt: context.now().toISOString(), today: today(context) },
  );
  try {
    await context.store.workspace.transaction((tx) => tx.referralEvents.insert(eventToRow(event)));
  } catch (error) {
    // The store names the contact by id; the user typed a name.
    if (error instanceof ReferableError && error.code === 'CONFLICT') {
      throw new ReferableError('CONFLICT', error.message.replace(`contact ${contact.id}`, `${`${contact.firstName} ${contact.lastName}`.trim()} (${contact.id})`), error.details);
    }
    throw error;
  }
  return (await entries(context, [event]))[0];
}

/** Appends a referral built elsewhere (the intro workflow, the demo): same checks, same refusal of duplicates. */
export async function appendReferralEvent(context: AppContext, event: ReferralEvent): Promise<void> {
  await context.store.workspace.transaction((tx) => tx.referralEvents.insert(eventToRow(event)));
}

/** A later outcome of a stored referral, appended as a new event that follows it (the original is never edited). */
export async function recordOutcome(context: AppContext, eventId: string, input: { outcome: string; on?: string; note?: string }): Promise<LedgerEntry> {
  parseOutcome(input.outcome);
  const row = await context.store.workspace.referralEvents.get(eventId.trim());
  if (!row) throw new ReferableError('NOT_FOUND', `no ledger event has the id "${eventId}"`, undefined, LIST_IDS.ledger);
  const event = outcomeUpdate(rowToEvent(row), { outcome: input.outcome, occurredOn: input.on ?? today(context), note: input.note }, { id: context.newId(), recordedAt: context.now().toISOString(), today: today(context) });
  await context.store.workspace.transaction((tx) => tx.referralEvents.insert(eventToRow(event)));
  return (await entries(context, [event]))[0];
}

async function loadEvents(context: AppContext, contactId?: string): Promise<ReferralEvent[]> {
  return (await context.store.workspace.referralEvents.list(contactId ? { contactId } : {})).map(rowToEvent);
}

export async function listLedger(context: AppContext, query: { contact?: string | Contact } = {}): Promise<LedgerEntry[]> {
  const contactId = query.contact ? (await resolveContact(context, query.contact)).id : undefined;
  return entries(context, await loadEvents(context, contactId));
}

export interface LedgerBalance {
  /** The contact asked for, or null for the whole ledger. */
  contact: { id: string; name: string } | null;
  overall: Tally;
  perContact: (Tally & { contactId: string; name: string; lastOn: string })[];
  /** The last 12 months, oldest first. */
  months: MonthReciprocity[];
  thankYousOwed: number;
}

export async function ledgerBalance(context: AppContext, query: { contact?: string; months?: number } = {}): Promise<LedgerBalance> {
  const contact = query.contact ? await resolveContact(context, query.contact) : null;
  const all = await loadEvents(context);
  // For one contact: the referrals where they are the person helped or who helped (an intro's other side is not).
  const events = contact ? all.filter((event) => event.contactId === contact.id) : all;
  const balances = balancesOf(events);
  const names = await context.store.workspace.referralEvents.contactNames(balances.perContact.map((row) => row.contactId));
  const owed = owedOf(events, await context.store.workspace.referralEvents.thankYouDates());
  return {
    contact: contact ? { id: contact.id, name: `${contact.firstName} ${contact.lastName}`.trim() } : null,
    overall: balances.overall,
    perContact: balances.perContact.map((row) => ({ ...row, name: names.get(row.contactId)?.name ?? `(removed contact ${row.contactId})` })),
    months: reciprocityByMonth(events, today(context), { months: query.months }),
    thankYousOwed: owed.length,
  };
}

export interface ThankYouDue {
  contactId: string;
  name: string;
  eventId: string;
  occurredOn: string;
  kind: ReferralKind;
  company: string;
  /** The good news to thank for, when the event is an outcome (e.g. 'interview'). */
  outcome: ReferralOutcome | '';
}

/** Received referrals (and their outcomes) with no thank-you to that person since: for `ledger thanks` and the planner. */
export async function thankYousOwed(context: AppContext): Promise<ThankYouDue[]> {
  const events = (await context.store.workspace.referralEvents.list({ direction: 'received' })).map(rowToEvent);
  const owed = owedOf(events, await context.store.workspace.referralEvents.thankYouDates());
  const names = await context.store.workspace.referralEvents.contactNames(owed.map((row) => row.contactId));
  return owed.map((row) => ({
    contactId: row.contactId,
    name: names.get(row.contactId)?.name ?? `(removed contact ${row.contactId})`,
    eventId: row.eventId,
    occurredOn: row.occurredOn,
    kind: row.kind,
    company: row.company,
    outcome: row.outcome,
  }));
}

export const THANK_YOU_MINUTES = 5;

/**
 * Records a thank-you to a contact as an interaction of kind 'thank-you' (nothing in the ledger changes: it is
 * append-only). It settles every thank-you owed to that person for events on or before its date.
 */
export async function recordThankYou(context: AppContext, reference: string, input: { on?: string; note?: string } = {}): Promise<{ contactId: string; name: string; on: string; settled: ThankYouDue[] }> {
  const on = parseLedgerDate(input.on ?? today(context), today(context));
  const contact = await resolveContact(context, reference);
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  const before = (await thankYousOwed(context)).filter((row) => row.contactId === contact.id);
  const already = (await context.store.workspace.referralEvents.thankYouDates()).get(contact.id) ?? [];
  if (already.includes(on)) throw new ReferableError('CONFLICT', `a thank-you to ${name} on ${on} is already recorded; nothing was added`, { contactId: contact.id, on });
  const occurredAt = on === today(context) ? context.now().toISOString() : instantOnDay(context, on);
  // Through recordInteraction, like a thank-you ticked off in the plan: it also strengthens the tie (count, recency).
  const row: InteractionRow = { interaction_id: context.newId(), contact_id: contact.id, kind: THANK_YOU_INTERACTION, minutes: THANK_YOU_MINUTES, note: (input.note ?? '').trim(), occurred_at: occurredAt, source: 'logged', plan_item_id: '' };
  await context.store.workspace.transaction((tx) => recordInteraction(context, tx, row));
  return { contactId: contact.id, name, on, settled: before.filter((row) => row.occurredOn <= on) };
}
