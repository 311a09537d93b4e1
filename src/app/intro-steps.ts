// Use cases for the steps of an introduction: propose one, advance it through the double opt-in (asks recorded for
// well rotation, the ledger's "given" event appended when it is made), and the view both return.
import type { Contact } from '../core/contacts/contact.ts';
import { displayName } from '../core/contacts/contact.ts';
import { ReferableError, isReferableError } from '../core/errors.ts';
import {
  advanceIntroduction as advanceInCore,
  allowedNextStates,
  askedBy,
  effectiveState,
  expiresAt,
  isOpenIntroduction,
  parseIntroOutcome,
  parseIntroState,
  proposeIntroduction as proposeInCore,
  type Introduction,
  type IntroState,
} from '../core/referrals/intro-workflow.ts';
import { newReferralEvent, outcomeUpdate, type ReferralEvent } from '../core/referrals/referral-ledger.ts';
import { concentrationWarning, coolDownWarning, type Ask } from '../core/referrals/well-rotation.ts';
import type { Kysely } from 'kysely';
import { todayOf, type AppContext } from './app-context.ts';
import type { Workspace } from '../store/workspace-store.ts';
import { resolveContact } from './contacts.ts';
import { eventToRow, rowToEvent } from './ledger.ts';
import { needOrThrow, partyView, type PartyView } from './needs.ts';
import { loadSettings } from './settings.ts';
import { LIST_IDS } from './next-steps.ts';

export interface IntroView {
  id: string;
  /** The state as it stands now: a waiting introduction past its time shows as expired. */
  state: IntroState;
  /** The state last recorded (differs from `state` only for an overdue introduction). */
  recordedState: IntroState;
  need: { id: string; text: string; topic: string } | null;
  seeker: PartyView;
  helper: PartyView;
  outcome: string;
  history: Introduction['history'];
  createdAt: string;
  updatedAt: string;
  /** When a waiting introduction expires (ISO), or null. */
  expiresAt: string | null;
  /** The states it may move to now. */
  next: IntroState[];
}

export function introView(intro: Introduction, parties: { seeker: Contact | null; helper: Contact | null; need: { id: string; text: string; topic: string } | null }, now: number, expireAfterDays: number): IntroView {
  return {
    id: intro.id,
    state: effectiveState(intro, now, expireAfterDays),
    recordedState: intro.state,
    need: parties.need,
    seeker: partyView(parties.seeker, intro.seekerId),
    helper: partyView(parties.helper, intro.helperId),
    outcome: intro.outcome,
    history: intro.history,
    createdAt: intro.createdAt,
    updatedAt: intro.updatedAt,
    expiresAt: expiresAt(intro, expireAfterDays),
    next: allowedNextStates(intro, now, expireAfterDays),
  };
}

/** An introduction by id, or NOT_FOUND saying how to find ids. */
export async function introOrThrow(context: AppContext, introId: string): Promise<Introduction> {
  const id = introId.trim();
  const intro = id ? await context.store.workspace.introductions.get(id) : null;
  if (!intro) throw new ReferableError('NOT_FOUND', `no introduction has the id "${introId}"`, undefined, LIST_IDS.intros);
  return intro;
}

export async function loadIntroView(context: AppContext, intro: Introduction, expireAfterDays: number): Promise<IntroView> {
  const ws = context.store.workspace;
  const [seeker, helper, need] = await Promise.all([ws.contacts.get(intro.seekerId), ws.contacts.get(intro.helperId), intro.needId ? ws.needs.get(intro.needId) : null]);
  return introView(intro, { seeker, helper, need: need ? { id: need.id, text: need.text, topic: need.topic } : null }, context.now().getTime(), expireAfterDays);
}

