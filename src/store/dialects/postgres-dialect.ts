// PostgreSQL through pg: for teams and cohorts, selected by DATABASE_URL=postgres://...
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import type { StoreDialect } from './store-dialect.ts';

/** The URL without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export function postgresDialect(url: string): StoreDialect {
  return {
    name: 'postgres',
    location: redactUrl(url),
    // The wire protocol caps a statement at 65,535 parameters.
    maxParameters: 60_000,
    createKysely() {
      const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
      // An idle client losing its server must not crash the process; the next query reports it.
      pool.on('error', () => {});
      return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    },
  };
}
