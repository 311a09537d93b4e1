// Use cases of the weekly plan: make or show this week's plan, replan, review the week (ticking items off: plan-marks.ts).
import { expectUnchanged, retryIfChanged } from './read-again.ts';
import { ReferableError } from '../core/errors.ts';
import { planWeek, type KeptItem } from '../core/planner/plan-week.ts';
import { reviewWeek, type ItemStatus, type PlanReview } from '../core/planner/plan-review.ts';
import { addDays, inWeek, weekStartOf } from '../core/planner/week.ts';
import { isoWeekOf, parseWeek } from '../core/planner/week-choice.ts';
import type { ActionKind } from '../core/settings/settings.ts';
import { OFF_PLAN_STATUSES, type PlanItemRow, type PlanRow } from '../store/plans-repo.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { DEFAULT_PLAN_SOURCES, gatherCandidates, interactionsInWeek, type PlanSources } from './plan-sources.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
import { loadGivenReferrals } from './given-referrals.ts';
import { countGiven } from '../core/referrals/given-referrals.ts';
import { loadSettings } from './settings.ts';
import { activeTarget } from './target.ts';

/** A week has 10,080 minutes; a budget beyond that is a typo. */
export const MAX_BUDGET_MINUTES = 7 * 24 * 60;

export interface PlanPerson {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface PlanItemView {
  /** Short and typeable: `referable plan done 3`. */
  id: string;
  kind: ActionKind;
  minutes: number;
  why: string;
  status: ItemStatus;
  /** Expected value (the planner's unit); value / minutes decided the order. */
  value: number;
  /** Who the action is with (the person with the need, for an introduction); null for a share. */
  contact: PlanPerson | null;
  /** The helper of an introduction. */
  other: PlanPerson | null;
  needId: string;
  contentUrl: string;
  doneAt: string;
}

export interface PlanView {
  planId: string;
  weekStart: string;
  /** The ISO week, "2026-W49". */
  isoWeek: string;
  /** 'past', 'current' or 'future', from the user's today. */
  when: 'past' | 'current' | 'future';
  budgetMinutes: number;
  /** Minutes of the items (planned and done); never above budgetMinutes. */
  totalMinutes: number;
  items: PlanItemView[];
  /** Items you skipped this week: kept out of `items` and of totalMinutes. */
  skipped: PlanItemView[];
  /** True when this call made or remade the plan. */
  planned: boolean;
  /** When the plan was just made: why part of the budget is left unused, if it is. */
  notes: string[];
}

export interface PlanOptions {
  /** A new budget for the week: replans what is not done yet. */
  minutes?: number;
  /** Replan what is not done yet, with the weekly minutes from the settings unless `minutes` is given. */
  replan?: boolean;
  /** YYYY-MM-DD; the user's day (context.today) by default. */
  today?: string;
  /** The week to plan: this (default), next, an ISO week ("2026-W50") or a day in it. */
  week?: string;
}

/**
 * The Monday of the chosen week, and the day the planner plans from: today in this week, the Monday of a week to
 * come. A week that is over is shown as stored but never planned again.
 */
export function chosenWeek(context: AppContext, options: { today?: string; week?: string }): { weekStart: string; planFrom: string; thisWeek: string } {
  const today = planDay(context, options);
  const thisWeek = weekStartOf(today);
  const weekStart = options.week === undefined ? thisWeek : parseWeek(options.week, today);
  return { weekStart, planFrom: weekStart > today ? weekStart : today, thisWeek };
}

function checkBudget(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_BUDGET_MINUTES) {
    throw new ReferableError('INVALID_INPUT', `--minutes must be a whole number of minutes from 1 to ${MAX_BUDGET_MINUTES} (a week); got ${minutes}`);
  }
}

/** Minutes of the cheapest action: less than that left over is a full plan. */
function cheapest(costs: Record<ActionKind, number>): number {
  return Math.min(...Object.values(costs).filter((cost) => cost > 0));
}

