// Opening the store: pick the dialect from the location, migrate, make sure the workspace exists.
import type { Kysely } from 'kysely';
import { ReferableError } from '../core/errors.ts';
import { postgresDialect } from './dialects/postgres-dialect.ts';
import { sqliteDialect } from './dialects/sqlite-dialect.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import { migrate } from './migrations.ts';
import type { Database } from './schema.ts';
import { bindWorkspace, type Workspace } from './workspace-store.ts';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly workspaceId: string;
  /** The workspace's repositories, already bound to it: the only way app/ reads and writes (see workspace-store.ts). */
  readonly workspace: Workspace;
  /** Where it was opened from, password included: for opening it again in a worker thread. Never print it. */
  readonly address: string;
  close(): Promise<void>;
}

export interface StoreLocation {
  /** A postgres:// URL, or a SQLite file path (':memory:' for tests). */
  location: string;
  workspaceId?: string;
  /**
   * Open only what is there: no new SQLite file, no new workspace (NOT_FOUND with `details.missing` instead). Reading
   * commands use it, so looking at a folder never leaves a database behind.
   */
  mustExist?: boolean;
}

export function dialectFor(location: string): StoreDialect {
  return /^postgres(ql)?:\/\//i.test(location) ? postgresDialect(location) : sqliteDialect(location);
}

export async function openStore({ location, workspaceId = 'default', mustExist = false }: StoreLocation, now: string): Promise<Store> {
  const dialect = dialectFor(location);
  if (mustExist && !dialect.exists()) throw new ReferableError('NOT_FOUND', `there is no database at ${dialect.location}`, { missing: 'database' });
  const db = dialect.createKysely(workspaceId);
  // Write transactions' own connections, where the dialect has them (PostgreSQL).
  const writer = dialect.writer?.() ?? db;
  const destroy = () => Promise.all([db.destroy(), writer === db ? null : writer.destroy()]).then(() => {});
  try {
    await migrate(db as unknown as Kysely<unknown>, now, (trx) => dialect.lockMigrations(trx));
    // Looked up first: opening a workspace that exists writes nothing, so it never waits for another writer.
    const found = await db.selectFrom('workspaces').select('workspace_id').where('workspace_id', '=', workspaceId).executeTakeFirst();
    if (!found && mustExist) throw new ReferableError('NOT_FOUND', `the database at ${dialect.location} has no workspace "${workspaceId}"`, { missing: 'workspace' });
    if (!found) {
      // Race-free first use: two processes creating the workspace at once both succeed, and there is one.
      await db
        .insertInto('workspaces')
        .values({ workspace_id: workspaceId, name: workspaceId, created_at: now })
        .onConflict((conflict) => conflict.column('workspace_id').doNothing())
        .execute();
    }
  } catch (error) {
    await destroy().catch(() => {});
    if (error instanceof ReferableError) throw error;
    const message = (error as Error).message || String(error);
    const hint = dialect.name === 'postgres'
      ? 'check DATABASE_URL and that the server is running'
      : 'check that the file is a Referable database and its folder is writable';
    throw new ReferableError('STORE_UNAVAILABLE', `cannot use the database at ${dialect.location}: ${message}; ${hint}`);
  }
  return { db, dialect, workspaceId, address: location, workspace: bindWorkspace({ db, dialect, workspaceId }, writer), close: destroy };
}
