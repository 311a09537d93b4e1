// Weekly plans in the store: one plan per week (Monday start) and its items with their status.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database, PlanItemsTable, PlansTable } from './schema.ts';

export type PlanRow = Omit<PlansTable, 'workspace_id'>;
export type PlanItemRow = Omit<PlanItemsTable, 'workspace_id'>;

async function findPlan(db: Kysely<Database>, workspaceId: string, weekStart: string): Promise<PlanRow | null> {
  const row = await db
    .selectFrom('plans')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('week_start', '=', weekStart)
    .orderBy('created_at')
    .orderBy('plan_id')
    .executeTakeFirst();
  return row ? { plan_id: row.plan_id, week_start: row.week_start, budget_minutes: Number(row.budget_minutes), created_at: row.created_at } : null;
}

async function insertPlan(db: Kysely<Database>, workspaceId: string, plan: PlanRow): Promise<void> {
  await db.insertInto('plans').values({ workspace_id: workspaceId, ...plan }).execute();
}

async function setPlanBudget(db: Kysely<Database>, workspaceId: string, planId: string, budgetMinutes: number): Promise<void> {
  await db.updateTable('plans').set({ budget_minutes: budgetMinutes }).where('workspace_id', '=', workspaceId).where('plan_id', '=', planId).execute();
}

async function listPlanItems(db: Kysely<Database>, workspaceId: string, planId: string): Promise<PlanItemRow[]> {
  const rows = await db
    .selectFrom('plan_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('item_id')
    .execute();
  return rows.map(({ workspace_id: _w, ...row }) => ({ ...row, position: Number(row.position), minutes: Number(row.minutes), value: Number(row.value) }));
}

/**
 * Items no longer in the plan keep their rows (and so their numbers) with one of these statuses, so a number is never
 * given to another item and "plan done 3" on one of them can say what became of it: 'replaced' by a replan, or
 * 'dropped' to make room for a skipped item that was done after all. Views and totals leave them out.
 */
export const OFF_PLAN_STATUSES: readonly string[] = ['replaced', 'dropped'];

/**
 * Replanning replaces what is still to do, except the items in `keep` (chosen again, so they keep their numbers);
 * done and skipped items stay as the record of the week.
 */
async function replacePlannedItems(db: Kysely<Database>, workspaceId: string, planId: string, keep: readonly string[] = []): Promise<void> {
  let query = db.updateTable('plan_items').set({ status: 'replaced', done_at: '' }).where('workspace_id', '=', workspaceId).where('plan_id', '=', planId).where('status', '=', 'planned');
  if (keep.length > 0) query = query.where('item_id', 'not in', [...keep]);
  await query.execute();
}

/** A planned item chosen again by a replan: same number, its new place, minutes, value and reason. */
async function updatePlannedItem(db: Kysely<Database>, workspaceId: string, planId: string, item: Pick<PlanItemRow, 'item_id' | 'position' | 'minutes' | 'value' | 'why'>): Promise<void> {
  await db
    .updateTable('plan_items')
    .set({ position: item.position, minutes: item.minutes, value: item.value, why: item.why })
    .where('workspace_id', '=', workspaceId)
    .where('plan_id', '=', planId)
    .where('item_id', '=', item.item_id)
    .execute();
}

async function insertPlanItems(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, items: PlanItemRow[]): Promise<void> {
  await dialect.writeRows(db, 'plan_items', items.map((item) => ({ workspace_id: workspaceId, ...item })));
}

async function setPlanItemStatus(db: Kysely<Database>, workspaceId: string, planId: string, itemId: string, status: string, doneAt: string): Promise<void> {
  await db
    .updateTable('plan_items')
    .set({ status, done_at: doneAt })
    .where('workspace_id', '=', workspaceId)
    .where('plan_id', '=', planId)
    .where('item_id', '=', itemId)
    .execute();
}

/** Week starts that have at least one done item: the streak. */
async function weeksWithDoneItems(db: Kysely<Database>, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plans')
    .innerJoin('plan_items', (join) => join.onRef('plan_items.workspace_id', '=', 'plans.workspace_id').onRef('plan_items.plan_id', '=', 'plans.plan_id'))
    .select('plans.week_start')
    .distinct()
    .where('plans.workspace_id', '=', workspaceId)
    .where('plan_items.status', '=', 'done')
    .execute();
  return rows.map((row) => row.week_start);
}

export interface PlanContact {
  id: string;
  name: string;
  company: string;
  companyKey: string;
  title: string;
}

/** Names and employers of the people a plan mentions (chunked: both dialects cap bound parameters). */
async function planContacts(db: Kysely<Database>, workspaceId: string, ids: readonly string[]): Promise<Map<string, PlanContact>> {
  const out = new Map<string, PlanContact>();
  const unique = [...new Set(ids.filter(Boolean))];
  for (let start = 0; start < unique.length; start += 500) {
    const rows = await db
      .selectFrom('contacts')
      .select(['contact_id', 'first_name', 'last_name', 'company', 'company_key', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where('contact_id', 'in', unique.slice(start, start + 500))
      .execute();
    for (const row of rows) out.set(row.contact_id, { id: row.contact_id, name: `${row.first_name} ${row.last_name}`.trim(), company: row.company, companyKey: row.company_key, title: row.title });
  }
  return out;
}

/** Weekly plans bound to one workspace. */
export function plansRepo({ db, dialect, workspaceId }: RepoScope) {
  return {
    find: (weekStart: string) => findPlan(db, workspaceId, weekStart),
    insert: (plan: PlanRow) => insertPlan(db, workspaceId, plan),
    setBudget: (planId: string, budgetMinutes: number) => setPlanBudget(db, workspaceId, planId, budgetMinutes),
    items: (planId: string) => listPlanItems(db, workspaceId, planId),
    replacePlanned: (planId: string, keep: readonly string[] = []) => replacePlannedItems(db, workspaceId, planId, keep),
    updatePlanned: (planId: string, item: Pick<PlanItemRow, 'item_id' | 'position' | 'minutes' | 'value' | 'why'>) => updatePlannedItem(db, workspaceId, planId, item),
    insertItems: (items: PlanItemRow[]) => insertPlanItems(db, dialect, workspaceId, items),
    setItemStatus: (planId: string, itemId: string, status: string, doneAt: string) => setPlanItemStatus(db, workspaceId, planId, itemId, status, doneAt),
    weeksWithDone: () => weeksWithDoneItems(db, workspaceId),
    contacts: (ids: readonly string[]) => planContacts(db, workspaceId, ids),
  };
}
export type PlansRepo = ReturnType<typeof plansRepo>;
