// What every use case runs with: the store, a clock and an id source (injected so tests are deterministic).
import { openStore, type Store } from '../store/open-store.ts';
import { randomId } from './random-id.ts';

export interface AppContext {
  store: Store;
  /** The current time; tests pass a fixed clock. */
  now: () => Date;
  newId: () => string;
}

export { randomId } from './random-id.ts';

export interface StoreSettings {
  /** --db flag: a SQLite path or a postgres:// URL. */
  db?: string;
  env?: Record<string, string | undefined>;
  workspace?: string;
}

/** Where data lives: --db, then DATABASE_URL (PostgreSQL), then REFERABLE_DB, then ./referable.db. */
export function resolveStoreLocation(settings: StoreSettings): string {
  const env = settings.env ?? {};
  return settings.db || env.DATABASE_URL || env.REFERABLE_DB || './referable.db';
}

export async function openContext(settings: StoreSettings, overrides: Partial<Omit<AppContext, 'store'>> = {}): Promise<AppContext> {
  const now = overrides.now ?? (() => new Date());
  const store = await openStore({ location: resolveStoreLocation(settings), workspaceId: settings.workspace ?? 'default' }, now().toISOString());
  return { store, now, newId: overrides.newId ?? randomId };
}
