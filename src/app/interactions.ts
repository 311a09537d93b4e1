// Use cases on interactions: log one (`referable log`), the last touch per contact, and who is losing touch (`cadence`).
import { displayName } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import { losingTouch, type LosingTouch } from '../core/planner/cadence.ts';
import { isDay } from '../core/planner/week.ts';
import { INTERACTION_KINDS, MAX_INTERACTION_MINUTES, type InteractionKind } from '../core/planner/interactions.ts';
import type { ActionKind } from '../core/settings/settings.ts';
import type { TieLink } from '../core/ties/tie.ts';
import { type ScoringContact } from '../store/contacts-repo.ts';
import { type InteractionRow } from '../store/interactions-repo.ts';
import { instantOnDay, todayOf, type AppContext } from './app-context.ts';
import type { Workspace } from '../store/workspace-store.ts';
import { resolveContact } from './contacts.ts';
import { myTiesByContact, scoreContacts, type MarketFacts } from './market-scoring.ts';
import { loadSettings } from './settings.ts';
import { activeTarget } from './target.ts';
import { DEFINE_MARKET } from './next-steps.ts';

export { INTERACTION_KINDS, MAX_INTERACTION_MINUTES, type InteractionKind } from '../core/planner/interactions.ts';

/** Interactions that are not evidence of a relationship (a request not yet accepted, a post to everyone). */
const NOT_A_TIE_SIGNAL = new Set<string>(['connection-request', 'share']);


/** "coffee chat", "Coffee-Chat" and "coffee_chat" all mean coffee-chat. */
export function interactionKindOf(text: string): InteractionKind | null {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const aliases: Record<string, InteractionKind> = { 'follow-up': 'follow-up', followup: 'follow-up', thanks: 'thank-you', 'thank-you-note': 'thank-you', intro: 'introduction', coffee: 'coffee-chat', connect: 'connection-request' };
  if ((INTERACTION_KINDS as readonly string[]).includes(key)) return key as InteractionKind;
  return aliases[key] ?? null;
}

/**
 * Writes one interaction and, when it is evidence of a relationship, folds it into my tie with the contact (count and
 * latest date in the tie's signals), so tie strength and pass probabilities see it at once. Runs on `ws`, the
 * caller's transaction.
 */
export async function recordInteraction(context: AppContext, ws: Workspace, row: InteractionRow): Promise<void> {
  await ws.interactions.insert(row);
  if (NOT_A_TIE_SIGNAL.has(row.kind)) return;
  const me = (await ws.members.list()).find((member) => member.isMe);
  if (!me) return;
  const tie = myTiesByContact(await ws.ties.list({ fromType: 'member', fromId: me.id, contactId: row.contact_id }), me.id).get(row.contact_id);
  if (!tie) return;
  const latest = (tie.signals.lastInteractionAt ?? '') > row.occurred_at ? tie.signals.lastInteractionAt : row.occurred_at;
  const signals = { ...tie.signals, interactionCount: (tie.signals.interactionCount ?? 0) + 1, lastInteractionAt: latest };
  await ws.ties.upsert([{ ...tie, signals, updatedAt: context.now().toISOString() }]);
}

export interface LogRequest {
  contact: string;
  /** What happened, in the user's words ("coffee chat"); also the kind when it names one. */
  what?: string;
  kind?: string;
  minutes?: number;
  /** YYYY-MM-DD, today by default; never in the future. */
  on?: string;
  note?: string;
}

export interface LoggedInteraction {
  id: string;
  contact: { id: string; name: string; company: string };
  kind: InteractionKind;
  minutes: number;
  note: string;
  /** The day it happened, in the user's calendar (occurredAt is UTC, so it can show the day before east of UTC). */
  on: string;
  occurredAt: string;
}