/** The week is the user's: it starts on their Monday, not UTC's. */
export function planDay(context: AppContext, options: { today?: string }): string {
  return options.today ?? todayOf(context);
}

/** What makes two plan items the same action: a replan that picks it again keeps the item's number. */
function actionKey(kind: string, contactId: string, otherContactId: string, needId: string, contentUrl: string): string {
  return [kind, contactId, otherContactId, needId, contentUrl].join('\u0000');
}

/** Replaced and dropped items keep their numbers but are no longer in the plan. */
export function onPlan(item: PlanItemRow): boolean {
  return !OFF_PLAN_STATUSES.includes(item.status);
}

export async function itemViews(context: AppContext, items: PlanItemRow[]): Promise<PlanItemView[]> {
  const people = await context.store.workspace.plans.contacts(items.flatMap((item) => [item.contact_id, item.other_contact_id]));
  const person = (id: string): PlanPerson | null => {
    if (!id) return null;
    const found = people.get(id);
    return found ? { id, name: found.name, company: found.company, title: found.title } : { id, name: `(removed contact ${id})`, company: '', title: '' };
  };
  const toView = (item: PlanItemRow): PlanItemView => ({
    id: item.item_id,
    kind: item.kind as ActionKind,
    minutes: item.minutes,
    why: item.why,
    status: item.status as ItemStatus,
    value: item.value,
    contact: person(item.contact_id),
    other: person(item.other_contact_id),
    needId: item.need_id,
    contentUrl: item.content_url,
    doneAt: item.done_at,
  });
  return items.map(toView);
}

async function view(context: AppContext, plan: PlanRow, items: PlanItemRow[], planned: boolean, notes: string[] = [], thisWeek = weekStartOf(todayOf(context))): Promise<PlanView> {
  const views = await itemViews(context, items.filter(onPlan));
  const active = views.filter((item) => item.status !== 'skipped');
  return {
    planId: plan.plan_id,
    weekStart: plan.week_start,
    isoWeek: isoWeekOf(plan.week_start),
    when: plan.week_start < thisWeek ? 'past' : plan.week_start > thisWeek ? 'future' : 'current',
    budgetMinutes: plan.budget_minutes,
    totalMinutes: active.reduce((sum, item) => sum + item.minutes, 0),
    items: active,
    skipped: views.filter((item) => item.status === 'skipped'),
    planned,
    notes,
  };
}

/** "follow-up with Jack Davis", "introduction with Farid Haddad → Omar Farouk", "share". */
export function describeItem(item: PlanItemView): string {
  return `${item.kind}${item.contact ? ` with ${item.contact.name}${item.other ? ` → ${item.other.name}` : ''}` : ''}`;
}

function unusedBudgetNotes(left: number, heldBack: { company: number; invitations: number }, companyCap: number, settings: { maxCompanyShare: number; invitationsPerWeek: number }): string[] {
  const notes: string[] = [];
  if (heldBack.company > 0) notes.push(`${heldBack.company} more action${heldBack.company === 1 ? '' : 's'} held back so no company takes over ${Math.round(settings.maxCompanyShare * 100)}% of the week (${companyCap} item${companyCap === 1 ? '' : 's'} each at most): add prospects at other target companies`);
  if (heldBack.invitations > 0) notes.push(`${heldBack.invitations} more connection request${heldBack.invitations === 1 ? '' : 's'} held back by the weekly invitation limit (${settings.invitationsPerWeek})`);
  if (notes.length === 0) notes.push(`${left} minutes left with nothing more worth doing: import prospects (any CSV list of people), record needs for introductions, or add focus topics`);
  return notes;
}

/**
 * This week's plan: shown as stored, made when the week has none, remade (what is not done yet) with --minutes or
 * --replan. Done items stay and count against the budget; skipped people are not planned again this week.
 */
