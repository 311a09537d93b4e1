// Opening a PostgreSQL store for the account tables: migrate, but create no workspace (openStore makes one).
import type { Kysely } from 'kysely';
import { ReferableError } from '../../core/errors.ts';
import { migrate } from '../migrations.ts';
import { dialectFor, type Store } from '../open-store.ts';
import { bindWorkspace } from '../workspace-store.ts';

export const ACCOUNTS_NEED_POSTGRES =
  'accounts need PostgreSQL: give the URL with --db or DATABASE_URL (for example --db postgres://postgres@127.0.0.1:5432/referable); a SQLite file serves one person with no accounts';

export function isPostgresLocation(location: string): boolean {
  return dialectFor(location).name === 'postgres';
}

/** The one pool a multi-user server or an admin command uses; `workspaceId` is '' (views pick theirs). */
export async function openAccountsStore(location: string, now: string, what = 'this command'): Promise<Store> {
  if (!isPostgresLocation(location)) throw new ReferableError('INVALID_INPUT', `${what}: ${ACCOUNTS_NEED_POSTGRES}`, { database: 'sqlite' });
  const dialect = dialectFor(location);
  // One pool for every workspace: its write lock is keyed by '' and so serialises writers across all workspaces (safe;
  // a per-workspace lock on a shared pool waits for the workspace-bound store handle, #14 §1).
  const db = dialect.createKysely('');
  try {
    await migrate(db as unknown as Kysely<unknown>, now);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new ReferableError('STORE_UNAVAILABLE', `cannot use the database at ${dialect.location}: ${(error as Error).message}; check DATABASE_URL and that the server is running`);
  }
  return { db, dialect, workspaceId: '', address: location, workspace: bindWorkspace({ db, dialect, workspaceId: '' }), close: () => db.destroy() };
}

/** The same pool seen as one workspace: what an AppContext per workspace is built on. Closing it closes nothing. */
export function workspaceView(store: Store, workspaceId: string): Store {
  // Bound to the workspace like every handle. Not yet a row-level-security session: this pool's connections and
  // transactions set app.workspace_id to '' (postgres-dialect.ts), so under the README's non-owner app role they would
  // see no rows; multi-user serve runs as the owner until each view pins its workspace per connection (#14 §1).
  return { db: store.db, dialect: store.dialect, workspaceId, address: store.address, workspace: bindWorkspace({ db: store.db, dialect: store.dialect, workspaceId }), close: async () => {} };
}
