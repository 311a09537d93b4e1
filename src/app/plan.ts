// Use cases of the weekly plan: make or show this week's plan, replan, tick items off or skip them, review the week.
import { ReferableError } from '../core/errors.ts';
import { planWeek, type KeptItem } from '../core/planner/plan-week.ts';
import { reviewWeek, type ItemStatus, type PlanReview } from '../core/planner/plan-review.ts';
import { addDays, inWeek, weekStartOf } from '../core/planner/week.ts';
import type { ActionKind } from '../core/settings/settings.ts';
import { listInteractionsBetween } from '../store/interactions-repo.ts';
import { insertAsk } from '../store/asks-repo.ts';
import { deletePlannedItems, findPlan, insertPlan, insertPlanItems, listPlanItems, planContacts, setPlanBudget, setPlanItemStatus, weeksWithDoneItems, type PlanItemRow, type PlanRow } from '../store/plans-repo.ts';
import type { AppContext } from './app-context.ts';
import { recordInteraction } from './interactions.ts';
import { DEFAULT_PLAN_SOURCES, gatherCandidates, type PlanSources } from './plan-sources.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
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
  /** Replan what is not done yet with the current budget. */
  replan?: boolean;
  /** YYYY-MM-DD; the clock's day by default. */
  today?: string;
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

function todayOf(context: AppContext, options: { today?: string }): string {
  return options.today ?? context.now().toISOString().slice(0, 10);
}

async function view(context: AppContext, plan: PlanRow, items: PlanItemRow[], planned: boolean, notes: string[] = []): Promise<PlanView> {
  const people = await planContacts(context.store.db, context.store.workspaceId, items.flatMap((item) => [item.contact_id, item.other_contact_id]));
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
  const active = items.filter((item) => item.status !== 'skipped').map(toView);
  return {
    planId: plan.plan_id,
    weekStart: plan.week_start,
    budgetMinutes: plan.budget_minutes,
    totalMinutes: active.reduce((sum, item) => sum + item.minutes, 0),
    items: active,
    skipped: items.filter((item) => item.status === 'skipped').map(toView),
    planned,
    notes,
  };
}

function unusedBudgetNotes(left: number, heldBack: { company: number; invitations: number }, companyCap: number, settings: { maxCompanyShare: number; invitationsPerWeek: number }): string[] {
  const notes: string[] = [];
  if (heldBack.company > 0) notes.push(`${heldBack.company} more action${heldBack.company === 1 ? '' : 's'} held back so no company takes over ${Math.round(settings.maxCompanyShare * 100)}% of the week (${companyCap} item${companyCap === 1 ? '' : 's'} each at most): add prospects at other target companies`);
  if (heldBack.invitations > 0) notes.push(`${heldBack.invitations} more connection request${heldBack.invitations === 1 ? '' : 's'} held back by the weekly invitation limit (${settings.invitationsPerWeek})`);
  if (notes.length === 0) notes.push(`${left} minutes left with nothing more worth doing: import prospects (referable import LIST.csv --source csv), record needs for introductions, or add focus topics`);
  return notes;
}

/**
 * This week's plan: shown as stored, made when the week has none, remade (what is not done yet) with --minutes or
 * --replan. Done items stay and count against the budget; skipped people are not planned again this week.
 */
export async function weeklyPlan(context: AppContext, options: PlanOptions = {}, sources: PlanSources = DEFAULT_PLAN_SOURCES): Promise<PlanView> {
  if (options.minutes !== undefined) checkBudget(options.minutes);
  const { db, workspaceId, dialect } = context.store;
  const today = todayOf(context, options);
  const weekStart = weekStartOf(today);
  const existing = await findPlan(db, workspaceId, weekStart);
  const existingItems = existing ? await listPlanItems(db, workspaceId, existing.plan_id) : [];
  if (existing && options.minutes === undefined && !options.replan) return view(context, existing, existingItems, false);

  const settings = await loadSettings(context);
  const budget = options.minutes ?? existing?.budget_minutes ?? settings.planner.weeklyMinutes;
  checkBudget(budget);
  const done = existingItems.filter((item) => item.status === 'done');
  const doneMinutes = done.reduce((sum, item) => sum + item.minutes, 0);
  if (doneMinutes > budget) {
    throw new ReferableError('INVALID_INPUT', `you already did ${doneMinutes} minutes of this week's plan; the budget must be at least that (got ${budget}); nothing was changed`);
  }
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
  // Ids continue after the items the week keeps, so "plan done 3" never silently means a different item.
  let nextId = kept.reduce((max, item) => Math.max(max, Number(item.item_id) || 0), 0);
  const fresh: PlanItemRow[] = result.items.map((item) => {
    nextId++;
    return {
      plan_id: plan.plan_id, item_id: String(nextId), position: nextId, kind: item.kind, contact_id: item.contactId, other_contact_id: item.otherContactId,
      need_id: item.needId, content_url: item.contentUrl, minutes: item.minutes, value: item.value, why: item.why, status: 'planned', done_at: '',
    };
  });
  await db.transaction().execute(async (trx) => {
    if (existing) {
      await setPlanBudget(trx, workspaceId, plan.plan_id, budget);
      await deletePlannedItems(trx, workspaceId, plan.plan_id);
    } else {
      await insertPlan(trx, workspaceId, plan);
    }
    if (fresh.length > 0) await insertPlanItems(trx, dialect, workspaceId, fresh);
  });
  const leftover = budget - doneMinutes - result.totalMinutes;
  const notes = leftover >= cheapest(settings.planner.costs) ? unusedBudgetNotes(leftover, result.heldBack, result.companyCap, settings.planner) : [];
  return view(context, plan, [...kept, ...fresh].sort((a, b) => a.position - b.position), true, notes);
}