export async function weeklyPlan(context: AppContext, options: PlanOptions = {}, sources: PlanSources = DEFAULT_PLAN_SOURCES): Promise<PlanView> {
  // Two `plan` runs at once: the second one plans again from the first one's plan, never beside it.
  return retryIfChanged(() => planOnce(context, options, sources));
}

async function planOnce(context: AppContext, options: PlanOptions, sources: PlanSources): Promise<PlanView> {
  if (options.minutes !== undefined) checkBudget(options.minutes);
  const ws = context.store.workspace;
  const { weekStart, planFrom: today, thisWeek } = chosenWeek(context, options);
  const existing = await ws.plans.find(weekStart);
  // Every row the week ever held, replaced ones included: their numbers are taken for good.
  const everItems = existing ? await ws.plans.items(existing.plan_id) : [];
  if (existing && options.minutes === undefined && !options.replan) return view(context, existing, everItems, false, [], thisWeek);
  if (weekStart < thisWeek) {
    throw new ReferableError('INVALID_INPUT', `the week of ${weekStart} (${isoWeekOf(weekStart)}) is over${existing ? ' and its plan is kept as it was' : ' and had no plan'}; plan this week or next (--week next)`, { field: '--week', value: options.week ?? '' });
  }
  const existingItems = everItems.filter(onPlan);

  const settings = await loadSettings(context);
  // --minutes wins; otherwise the weekly minutes in your settings, so a `config set` applies to this week on --replan.
  const budget = options.minutes ?? settings.planner.weeklyMinutes;
  const fromSettings = options.minutes === undefined;
  checkBudget(budget);
  const done = existingItems.filter((item) => item.status === 'done');
  const doneMinutes = done.reduce((sum, item) => sum + item.minutes, 0);
  if (doneMinutes > budget) {
    const source = fromSettings ? ` from your settings' weeklyMinutes; pass --minutes ${doneMinutes} or more` : '';
    throw new ReferableError('INVALID_INPUT', `you already did ${doneMinutes} minutes of this week's plan; the budget must be at least that (got ${budget}${source}); nothing was changed`);
  }
  const budgetNotes = existing && existing.budget_minutes !== budget ? [`budget now ${budget} minutes (${fromSettings ? 'from your settings' : 'from --minutes'}; was ${existing.budget_minutes})`] : [];
  const kept = existingItems.filter((item) => item.status !== 'planned');
  const excluded = new Set(kept.flatMap((item) => [item.contact_id, item.other_contact_id]).filter(Boolean));
  const gathered = await gatherCandidates(context, settings, { weekStart, today, doneShares: done.filter((item) => item.kind === 'share').length, excluded }, sources);
  const companyOf = new Map(gathered.state.contacts.map((contact) => [contact.id, contact.companyKey]));
  const keptForPlan: KeptItem[] = done.map((item) => ({ contactId: item.contact_id, otherContactId: item.other_contact_id, company: companyOf.get(item.kind === 'introduction' ? item.other_contact_id : item.contact_id) ?? '' }));
  const result = planWeek(gathered.candidates, {
    budgetMinutes: budget - doneMinutes,
    costs: settings.planner.costs,
    invitationsLeft: gathered.invitationsLeft,
    maxCompanyShare: settings.planner.maxCompanyShare,
  }, keptForPlan);

  const plan: PlanRow = existing ? { ...existing, budget_minutes: budget } : { plan_id: context.newId(), week_start: weekStart, budget_minutes: budget, created_at: context.now().toISOString() };
  // Ids continue after the highest the week has ever used (replaced items included), so "plan done 3" never
  // silently means a different item.
  // An action chosen again keeps its number (only its place, minutes and reason are refreshed), so "plan done 6"
  // still means the same thing after a replan.
  let nextId = everItems.reduce((max, item) => Math.max(max, Number(item.item_id) || 0), 0);
  let position = everItems.reduce((max, item) => Math.max(max, item.position), 0);
  const stillPlanned = new Map<string, PlanItemRow[]>();
  for (const item of existingItems) {
    if (item.status !== 'planned') continue;
    const key = actionKey(item.kind, item.contact_id, item.other_contact_id, item.need_id, item.content_url);
    const list = stillPlanned.get(key);
    if (list) list.push(item);
    else stillPlanned.set(key, [item]);
  }
  const reused: PlanItemRow[] = [];
  const fresh: PlanItemRow[] = [];
  for (const item of result.items) {
    position++;
    const same = stillPlanned.get(actionKey(item.kind, item.contactId, item.otherContactId, item.needId, item.contentUrl))?.shift();
    if (same) {
      reused.push({ ...same, position, minutes: item.minutes, value: item.value, why: item.why });
      continue;
    }
    nextId++;
    fresh.push({
      plan_id: plan.plan_id, item_id: String(nextId), position, kind: item.kind, contact_id: item.contactId, other_contact_id: item.otherContactId,
      need_id: item.needId, content_url: item.contentUrl, minutes: item.minutes, value: item.value, why: item.why, status: 'planned', done_at: '',
    });
  }
  await ws.transaction(async (tx) => {
    const storedNow = await tx.plans.find(weekStart);
    expectUnchanged([existing ?? null, everItems], [storedNow ?? null, storedNow ? await tx.plans.items(storedNow.plan_id) : []]);
    if (existing) {
      await tx.plans.setBudget(plan.plan_id, budget);
      await tx.plans.replacePlanned(plan.plan_id, reused.map((item) => item.item_id));
      for (const item of reused) await tx.plans.updatePlanned(plan.plan_id, item);
    } else {
      await tx.plans.insert(plan);
    }
    if (fresh.length > 0) await tx.plans.insertItems(fresh);
  });
  const leftover = budget - doneMinutes - result.totalMinutes;
  const notes = [...budgetNotes, ...(leftover >= cheapest(settings.planner.costs) ? unusedBudgetNotes(leftover, result.heldBack, result.companyCap, settings.planner) : [])];
  return view(context, plan, [...kept, ...reused, ...fresh].sort((a, b) => a.position - b.position), true, notes, thisWeek);
}

