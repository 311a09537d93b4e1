// Cadence tiers: how often to touch each contact (ideal and maximum days), and who is losing touch.
//
// A tier applies by tag or to in-market contacts; the first tier that applies wins, so a tagged "close" contact who
// is also in market keeps the tighter rhythm. Any touch resets the clock: an interaction you logged or ticked off in
// the plan, an imported message, or the day you connected.
import type { CadenceTier } from '../settings/settings.ts';
import { daysBetween } from './week.ts';

export interface CadenceContact {
  id: string;
  tags: readonly string[];
  inMarket: boolean;
  /** Latest touch, an ISO timestamp or day; '' when there was never any. */
  lastTouch: string;
  /** True when the latest touch is only the day you connected (no message or interaction since). */
  neverInTouch?: boolean;
  /** Market fit 0–100: the order of the losing-touch list. */
  fit?: number;
}

export type CadenceState = 'ok' | 'due' | 'losing-touch';

export interface CadenceStatus {
  tier: CadenceTier;
  /** Days since the last touch, or null when there was never one. */
  daysSince: number | null;
  state: CadenceState;
  /** How far past the maximum (days since / max days); never-touched counts as 2. */
  overdue: number;
}

/** A tier applies when every condition it sets holds: one of its tags, and in market when it asks for that. */
export function tierApplies(tier: CadenceTier, contact: Pick<CadenceContact, 'tags' | 'inMarket'>): boolean {
  if (tier.tags && tier.tags.length > 0) {
    const wanted = new Set(tier.tags.map((tag) => tag.toLowerCase()));
    if (!contact.tags.some((tag) => wanted.has(tag.toLowerCase()))) return false;
  }
  if (tier.inMarket && !contact.inMarket) return false;
  return true;
}

export function tierFor(contact: Pick<CadenceContact, 'tags' | 'inMarket'>, tiers: readonly CadenceTier[]): CadenceTier | null {
  for (const tier of tiers) if (tierApplies(tier, contact)) return tier;
  return null;
}

/** Where a contact stands against their tier on `today` (YYYY-MM-DD); null when no tier applies. */
export function cadenceStatus(contact: CadenceContact, tiers: readonly CadenceTier[], today: string): CadenceStatus | null {
  const tier = tierFor(contact, tiers);
  if (!tier) return null;
  const days = contact.lastTouch ? daysBetween(contact.lastTouch, today) : Number.NaN;
  const daysSince = Number.isNaN(days) ? null : Math.max(0, days);
  const state: CadenceState = daysSince === null || daysSince > tier.maxDays ? 'losing-touch' : daysSince >= tier.idealDays ? 'due' : 'ok';
  const overdue = daysSince === null ? 2 : daysSince / Math.max(1, tier.maxDays);
  return { tier, daysSince, state, overdue };
}

export interface LosingTouch {
  id: string;
  tier: string;
  daysSince: number | null;
  maxDays: number;
  overdue: number;
  /** Never in touch since connecting, as opposed to a relationship that lapsed. */
  neverInTouch: boolean;
  fit: number;
}

/**
 * In-market contacts past their tier's maximum: relationships that lapsed first, then people never in touch since
 * connecting (a first message, not a reconnection); each group by fit, then the longest overdue.
 */
export function losingTouch(contacts: readonly CadenceContact[], tiers: readonly CadenceTier[], today: string): LosingTouch[] {
  const out: LosingTouch[] = [];
  for (const contact of contacts) {
    if (!contact.inMarket) continue;
    const status = cadenceStatus(contact, tiers, today);
    if (!status || status.state !== 'losing-touch') continue;
    out.push({ id: contact.id, tier: status.tier.name, daysSince: status.daysSince, maxDays: status.tier.maxDays, overdue: status.overdue, neverInTouch: contact.neverInTouch === true, fit: contact.fit ?? 0 });
  }
  return out.sort((a, b) => Number(a.neverInTouch) - Number(b.neverInTouch) || b.fit - a.fit || b.overdue - a.overdue || a.id.localeCompare(b.id));
}
