// The weekly plan: greedy by expected value per minute inside a time budget, with diversity bounds.
//
// Choosing actions under a minutes budget is a 0/1 knapsack; ranking by value per minute and taking what fits is the
// classic greedy (Dantzig 1957), within one item's value of the optimum, and it explains itself ("best value per
// minute left"). The bounds the strategy needs are checked as items are taken:
// - LinkedIn's invitation limit caps connection requests per week;
// - one item per person per week (an introduction occupies both people);
// - no company takes more than `maxCompanyShare` of the week's items (at least one item each), so the week does not
//   tap the same few wells. The share depends on how many items the week ends up with, so the cap is tightened and
//   the greedy re-run until the plan meets it (each pass lowers the cap, so it ends).
import type { ActionKind } from '../settings/settings.ts';
import type { Candidate } from './candidates.ts';

export interface PlanLimits {
  /** Minutes left to plan this week. */
  budgetMinutes: number;
  costs: Record<ActionKind, number>;
  /** Connection requests that may still be sent this week. */
  invitationsLeft: number;
  /** 0–1: the largest share of the week's items one company may take. */
  maxCompanyShare: number;
}

/** Items the week already holds (done, or skipped) that the new items must respect. */
export interface KeptItem {
  contactId: string;
  otherContactId: string;
  company: string;
}

export interface PlannedItem extends Candidate {
  minutes: number;
}

/** Candidates that fit the time left but a bound kept out: says why a budget is not used up. */
export interface HeldBack {
  company: number;
  invitations: number;
}

export interface WeekPlan {
  items: PlannedItem[];
  totalMinutes: number;
  heldBack: HeldBack;
  /** The most items one company could take this week (kept items included). */
  companyCap: number;
}

function minutesFor(kind: ActionKind, costs: Record<ActionKind, number>): number {
  const cost = costs[kind];
  return Number.isFinite(cost) && cost > 0 ? cost : 0;
}

/** Best value per minute first; ties by higher value, then by key, so the same input always gives the same plan. */
function rank(candidates: readonly Candidate[], costs: Record<ActionKind, number>): { candidate: Candidate; minutes: number }[] {
  const ranked = candidates.map((candidate) => ({ candidate, minutes: minutesFor(candidate.kind, costs), ratio: 0 }));
  for (const entry of ranked) entry.ratio = entry.minutes > 0 ? entry.candidate.value / entry.minutes : Number.POSITIVE_INFINITY;
  ranked.sort((a, b) => b.ratio - a.ratio || b.candidate.value - a.candidate.value || (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0));
  return ranked;
}

function greedy(ranked: readonly { candidate: Candidate; minutes: number }[], limits: PlanLimits, kept: readonly KeptItem[], companyCap: number, heldBack: HeldBack = { company: 0, invitations: 0 }): PlannedItem[] {
  const people = new Set<string>();
  const perCompany = new Map<string, number>();
  for (const item of kept) {
    if (item.contactId) people.add(item.contactId);
    if (item.otherContactId) people.add(item.otherContactId);
    if (item.company) perCompany.set(item.company, (perCompany.get(item.company) ?? 0) + 1);
  }
  const items: PlannedItem[] = [];
  let left = Math.max(0, limits.budgetMinutes);
  let invitations = Math.max(0, limits.invitationsLeft);
  for (const { candidate, minutes } of ranked) {
    if (minutes > left) continue;
    if (candidate.value <= 0) continue;
    if (candidate.contactId && people.has(candidate.contactId)) continue;
    if (candidate.otherContactId && people.has(candidate.otherContactId)) continue;
    if (candidate.kind === 'connection-request' && invitations <= 0) {
      heldBack.invitations++;
      continue;
    }
    const companyCount = candidate.company ? perCompany.get(candidate.company) ?? 0 : 0;
    if (candidate.company && companyCount >= companyCap) {
      heldBack.company++;
      continue;
    }
    items.push({ key: candidate.key, kind: candidate.kind, contactId: candidate.contactId, otherContactId: candidate.otherContactId, needId: candidate.needId, contentUrl: candidate.contentUrl, company: candidate.company, value: candidate.value, why: candidate.why, minutes });
    left -= minutes;
    if (candidate.kind === 'connection-request') invitations--;
    if (candidate.contactId) people.add(candidate.contactId);
    if (candidate.otherContactId) people.add(candidate.otherContactId);
    if (candidate.company) perCompany.set(candidate.company, companyCount + 1);
    if (left <= 0) break;
  }
  return items;
}

/** The most items one company may hold in a week of `total` items. */
export function companyAllowance(total: number, maxCompanyShare: number): number {
  return Math.max(1, Math.floor(total * Math.min(1, Math.max(0, maxCompanyShare)) + 1e-9));
}

function largestCompanyCount(items: readonly { company: string }[], kept: readonly KeptItem[]): number {
  const counts = new Map<string, number>();
  let largest = 0;
  for (const item of [...kept, ...items]) {
    if (!item.company) continue;
    const count = (counts.get(item.company) ?? 0) + 1;
    counts.set(item.company, count);
    if (count > largest) largest = count;
  }
  return largest;
}

export function planWeek(candidates: readonly Candidate[], limits: PlanLimits, kept: readonly KeptItem[] = []): WeekPlan {
  const ranked = rank(candidates, limits.costs);
  let cap = Number.POSITIVE_INFINITY;
  let items = greedy(ranked, limits, kept, cap);
  for (;;) {
    const allowed = companyAllowance(items.length + kept.length, limits.maxCompanyShare);
    if (largestCompanyCount(items, kept) <= allowed) break;
    // Kept items can exceed the cap on their own (they are done); new items then get none from that company.
    cap = Math.min(cap - 1, allowed);
    items = greedy(ranked, limits, kept, cap);
    if (cap <= 1) break;
  }
  // One more pass at the final cap to count what the bounds held back (cheap: linear, no sorting).
  const heldBack: HeldBack = { company: 0, invitations: 0 };
  greedy(ranked, limits, kept, cap, heldBack);
  let totalMinutes = 0;
  for (const item of items) totalMinutes += item.minutes;
  return { items, totalMinutes, heldBack, companyCap: Number.isFinite(cap) ? cap : companyAllowance(items.length + kept.length, limits.maxCompanyShare) };
}
