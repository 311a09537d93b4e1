// Target markets in the store: several named markets per workspace, exactly one active.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, TargetMarketsTable } from './schema.ts';

export interface StoredMarket {
  id: string;
  name: string;
  definition: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export function rowToMarket(row: Selectable<TargetMarketsTable>): StoredMarket {
  return { id: row.market_id, name: row.name, definition: row.definition, active: Number(row.active) === 1, createdAt: row.created_at, updatedAt: row.updated_at };
}

async function listMarkets(db: Kysely<Database>, workspaceId: string): Promise<StoredMarket[]> {
  const rows = await db.selectFrom('target_markets').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
  return rows.map(rowToMarket);
}

/** Saves a market by name (replacing its definition) and makes it the active one. */
async function saveMarket(db: Kysely<Database>, workspaceId: string, market: { name: string; definition: string }, now: string, newId: () => string): Promise<StoredMarket> {
  const existing = (await listMarkets(db, workspaceId)).find((stored) => stored.name === market.name);
  await db.updateTable('target_markets').set({ active: 0 }).where('workspace_id', '=', workspaceId).execute();
  if (existing) {
    await db
      .updateTable('target_markets')
      .set({ definition: market.definition, active: 1, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('market_id', '=', existing.id)
      .execute();
    return { ...existing, definition: market.definition, active: true, updatedAt: now };
  }
  const id = newId();
  await db.insertInto('target_markets').values({ workspace_id: workspaceId, market_id: id, name: market.name, definition: market.definition, active: 1, created_at: now, updated_at: now }).execute();
  return { id, name: market.name, definition: market.definition, active: true, createdAt: now, updatedAt: now };
}

async function activateMarket(db: Kysely<Database>, workspaceId: string, marketId: string): Promise<void> {
  await db.updateTable('target_markets').set({ active: 0 }).where('workspace_id', '=', workspaceId).execute();
  await db.updateTable('target_markets').set({ active: 1 }).where('workspace_id', '=', workspaceId).where('market_id', '=', marketId).execute();
}

/** Target markets bound to one workspace. */
export function marketsRepo({ db, workspaceId }: RepoScope) {
  return {
    list: () => listMarkets(db, workspaceId),
    save: (market: { name: string; definition: string }, now: string, newId: () => string) => saveMarket(db, workspaceId, market, now, newId),
    activate: (marketId: string) => activateMarket(db, workspaceId, marketId),
  };
}
export type MarketsRepo = ReturnType<typeof marketsRepo>;