async function currentPlan(context: AppContext, options: { today?: string }): Promise<{ plan: PlanRow; items: PlanItemRow[] }> {
  const weekStart = weekStartOf(todayOf(context, options));
  const plan = await findPlan(context.store.db, context.store.workspaceId, weekStart);
  if (!plan) throw new ReferableError('NOT_FOUND', `there is no plan for the week of ${weekStart} yet: run "referable plan" to make one`);
  return { plan, items: await listPlanItems(context.store.db, context.store.workspaceId, plan.plan_id) };
}

function findItem(items: PlanItemRow[], reference: string, weekStart: string): PlanItemRow {
  const id = reference.trim().replace(/^#/, '');
  const item = items.find((candidate) => candidate.item_id === id);
  if (item) return item;
  const ids = items.map((candidate) => candidate.item_id);
  const range = ids.length ? `items are ${ids.length > 12 ? `${ids[0]}–${ids.at(-1)}` : ids.join(', ')}` : 'it has no items';
  throw new ReferableError('NOT_FOUND', `no item "${reference}" in the plan for the week of ${weekStart} (${range}); see "referable plan"`);
}

export interface MarkResult {
  item: PlanItemView;
  /** Interactions recorded with the people involved (they reset cadence and strengthen the tie). */
  interactionsRecorded: number;
  /** For an introduction: the helper whose goodwill was asked (well rotation lets them rest). */
  askedHelper: PlanPerson | null;
}

/** Ticks an item off: records the interaction(s) and, for an introduction, the ask of the helper; or skips it. */
export async function markPlanItem(context: AppContext, reference: string, status: 'done' | 'skipped', options: { today?: string } = {}): Promise<MarkResult> {
  const { plan, items } = await currentPlan(context, options);
  const item = findItem(items, reference, plan.week_start);
  if (item.status === status) throw new ReferableError('CONFLICT', `item ${item.item_id} is already ${status}; nothing was changed`);
  if (item.status === 'done') throw new ReferableError('CONFLICT', `item ${item.item_id} is already done (${item.done_at.slice(0, 10)}); a done item cannot be skipped`);
  const now = context.now().toISOString();
  const { workspaceId } = context.store;
  let interactionsRecorded = 0;
  await context.store.db.transaction().execute(async (trx) => {
    await setPlanItemStatus(trx, workspaceId, plan.plan_id, item.item_id, status, status === 'done' ? now : '');
    if (status !== 'done') return;
    const planItemId = `${plan.plan_id}:${item.item_id}`;
    if (item.contact_id) {
      await recordInteraction(context, trx, { interaction_id: context.newId(), contact_id: item.contact_id, kind: item.kind, minutes: item.minutes, note: item.why, occurred_at: now, source: 'plan', plan_item_id: planItemId });
      interactionsRecorded++;
    }
    if (item.other_contact_id) {
      // The helper is touched too, with the minutes counted once (on the first person).
      await recordInteraction(context, trx, { interaction_id: context.newId(), contact_id: item.other_contact_id, kind: item.kind, minutes: 0, note: item.why, occurred_at: now, source: 'plan', plan_item_id: planItemId });
      interactionsRecorded++;
    }
    if (item.kind === 'introduction' && item.other_contact_id) {
      await insertAsk(trx, workspaceId, { id: context.newId(), contactId: item.other_contact_id, purpose: 'intro-helper', introId: '', askedAt: now });
    }
  });
  const updated = await view(context, plan, [{ ...item, status, done_at: status === 'done' ? now : '' }], false);
  const shown = status === 'skipped' ? updated.skipped[0] : updated.items[0];
  return { item: shown, interactionsRecorded, askedHelper: item.kind === 'introduction' && status === 'done' ? shown.other : null };
}

export interface WeekReview extends PlanReview {
  budgetMinutes: number;
  hasPlan: boolean;
}

/** Planned vs done this week, minutes spent, in-market connections gained, intros given, streak. */
export async function planReview(context: AppContext, options: { today?: string } = {}): Promise<WeekReview> {
  const { db, workspaceId } = context.store;
  const today = todayOf(context, options);
  const weekStart = weekStartOf(today);
  const plan = await findPlan(db, workspaceId, weekStart);
  const [items, interactions, weeks, market] = await Promise.all([
    plan ? listPlanItems(db, workspaceId, plan.plan_id) : Promise.resolve([]),
    listInteractionsBetween(db, workspaceId, `${weekStart}T00:00:00.000Z`, `${addDays(weekStart, 7)}T00:00:00.000Z`),
    weeksWithDoneItems(db, workspaceId),
    activeTarget(context),
  ]);
  let gained = 0;
  if (market) {
    const scored = await scoreWorkspaceLean(context, market);
    for (const contact of scored.scored) if (contact.strength !== null && contact.inMarket && contact.connectedOn && inWeek(contact.connectedOn, weekStart)) gained++;
  }
  const review = reviewWeek({
    weekStart,
    today,
    items: items.map((item) => ({ kind: item.kind as ActionKind, minutes: item.minutes, status: item.status as ItemStatus })),
    logged: interactions.filter((row) => row.source === 'logged'),
    inMarketConnectionsGained: gained,
    weeksWithDoneItems: weeks,
  });
  return { ...review, budgetMinutes: plan?.budget_minutes ?? 0, hasPlan: Boolean(plan) };
}
