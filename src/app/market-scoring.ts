// Scores the whole workspace against a market: classify titles, weigh my ties, compute fit. Read-only, on demand,
// so a changed target market shows at once (nothing to recompute or store).
import type { Contact } from '../core/contacts/contact.ts';
import type { ScoringContact } from '../store/contacts-repo.ts';
import { displayName } from '../core/contacts/contact.ts';
import { createFitScorer, formatReason } from '../core/market/fit.ts';
import type { ScoredContact } from '../core/market/market-report.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import { classifyTitle } from '../core/taxonomy/classify-title.ts';
import type { TieLink } from '../core/ties/tie.ts';
import { tieStrengthValue } from '../core/ties/tie-strength.ts';
import type { AppContext } from './app-context.ts';

export interface MarketFacts {
  seniority: string;
  function: string;
  fit: number;
  inMarket: boolean;
  fitReasons: string[];
  /** Strength of my tie (0–1), or null when I have no tie: a prospect, or only a teammate knows them. */
  strength: number | null;
  targetCompany: string | null;
}

export interface ScoredWorkspace<C extends ScoringContact = Contact> {
  contacts: C[];
  facts: Map<string, MarketFacts>;
  scored: ScoredContact[];
}

/** My ties by contact: the LinkedIn connection when there is one, else the address-book tie. */
export function myTiesByContact<T extends TieLink>(ties: readonly T[], meId: string | undefined): Map<string, T> {
  const mine = new Map<string, T>();
  if (!meId) return mine;
  for (const tie of ties) {
    if (tie.fromType !== 'member' || tie.fromId !== meId) continue;
    const current = mine.get(tie.contactId);
    if (!current || (tie.kind === 'connected' && current.kind !== 'connected')) mine.set(tie.contactId, tie);
  }
  return mine;
}

async function myTies(context: AppContext): Promise<Map<string, TieLink>> {
  const members = await context.store.workspace.members.list();
  const me = members.find((member) => member.isMe);
  if (!me) return new Map();
  return myTiesByContact(await context.store.workspace.ties.links({ fromType: 'member', fromId: me.id }), me.id);
}

/** Also gives my ties and the time strengths were measured at: serve rescores one contact with them after a rating. */
export async function scoreWorkspace(context: AppContext, market: TargetMarket | null): Promise<ScoredWorkspace & { ties: ReadonlyMap<string, TieLink>; scoredAt: number }> {
  const [contacts, ties] = await Promise.all([context.store.workspace.contacts.list(), myTies(context)]);
  const scoredAt = context.now().getTime();
  return { ...scoreContacts(contacts, ties, market, scoredAt), ties, scoredAt };
}

/** The same, on the lean projection: for reports and anything that does not need emails, notes or tags. */
export async function scoreWorkspaceLean(context: AppContext, market: TargetMarket | null): Promise<ScoredWorkspace<ScoringContact>> {
  const [contacts, ties] = await Promise.all([context.store.workspace.contacts.scoring(), myTies(context)]);
  return scoreContacts(contacts, ties, market, context.now().getTime());
}

/** The reasons of a contact scored without them, or with no market: one frozen list shared, not 30,000 empty ones. */
const NO_REASONS = Object.freeze([]) as unknown as string[];

/** Scores contacts already loaded (the network loads a lean projection and all ties once, and reuses them here). */
/**
 * Fit, role and tie strength for every contact. `reasons: false` leaves fitReasons empty: the network engine needs
 * the numbers for 30,000 people, not 90,000 sentences explaining them. `list: false` leaves `scored` empty: the network
 * reads the facts by id and never the report's list, whose display names and objects cost as much as the facts.
 */
export function scoreContacts<C extends ScoringContact>(contacts: C[], ties: ReadonlyMap<string, TieLink>, market: TargetMarket | null, now: number, options: { reasons?: boolean; list?: boolean } = {}): ScoredWorkspace<C> {
  const withReasons = options.reasons ?? true;
  const withList = options.list ?? true;
  const score = market ? createFitScorer(market) : null;
  const facts = new Map<string, MarketFacts>();
  const scored: ScoredContact[] = [];
  for (const contact of contacts) {
    const role = classifyTitle(contact.title);
    const tie = ties.get(contact.id);
    const strength = tie ? tieStrengthValue({ kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, rating: contact.rating }, now) : null;
    const fit = score?.({ company: contact.company, companyKey: contact.companyKey, title: contact.title, location: contact.location, industry: contact.industry, seniority: role.seniority, function: role.function });
    facts.set(contact.id, {
      seniority: role.seniority,
      function: role.function,
      fit: fit?.fit ?? 0,
      inMarket: fit?.inMarket ?? false,
      fitReasons: fit && withReasons ? fit.reasons.map(formatReason) : NO_REASONS,
      strength,
      targetCompany: fit?.targetCompany?.name ?? null,
    });
    if (!withList) continue;
    scored.push({
      id: contact.id,
      name: displayName(contact),
      company: contact.company,
      companyKey: contact.companyKey,
      title: contact.title,
      seniority: role.seniority,
      function: role.function,
      connectedOn: tie?.connectedOn || contact.connectedOn,
      fit: fit?.fit ?? 0,
      inMarket: fit?.inMarket ?? false,
      targetCompany: fit?.targetCompany ?? null,
      strength,
    });
  }
  return { contacts, facts, scored };
}