export interface WeekReview extends PlanReview {
  budgetMinutes: number;
  hasPlan: boolean;
}

/** Planned vs done this week, minutes spent, in-market connections gained, intros given, streak. */
export async function planReview(context: AppContext, options: { today?: string; week?: string } = {}): Promise<WeekReview> {
  const ws = context.store.workspace;
  const today = planDay(context, options);
  const { weekStart } = chosenWeek(context, options);
  const plan = await ws.plans.find(weekStart);
  const [items, interactions, weeks, market, given] = await Promise.all([
    plan ? ws.plans.items(plan.plan_id) : Promise.resolve([]),
    interactionsInWeek(context, weekStart),
    ws.plans.weeksWithDone(),
    activeTarget(context),
    loadGivenReferrals(context),
  ]);
  let gained = 0;
  if (market) {
    const scored = await scoreWorkspaceLean(context, market);
    for (const contact of scored.scored) if (contact.strength !== null && contact.inMarket && contact.connectedOn && inWeek(contact.connectedOn, weekStart)) gained++;
  }
  const review = reviewWeek({
    weekStart,
    today,
    items: items.filter(onPlan).map((item) => ({ kind: item.kind as ActionKind, minutes: item.minutes, status: item.status as ItemStatus })),
    logged: interactions.filter((row) => row.source === 'logged'),
    inMarketConnectionsGained: gained,
    // The ledger's and the workflow's introductions, the records the ledger and the index count (given-referrals.ts).
    introsGiven: countGiven(given, { from: weekStart, to: addDays(weekStart, 6), kind: 'intro' }),
    weeksWithDoneItems: weeks,
  });
  return { ...review, budgetMinutes: plan?.budget_minutes ?? 0, hasPlan: Boolean(plan) };
}
