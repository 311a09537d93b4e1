// Whole-workspace dump and load, table by table in primary-key order: the basis of backup and restore.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import type { Row, StoreDialect } from './dialects/store-dialect.ts';
import type { Database } from './schema.ts';

/**
 * Tables that hold a workspace's data, in an order that restores cleanly, with their primary-key columns. The backup
 * format (core/backup/backup-tables.ts) describes the same tables; the conformance suite keeps the two in step.
 */
export const WORKSPACE_TABLES = {
  members: ['member_id'],
  contacts: ['contact_id'],
  ties: ['from_type', 'from_id', 'contact_id', 'kind'],
  contact_events: ['event_id'],
  content_items: ['member_id', 'url'],
  imports: ['import_id'],
  target_markets: ['market_id'],
  needs: ['need_id'],
  offers: ['offer_id'],
  introductions: ['intro_id'],
  referral_events: ['event_id'],
  asks: ['ask_id'],
  interactions: ['interaction_id'],
  plans: ['plan_id'],
  plan_items: ['plan_id', 'item_id'],
  settings: ['name'],
  snapshots: ['kind', 'taken_on'],
} as const satisfies Partial<Record<keyof Database, readonly string[]>>;

export type WorkspaceTable = keyof typeof WORKSPACE_TABLES;

/**
 * Columns the database derives from the others (PostgreSQL's generated columns): no backup carries them, as a
 * restore could not write them and the database derives them again. contacts.person_key: migration 014.
 */
export const DERIVED_COLUMNS: Partial<Record<WorkspaceTable, readonly string[]>> = { contacts: ['person_key'] };
export type WorkspaceRows = Record<WorkspaceTable, Record<string, unknown>[]>;

/** Rows without workspace_id (so a dump restores into any workspace), numbers as numbers in both dialects. */
async function dumpWorkspace(db: Kysely<Database>, workspaceId: string): Promise<WorkspaceRows> {
  const out = {} as WorkspaceRows;
  for (const [table, keys] of Object.entries(WORKSPACE_TABLES) as [WorkspaceTable, readonly string[]][]) {
    let query = db.selectFrom(table).selectAll().where('workspace_id', '=', workspaceId);
    for (const key of keys) query = query.orderBy(key as never);
    const rows = (await query.execute()) as Record<string, unknown>[];
    const derived = DERIVED_COLUMNS[table] ?? [];
    out[table] = rows.map(({ workspace_id: _ignored, ...rest }) => {
      for (const column of derived) delete rest[column];
      for (const [column, value] of Object.entries(rest)) if (typeof value === 'bigint') rest[column] = Number(value);
      return rest;
    });
  }
  return out;
}

async function clearWorkspace(db: Kysely<Database>, workspaceId: string): Promise<void> {
  for (const table of Object.keys(WORKSPACE_TABLES).reverse() as WorkspaceTable[]) {
    await db.deleteFrom(table).where('workspace_id', '=', workspaceId).execute();
  }
}

async function loadWorkspace(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, rows: WorkspaceRows): Promise<void> {
  for (const table of Object.keys(WORKSPACE_TABLES) as WorkspaceTable[]) {
    // workspace_id last: whatever a row says, it lands in this workspace.
    await dialect.writeRows(db, table, (rows[table] ?? []).map((row) => ({ ...row, workspace_id: workspaceId }) as Row));
  }
}

/** The documented exception: whole-workspace rows for backup, restore and the demo's reset, bound to one workspace. */
export function workspaceRows({ db, dialect, workspaceId }: RepoScope) {
  return {
    dump: () => dumpWorkspace(db, workspaceId),
    clear: () => clearWorkspace(db, workspaceId),
    load: (rows: WorkspaceRows) => loadWorkspace(db, dialect, workspaceId, rows),
  };
}
export type WorkspaceRowsRepo = ReturnType<typeof workspaceRows>;
