// Use cases of the weekly plan: make or show this week's plan, replan, tick items off or skip them, review the week.
import { ReferableError } from '../core/errors.ts';
import { planWeek, type KeptItem } from '../core/planner/plan-week.ts';
import { reviewWeek, type ItemStatus, type PlanReview } from '../core/planner/plan-review.ts';
import { itemsToDrop } from '../core/planner/make-room.ts';
import { inWeek, weekStartOf } from '../core/planner/week.ts';
import type { ActionKind } from '../core/settings/settings.ts';
import { insertAsk } from '../store/asks-repo.ts';
import {
  findPlan, insertPlan, insertPlanItems, listPlanItems, OFF_PLAN_STATUSES, planContacts, replacePlannedItems, setPlanBudget, setPlanItemStatus, weeksWithDoneItems, type PlanItemRow, type PlanRow,
} from '../store/plans-repo.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { recordInteraction } from './interactions.ts';
import { DEFAULT_PLAN_SOURCES, gatherCandidates, interactionsInWeek, type PlanSources } from './plan-sources.ts';
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
  /** YYYY-MM-DD; the user's day (context.today) by default. */
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

/** The week is the user's: it starts on their Monday, not UTC's. */
function planDay(context: AppContext, options: { today?: string }): string {
  return options.today ?? todayOf(context);
}

/** Replaced and dropped items keep their numbers but are no longer in the plan. */
function onPlan(item: PlanItemRow): boolean {
  return !OFF_PLAN_STATUSES.includes(item.status);
}

async function itemViews(context: AppContext, items: PlanItemRow[]): Promise<PlanItemView[]> {
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
  return items.map(toView);
}

async function view(context: AppContext, plan: PlanRow, items: PlanItemRow[], planned: boolean, notes: string[] = []): Promise<PlanView> {
  const views = await itemViews(context, items.filter(onPlan));
  const active = views.filter((item) => item.status !== 'skipped');
  return {
    planId: plan.plan_id,
    weekStart: plan.week_start,
    budgetMinutes: plan.budget_minutes,
    totalMinutes: active.reduce((sum, item) => sum + item.minutes, 0),
    items: active,
    skipped: views.filter((item) => item.status === 'skipped'),
    planned,
    notes,
  };
}

/** "follow-up with Jack Davis", "introduction with Farid Haddad → Omar Farouk", "share". */
function describeItem(item: PlanItemView): string {
  return `${item.kind}${item.contact ? ` with ${item.contact.name}${item.other ? ` → ${item.other.name}` : ''}` : ''}`;
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
  const today = planDay(context, options);
  const weekStart = weekStartOf(today);
  const existing = await findPlan(db, workspaceId, weekStart);
  // Every row the week ever held, replaced ones included: their numbers are taken for good.
  const everItems = existing ? await listPlanItems(db, workspaceId, existing.plan_id) : [];
  if (existing && options.minutes === undefined && !options.replan) return view(context, existing, everItems, false);
  const existingItems = everItems.filter(onPlan);

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
  // Ids continue after the highest the week has ever used (replaced items included), so "plan done 3" never
  // silently means a different item.
  let nextId = everItems.reduce((max, item) => Math.max(max, Number(item.item_id) || 0), 0);
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
      await replacePlannedItems(trx, workspaceId, plan.plan_id);
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
  const weekStart = weekStartOf(planDay(context, options));
  const plan = await findPlan(context.store.db, context.store.workspaceId, weekStart);
  if (!plan) throw new ReferableError('NOT_FOUND', `there is no plan for the week of ${weekStart} yet: run "referable plan" to make one`);
  return { plan, items: await listPlanItems(context.store.db, context.store.workspaceId, plan.plan_id) };
}