/** Warnings before tapping a contact: inside their cool-down, or asks piling onto a few people. */
function askWarnings(asks: readonly Ask[], contact: Contact, now: number, coolDownDays: number, withConcentration: boolean): string[] {
  const warnings: string[] = [];
  const cool = coolDownWarning(asks, { id: contact.id, name: displayName(contact) }, now, coolDownDays);
  if (cool) warnings.push(cool);
  if (withConcentration) {
    const concentrated = concentrationWarning(asks, contact.id);
    if (concentrated) warnings.push(concentrated);
  }
  return warnings;
}

export interface ProposeInput {
  /** A need id: the seeker is the need's contact. */
  need?: string;
  /** Without a need: the person who would be helped. */
  seeker?: string;
  helper: string;
  note?: string;
}

/** A new introduction in the `suggested` state; warns (never fails) when either side is inside their cool-down. */
export async function proposeIntroduction(context: AppContext, input: ProposeInput): Promise<{ intro: IntroView; warnings: string[] }> {
  if (!input.helper?.trim()) throw new ReferableError('INVALID_INPUT', 'name the helper: --helper CONTACT (an id, LinkedIn URL, email or unambiguous name)', { field: '--helper' });
  if (!input.need?.trim() && !input.seeker?.trim()) {
    throw new ReferableError('INVALID_INPUT', 'name a need (intros propose NEED_ID --helper CONTACT) or both people (--seeker CONTACT --helper CONTACT)', { field: 'need' });
  }
  const ws = context.store.workspace;
  const need = input.need?.trim() ? await needOrThrow(context, input.need) : null;
  if (need && need.status === 'closed') throw new ReferableError('CONFLICT', `need ${need.id} is closed; reopen it by adding it again, or propose with --seeker and --helper`, { needId: need.id });
  const named = input.seeker?.trim() ? await resolveContact(context, input.seeker) : null;
  const seeker = need ? await ws.contacts.get(need.contactId) : named;
  if (!seeker) throw new ReferableError('NOT_FOUND', `the contact of need ${need?.id} no longer exists; close the need`);
  if (need && named && named.id !== seeker.id) {
    throw new ReferableError('INVALID_INPUT', `need ${need.id} is ${displayName(seeker)}'s, not ${displayName(named)}'s; leave out --seeker when you name a need`, { field: '--seeker' });
  }
  const helper = await resolveContact(context, input.helper);
  const settings = await loadSettings(context);
  const { coolDownDays, expireAfterDays } = settings.introductions;
  const nowDate = context.now();
  const now = nowDate.getTime();
  const intro = proposeInCore({ id: context.newId(), needId: need?.id ?? '', seekerId: seeker.id, helperId: helper.id, at: nowDate.toISOString(), note: input.note });
  const asks = await ws.asks.list({ since: new Date(now - coolDownDays * 86_400_000).toISOString() });
  await ws.transaction(async (tx) => {
    const same = (await tx.introductions.list({ contactId: helper.id })).find(
      (other) => other.helperId === helper.id && other.seekerId === seeker.id && other.needId === intro.needId && isOpenIntroduction(other, now, expireAfterDays),
    );
    if (same) {
      throw new ReferableError('CONFLICT', `introduction ${same.id} of ${displayName(seeker)} to ${displayName(helper)} is already under way (${same.state})`, { introId: same.id }, {
        text: 'Follow that introduction',
        command: `referable intros show ${same.id}`,
        link: `/intros?open=${encodeURIComponent(same.id)}`,
      });
    }
    await tx.introductions.insert(intro);
  });
  const warnings = [...askWarnings(asks, seeker, now, coolDownDays, false), ...askWarnings(asks, helper, now, coolDownDays, false)];
  return { intro: introView(intro, { seeker, helper, need: need ? { id: need.id, text: need.text, topic: need.topic } : null }, now, expireAfterDays), warnings };
}

/** Appends a ledger event; one the ledger already holds (recorded by hand, say) becomes a warning, not a failure. */
async function appendToLedger(tx: Workspace, event: ReferralEvent, warnings: string[]): Promise<string | null> {
  try {
    await tx.referralEvents.insert(eventToRow(event));
    return event.id;
  } catch (error) {
    if (!isReferableError(error) || error.code !== 'CONFLICT') throw error;
    warnings.push(`${error.message.split('.')[0]}; the introduction is recorded, the ledger is left as it was`);
    return null;
  }
}