export async function logInteraction(context: AppContext, request: LogRequest): Promise<LoggedInteraction> {
  // The user's day, not UTC's: east of UTC their today is UTC's tomorrow and must not be refused as the future.
  const today = todayOf(context);
  let finalKind: InteractionKind = 'other';
  if (request.kind !== undefined) {
    const named = interactionKindOf(request.kind);
    if (!named) throw new ReferableError('INVALID_INPUT', `--kind "${request.kind}" is not a kind of interaction; use one of: ${INTERACTION_KINDS.join(', ')}`);
    finalKind = named;
  } else if (request.what) {
    finalKind = interactionKindOf(request.what) ?? 'other';
  }
  const minutes = request.minutes ?? (await loadSettings(context)).planner.costs[finalKind as ActionKind] ?? 0;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_INTERACTION_MINUTES) {
    throw new ReferableError('INVALID_INPUT', `--minutes must be a whole number from 0 to ${MAX_INTERACTION_MINUTES}; got ${request.minutes}`);
  }
  const on = request.on ?? today;
  if (!isDay(on)) throw new ReferableError('INVALID_INPUT', `--on "${on}" is not a date; use YYYY-MM-DD (e.g. ${today})`);
  if (on > today) throw new ReferableError('INVALID_INPUT', `--on ${on} is in the future; log what happened, on or before ${today}`);
  const contact = await resolveContact(context, request.contact);
  const occurredAt = on === today ? context.now().toISOString() : instantOnDay(context, on);
  // The user's words are kept as the note when they are not just the kind's name.
  const words = (request.what ?? '').trim();
  const note = [words && interactionKindOf(words) !== finalKind ? words : '', (request.note ?? '').trim()].filter(Boolean).join(' — ');
  const row: InteractionRow = { interaction_id: context.newId(), contact_id: contact.id, kind: finalKind, minutes, note, occurred_at: occurredAt, source: 'logged', plan_item_id: '' };
  await context.store.workspace.transaction((tx) => recordInteraction(context, tx, row));
  return { id: row.interaction_id, contact: { id: contact.id, name: displayName(contact), company: contact.company }, kind: finalKind, minutes, note, on, occurredAt };
}

/** Everyone in the workspace with market facts, my tie, and their latest touch: what the planner and cadence read. */
export interface NetworkState {
  market: TargetMarket | null;
  /** The lean projection: the full one parses emails, phones and notes the planner never reads. */
  contacts: ScoringContact[];
  /** Tags by contact id, for contacts that have any. */
  tags: Map<string, string[]>;
  facts: Map<string, MarketFacts>;
  /** My tie per contact (the LinkedIn connection when there is one), read lean (no source or updatedAt). */
  myTies: Map<string, TieLink>;
  /** Latest touch per contact: logged or imported interactions, messages, or the day we connected. */
  lastTouch: Map<string, string>;
  /** Contacts whose latest touch is only the day we connected: no message or interaction ever. */
  neverInTouch: Set<string>;
}

/** The later of two ISO timestamps or days ('' is never later). */
function later(a: string, b: string): string {
  return b > a ? b : a;
}

export async function loadNetworkState(context: AppContext): Promise<NetworkState> {
  const ws = context.store.workspace;
  const [market, contacts, tags, members, interactions] = await Promise.all([activeTarget(context), context.store.workspace.contacts.scoring(), ws.interactions.contactTags(), ws.members.list(), ws.interactions.latest()]);
  const me = members.find((member) => member.isMe);
  const myTies = me ? myTiesByContact(await ws.ties.links({ fromType: 'member', fromId: me.id }), me.id) : new Map<string, TieLink>();
  const scored = scoreContacts(contacts, myTies, market, context.now().getTime());
  const lastTouch = new Map<string, string>();
  const neverInTouch = new Set<string>();
  for (const contact of contacts) {
    const latest = interactions.get(contact.id) ?? '';
    const tie = myTies.get(contact.id);
    const touch = lastTouchOf(latest, tie, contact.connectedOn);
    if (touch) lastTouch.set(contact.id, touch);
    if (touch && !latest && tie && tie.signals.messageCount === 0 && !tie.signals.lastInteractionAt) neverInTouch.add(contact.id);
  }
  return { market, contacts, tags, facts: scored.facts, myTies, lastTouch, neverInTouch };
}