function findItem(items: PlanItemRow[], reference: string, weekStart: string): PlanItemRow {
  const id = reference.trim().replace(/^#/, '');
  const item = items.find((candidate) => candidate.item_id === id);
  if (item) return item;
  const ids = items.filter(onPlan).map((candidate) => candidate.item_id);
  const range = ids.length ? `items are ${ids.length > 12 ? `${ids[0]}–${ids.at(-1)}` : ids.join(', ')}` : 'it has no items';
  throw new ReferableError('NOT_FOUND', `no item "${reference}" in the plan for the week of ${weekStart} (${range}); see "referable plan"`);
}

export interface MarkResult {
  item: PlanItemView;
  /** Interactions recorded with the people involved (they reset cadence and strengthen the tie). */
  interactionsRecorded: number;
  /** For an introduction: the helper whose goodwill was asked (well rotation lets them rest). */
  askedHelper: PlanPerson | null;
  /** Planned items taken out to keep the week within its budget (a skipped item done after all took their minutes). */
  dropped: PlanItemView[];
  /** The week's budget after this change: raised only when what was done is more than the budget. */
  budgetMinutes: number;
  /** What else changed, in words. */
  notes: string[];
}

/** Why an item that kept its number is no longer in the plan, what became of it, and how to record it anyway. */
async function offPlanError(context: AppContext, item: PlanItemRow, items: PlanItemRow[]): Promise<ReferableError> {
  const [shown] = await itemViews(context, [item]);
  const why = item.status === 'dropped' ? 'it was dropped to make room in the budget when a skipped item was marked done' : 'it was replaced when the week was replanned';
  const same = items.find((other) => onPlan(other) && other.kind === item.kind && other.contact_id === item.contact_id && other.other_contact_id === item.other_contact_id && other.need_id === item.need_id && other.content_url === item.content_url);
  const next = same ? `the same action is now #${same.item_id}${same.status === 'planned' ? `: referable plan done ${same.item_id}` : ` (${same.status})`}` : 'see the current items with "referable plan"';
  const anyway = !same && shown.contact ? `; if you did it anyway, record it with: referable log "${shown.contact.name}" ${item.kind}` : '';
  return new ReferableError('NOT_FOUND', `item ${item.item_id} (${describeItem(shown)}) is no longer in this week's plan: ${why}; nothing was changed. ${next[0].toUpperCase()}${next.slice(1)}${anyway}`, {
    itemId: item.item_id, status: item.status, sameAs: same?.item_id ?? '',
  });
}

/**
 * A skipped item done after all counts again, but its minutes may have gone to other items in a replan. The week stays
 * within its budget: planned items worth least per minute give way, and only when what was done is itself more than
 * the budget does the budget rise to hold it.
 */
function makeRoom(item: PlanItemRow, items: PlanItemRow[], budget: number): { dropped: PlanItemRow[]; budget: number } {
  const live = items.filter(onPlan);
  const total = live.reduce((sum, row) => sum + (row.status === 'skipped' ? 0 : row.minutes), 0) + item.minutes;
  const planned = live.filter((row) => row.status === 'planned').map((row) => ({ id: row.item_id, minutes: row.minutes, value: row.value, row }));
  const dropped = itemsToDrop(planned, total - budget).map((entry) => entry.row);
  const after = total - dropped.reduce((sum, row) => sum + row.minutes, 0);
  return { dropped, budget: Math.max(budget, after) };
}

/** Ticks an item off: records the interaction(s) and, for an introduction, the ask of the helper; or skips it. */
export async function markPlanItem(context: AppContext, reference: string, status: 'done' | 'skipped', options: { today?: string } = {}): Promise<MarkResult> {
  const { plan, items } = await currentPlan(context, options);
  const item = findItem(items, reference, plan.week_start);
  if (!onPlan(item)) throw await offPlanError(context, item, items);
  if (item.status === status) throw new ReferableError('CONFLICT', `item ${item.item_id} is already ${status}; nothing was changed`);
  if (item.status === 'done') throw new ReferableError('CONFLICT', `item ${item.item_id} is already done (${item.done_at.slice(0, 10)}); a done item cannot be skipped`);
  const room = status === 'done' && item.status === 'skipped' ? makeRoom(item, items, plan.budget_minutes) : { dropped: [], budget: plan.budget_minutes };
  const now = context.now().toISOString();
  const { workspaceId } = context.store;
  let interactionsRecorded = 0;
  await context.store.db.transaction().execute(async (trx) => {
    await setPlanItemStatus(trx, workspaceId, plan.plan_id, item.item_id, status, status === 'done' ? now : '');
    for (const row of room.dropped) await setPlanItemStatus(trx, workspaceId, plan.plan_id, row.item_id, 'dropped', '');
    if (room.budget !== plan.budget_minutes) await setPlanBudget(trx, workspaceId, plan.plan_id, room.budget);
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
  const [shown, ...dropped] = await itemViews(context, [{ ...item, status, done_at: status === 'done' ? now : '' }, ...room.dropped]);
  const notes: string[] = [];
  if (dropped.length > 0) {
    const list = dropped.map((row) => `#${row.id} ${describeItem(row)} (${row.minutes} min)`).join(', ');
    notes.push(`#${item.item_id} had been skipped and a replan gave its minutes to other items; to keep the week within ${room.budget} minutes, dropped the planned item${dropped.length === 1 ? '' : 's'} worth least per minute: ${list}`);
  }
  if (room.budget !== plan.budget_minutes) notes.push(`the week's budget went up from ${plan.budget_minutes} to ${room.budget} minutes: what you did is more than the budget`);
  return { item: shown, interactionsRecorded, askedHelper: item.kind === 'introduction' && status === 'done' ? shown.other : null, dropped, budgetMinutes: room.budget, notes };
}

export interface WeekReview extends PlanReview {
  budgetMinutes: number;
  hasPlan: boolean;
}

/** Planned vs done this week, minutes spent, in-market connections gained, intros given, streak. */
export async function planReview(context: AppContext, options: { today?: string } = {}): Promise<WeekReview> {
  const { db, workspaceId } = context.store;
  const today = planDay(context, options);
  const weekStart = weekStartOf(today);
  const plan = await findPlan(db, workspaceId, weekStart);
  const [items, interactions, weeks, market] = await Promise.all([
    plan ? listPlanItems(db, workspaceId, plan.plan_id) : Promise.resolve([]),
    interactionsInWeek(context, weekStart),
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
    items: items.filter(onPlan).map((item) => ({ kind: item.kind as ActionKind, minutes: item.minutes, status: item.status as ItemStatus })),
    logged: interactions.filter((row) => row.source === 'logged'),
    inMarketConnectionsGained: gained,
    weeksWithDoneItems: weeks,
  });
  return { ...review, budgetMinutes: plan?.budget_minutes ?? 0, hasPlan: Boolean(plan) };
}