export interface AdvanceInput {
  to: string;
  note?: string;
  outcome?: string;
}

/**
 * One step of the double opt-in. An impossible move is refused with the allowed next states and changes nothing.
 * Asking A or B records an ask (well rotation); reaching `made` appends "given: introduced A to B" to the ledger,
 * and closing with an outcome appends that outcome as a follow-up, all in the same transaction.
 */
export async function advanceIntroduction(context: AppContext, introId: string, input: AdvanceInput): Promise<{ intro: IntroView; warnings: string[]; ledgerEvents: string[]; notes: string[] }> {
  const to = parseIntroState(input.to);
  const outcome = input.outcome === undefined ? undefined : parseIntroOutcome(input.outcome);
  const found = await introOrThrow(context, introId);
  const settings = await loadSettings(context);
  const { coolDownDays, expireAfterDays } = settings.introductions;
  const nowDate = context.now();
  const now = nowDate.getTime();
  const at = nowDate.toISOString();
  const today = todayOf(context);
  const ws = context.store.workspace;
  const [seeker, helper, need] = await Promise.all([ws.contacts.get(found.seekerId), ws.contacts.get(found.helperId), found.needId ? ws.needs.get(found.needId) : null]);
  if (!seeker || !helper) throw new ReferableError('NOT_FOUND', `a contact of introduction ${found.id} no longer exists; it cannot move on`);
  const warnings: string[] = [];
  const ledgerEvents: string[] = [];
  const notes: string[] = [];
  const next = await ws.transaction(async (tx) => {
    // Read again inside the transaction: two steps at once must not both apply to the same state.
    const intro = (await tx.introductions.get(found.id)) ?? found;
    const moved = advanceInCore(intro, { to, at, note: input.note, outcome }, now, expireAfterDays);
    await tx.introductions.update(moved);
    const ask = askedBy(to);
    if (ask) {
      const person = ask.who === 'seeker' ? seeker : helper;
      warnings.push(...askWarnings(await tx.asks.list(), person, now, coolDownDays, true));
      await tx.asks.insert({ id: context.newId(), contactId: person.id, purpose: ask.purpose, introId: intro.id, askedAt: at });
    }
    if (to === 'made') {
      const event = newReferralEvent(
        { direction: 'given', kind: 'intro', contactId: seeker.id, otherContactId: helper.id, introId: intro.id, company: helper.company, note: `introduced ${displayName(seeker)} to ${displayName(helper)}`, occurredOn: today },
        { id: context.newId(), recordedAt: at, today },
      );
      const id = await appendToLedger(tx, event, warnings);
      if (id) ledgerEvents.push(id);
    }
    if (to === 'closed' && outcome && outcome !== 'none') {
      const made = (await tx.referralEvents.list({ introId: intro.id })).map(rowToEvent).find((event) => event.follows === '');
      if (made) {
        const id = await appendToLedger(tx, outcomeUpdate(made, { outcome, occurredOn: today, note: input.note }, { id: context.newId(), recordedAt: at, today }), warnings);
        if (id) ledgerEvents.push(id);
      }
      // The need was met: close it, or the matcher and the planner would go on proposing helpers for it.
      if (need && need.status === 'open') {
        await tx.needs.close(need.id, at, `met through introduction ${intro.id} to ${displayName(helper)} (${outcome})`);
        notes.push(`closed need ${need.id} ("${need.text}"): met through this introduction (${outcome})`);
      }
    }
    return moved;
  });
  const view = introView(next, { seeker, helper, need: need ? { id: need.id, text: need.text, topic: need.topic } : null }, now, expireAfterDays);
  return { intro: view, warnings, ledgerEvents, notes };
}
