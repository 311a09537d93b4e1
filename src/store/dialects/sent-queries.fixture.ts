// Every query node-postgres sends, seen by tests that count or check statements: the same module instance
// postgres-dialect.ts loads, so every statement of every pool goes through the one method patched here.
import { createRequire } from 'node:module';

/** The SQL text of a query as node-postgres takes it: a string, or a config object with `text`. */
export function queryText(config: unknown): string {
  return typeof config === 'string' ? config : String((config as { text?: unknown } | null)?.text ?? '');
}

/** Calls `seen` with the first argument of every query sent from now on; the returned function stops watching. */
export function watchSentQueries(seen: (config: unknown) => void): () => void {
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function watched(this: unknown, ...args: unknown[]) {
    seen(args[0]);
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  return () => {
    pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
  };
}