/**
 * A contact's latest touch ('' when none): their latest interaction, and with my tie also its latest message, the
 * touches folded into it, and the day we connected. The one rule cadence, the planner and the contact page share.
 */
export function lastTouchOf(latestInteraction: string, myTie: TieLink | undefined, connectedOn: string): string {
  let touch = latestInteraction;
  if (myTie) {
    if (myTie.signals.messageCount > 0) touch = later(touch, myTie.signals.lastMessageAt);
    touch = later(touch, myTie.signals.lastInteractionAt ?? '');
    touch = later(touch, myTie.connectedOn || connectedOn);
  }
  return touch;
}

const NO_TAGS: string[] = [];

export interface LosingTouchEntry {
  contactId: string;
  name: string;
  company: string;
  title: string;
  fit: number;
  tier: string;
  maxDays: number;
  /** null when there was never a touch on record. */
  daysSinceLastTouch: number | null;
  lastTouch: string;
  /** 'never in touch': no message or interaction since connecting (lastTouch is the connection day); 'lapsed': a relationship gone quiet. */
  status: 'lapsed' | 'never in touch';
}

export interface CadenceReport {
  asOf: string;
  tiers: { name: string; idealDays: number; maxDays: number; tags: string[]; inMarket: boolean }[];
  /** In-market contacts with a tie, past their tier's maximum: lapsed first, then never in touch; each by fit, then overdue. */
  losingTouch: LosingTouchEntry[];
  /** How many are losing touch (the list may be limited). */
  total: number;
  /** Of `total`: relationships that lapsed, and people never in touch since connecting. */
  lapsed: number;
  neverInTouch: number;
}

export async function cadenceReport(context: AppContext, options: { limit?: number } = {}): Promise<CadenceReport> {
  const [settings, state] = await Promise.all([loadSettings(context), loadNetworkState(context)]);
  if (!state.market) {
    throw new ReferableError('NOT_FOUND', 'losing touch is about in-market contacts, and there is no target market yet: define one first', undefined, DEFINE_MARKET);
  }
  const today = todayOf(context);
  const tiers = settings.planner.cadence.tiers;
  const byId = new Map(state.contacts.map((contact) => [contact.id, contact]));
  const tied = state.contacts.filter((contact) => state.myTies.has(contact.id));
  const list: LosingTouch[] = losingTouch(
    tied.map((contact) => {
      const facts = state.facts.get(contact.id);
      return { id: contact.id, tags: state.tags.get(contact.id) ?? NO_TAGS, inMarket: facts?.inMarket ?? false, lastTouch: state.lastTouch.get(contact.id) ?? '', neverInTouch: state.neverInTouch.has(contact.id), fit: facts?.fit ?? 0 };
    }),
    tiers,
    today,
  );
  const limited = options.limit === undefined ? list : list.slice(0, options.limit);
  return {
    asOf: today,
    total: list.length,
    lapsed: list.filter((entry) => !entry.neverInTouch).length,
    neverInTouch: list.filter((entry) => entry.neverInTouch).length,
    tiers: tiers.map((tier) => ({ name: tier.name, idealDays: tier.idealDays, maxDays: tier.maxDays, tags: tier.tags ?? [], inMarket: tier.inMarket ?? false })),
    losingTouch: limited.map((entry) => {
      const contact = byId.get(entry.id)!;
      return {
        contactId: entry.id,
        name: displayName(contact),
        company: contact.company,
        title: contact.title,
        fit: entry.fit,
        tier: entry.tier,
        maxDays: entry.maxDays,
        daysSinceLastTouch: entry.daysSince,
        lastTouch: state.lastTouch.get(entry.id) ?? '',
        status: entry.neverInTouch ? 'never in touch' : 'lapsed',
      };
    }),
  };
}
