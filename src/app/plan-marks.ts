// Use cases: tick a plan item off (recording the interactions and the ask it stands for) or skip it, keeping the
// week within its budget and never letting an item number mean a different action.
import { expectUnchanged, retryIfChanged } from './read-again.ts';
import { ReferableError } from '../core/errors.ts';
import { itemsToDrop } from '../core/planner/make-room.ts';
import { weekStartOf } from '../core/planner/week.ts';
import { type PlanItemRow, type PlanRow } from '../store/plans-repo.ts';
import type { AppContext } from './app-context.ts';
import { recordInteraction } from './interactions.ts';
import { describeItem, itemViews, onPlan, planDay, type PlanItemView } from './plan.ts';
import type { IntroState } from '../core/referrals/intro-workflow.ts';
import type { Draft } from '../core/referrals/message-drafts.ts';
import { showIntroduction } from './intros.ts';
import { moveIntoWorkflow, type LinkedIntroduction } from './plan-intro-link.ts';
import { loadSettings } from './settings.ts';
import { LIST_IDS } from './next-steps.ts';

async function currentPlan(context: AppContext, options: { today?: string }): Promise<{ plan: PlanRow; items: PlanItemRow[] }> {
  const weekStart = weekStartOf(planDay(context, options));
  const plan = await context.store.workspace.plans.find(weekStart);
  if (!plan) throw new ReferableError('NOT_FOUND', `there is no plan for the week of ${weekStart} yet: make one first`, undefined, { text: 'Plan the week', command: 'referable plan', link: '/week' });
  return { plan, items: await context.store.workspace.plans.items(plan.plan_id) };
}

function findItem(items: PlanItemRow[], reference: string, weekStart: string): PlanItemRow {
  const id = reference.trim().replace(/^#/, '');
  const item = items.find((candidate) => candidate.item_id === id);
  if (item) return item;
  const ids = items.filter(onPlan).map((candidate) => candidate.item_id);
  const range = ids.length ? `items are ${ids.length > 12 ? `${ids[0]}–${ids.at(-1)}` : ids.join(', ')}` : 'it has no items';
  throw new ReferableError('NOT_FOUND', `no item "${reference}" in the plan for the week of ${weekStart} (${range})`, undefined, LIST_IDS.plan);
}

export interface MarkResult {
  item: PlanItemView;
  /** Interactions recorded with the people involved (they reset cadence and strengthen the tie). */
  interactionsRecorded: number;
  /**
   * For an introduction: the introduction in the double-opt-in workflow the tick moved it into (created, or the one
   * already there for that pair and need), with the draft of its next message.
   */
  introduction: (LinkedIntroduction & { state: IntroState; draft: Draft | null }) | null;
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
  const next = same ? `the same action is now #${same.item_id}${same.status === 'planned' ? '' : ` (${same.status})`}` : 'see the current items';
  const anyway = !same && shown.contact ? `; if you did it anyway, log it as an interaction with ${shown.contact.name}` : '';
  const action = same?.status === 'planned'
    ? { text: `Tick off #${same.item_id} instead`, command: `referable plan done ${same.item_id}`, link: '/week' }
    : !same && shown.contact
      ? { text: `Log it as an interaction with ${shown.contact.name}`, command: `referable log "${shown.contact.name}" ${item.kind}`, link: `/contacts/${encodeURIComponent(shown.contact.id)}` }
      : LIST_IDS.plan;
  return new ReferableError('NOT_FOUND', `item ${item.item_id} (${describeItem(shown)}) is no longer in this week's plan: ${why}; nothing was changed. ${next[0].toUpperCase()}${next.slice(1)}${anyway}`, {
    itemId: item.item_id, status: item.status, sameAs: same?.item_id ?? '',
  }, action);
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
  // Two `plan done 3` at once: the second sees the first one's tick (and says it is done already), never records twice.
  return retryIfChanged(() => markOnce(context, reference, status, options));
}

async function markOnce(context: AppContext, reference: string, status: 'done' | 'skipped', options: { today?: string }): Promise<MarkResult> {
  const { plan, items } = await currentPlan(context, options);
  const item = findItem(items, reference, plan.week_start);
  if (!onPlan(item)) throw await offPlanError(context, item, items);
  if (item.status === status) throw new ReferableError('CONFLICT', `item ${item.item_id} is already ${status}; nothing was changed`);
  if (item.status === 'done') throw new ReferableError('CONFLICT', `item ${item.item_id} is already done (${item.done_at.slice(0, 10)}); a done item cannot be skipped`);
  const room = status === 'done' && item.status === 'skipped' ? makeRoom(item, items, plan.budget_minutes) : { dropped: [], budget: plan.budget_minutes };
  const now = context.now().toISOString();
  const ws = context.store.workspace;
  let interactionsRecorded = 0;
  let linked: LinkedIntroduction | null = null;
  const expireAfterDays = item.kind === 'introduction' && status === 'done' ? (await loadSettings(context)).introductions.expireAfterDays : 0;
  await context.store.workspace.transaction(async (tx) => {
    expectUnchanged([plan, items], [await tx.plans.find(plan.week_start), await tx.plans.items(plan.plan_id)]);
    await tx.plans.setItemStatus(plan.plan_id, item.item_id, status, status === 'done' ? now : '');
    for (const row of room.dropped) await tx.plans.setItemStatus(plan.plan_id, row.item_id, 'dropped', '');
    if (room.budget !== plan.budget_minutes) await tx.plans.setBudget(plan.plan_id, room.budget);
    if (status !== 'done') return;
    const planItemId = `${plan.plan_id}:${item.item_id}`;
    if (item.contact_id) {
      await recordInteraction(context, tx, { interaction_id: context.newId(), contact_id: item.contact_id, kind: item.kind, minutes: item.minutes, note: item.why, occurred_at: now, source: 'plan', plan_item_id: planItemId });
      interactionsRecorded++;
    }
    if (item.other_contact_id) {
      // The helper is touched too, with the minutes counted once (on the first person).
      await recordInteraction(context, tx, { interaction_id: context.newId(), contact_id: item.other_contact_id, kind: item.kind, minutes: 0, note: item.why, occurred_at: now, source: 'plan', plan_item_id: planItemId });
      interactionsRecorded++;
    }
    if (item.kind === 'introduction' && item.contact_id && item.other_contact_id) {
      linked = await moveIntoWorkflow(context, tx, item, { at: now, planItemLabel: `week of ${plan.week_start}, item #${item.item_id}`, expireAfterDays });
    }
  });
  const [shown, ...dropped] = await itemViews(context, [{ ...item, status, done_at: status === 'done' ? now : '' }, ...room.dropped]);
  const notes: string[] = [];
  if (dropped.length > 0) {
    const list = dropped.map((row) => `#${row.id} ${describeItem(row)} (${row.minutes} min)`).join(', ');
    notes.push(`#${item.item_id} had been skipped and a replan gave its minutes to other items; to keep the week within ${room.budget} minutes, dropped the planned item${dropped.length === 1 ? '' : 's'} worth least per minute: ${list}`);
  }
  if (room.budget !== plan.budget_minutes) notes.push(`the week's budget went up from ${plan.budget_minutes} to ${room.budget} minutes: what you did is more than the budget`);
  let introduction: MarkResult['introduction'] = null;
  const link = linked as LinkedIntroduction | null;
  if (link) {
    const intro = await showIntroduction(context, link.introId);
    introduction = { ...link, state: intro.state, draft: intro.draft };
  }
  return { item: shown, interactionsRecorded, introduction, dropped, budgetMinutes: room.budget, notes };
}
