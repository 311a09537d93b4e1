// PostgreSQL through pg: for teams and cohorts, selected by DATABASE_URL=postgres://...
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { oneTripCommits } from './at-commit.ts';
import { guardedDialect } from './guarded-dialect.ts';
import { namingPool } from './named-statements.ts';
import type { StoreDialect } from './store-dialect.ts';
import { storeFailure } from './store-failure.ts';
import { streamRowsOn } from './postgres-row-stream.ts';
import { columnTypeCache, unnestInsert, unnestUpdate } from './postgres-unnest-writes.ts';
import { MIGRATION_LOCK_KEY, postgresAdvisoryLock, workspaceLockKey, writeLockedDialect, writeWaitMs } from './write-lock.ts';

/** Sets the workspace row-level security admits (migration 007): for the session, or ($2 true) the transaction. */
const SET_WORKSPACE = "select set_config('app.workspace_id', $1, $2::boolean)";

/** The wire protocol caps a statement at 65,535 parameters. */
const MAX_PARAMETERS = 60_000;

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

/** Connections per process: reads share `reads`; write transactions have `writes` of their own (see poolSizes). */
export const POSTGRES_POOL_DEFAULTS = { reads: 10, writes: 2, acquireTimeoutMs: 5000 };

/**
 * REFERABLE_PG_POOL=N: N connections for reads (a server under many clients may want more, a small database plan
 * fewer), and a quarter as many (at least 2) for write transactions. Writers to one workspace take turns anyway, so a
 * few connections serve them; kept apart, a write never waits for a connection behind a burst of reads.
 */
export function poolSizes(env: NodeJS.ProcessEnv = process.env): { reads: number; writes: number } {
  const asked = Number(env.REFERABLE_PG_POOL);
  if (!Number.isInteger(asked) || asked < 1) return { reads: POSTGRES_POOL_DEFAULTS.reads, writes: POSTGRES_POOL_DEFAULTS.writes };
  return { reads: asked, writes: Math.max(POSTGRES_POOL_DEFAULTS.writes, Math.ceil(asked / 4)) };
}

export function postgresDialect(url: string): StoreDialect {
  let writer: Kysely<Database> | null = null;
  let readPool: import('pg').Pool | null = null;
  const columnTypes = columnTypeCache();
  return {
    name: 'postgres',
    location: redactUrl(url),
    createKysely(workspaceId) {
      // Loaded on first use: SQLite users should not pay pg's start-up cost on every command.
      const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
      const location = redactUrl(url);
      const sizes = poolSizes();
      // Every transaction holds the workspace's advisory lock: writers to one workspace take turns (write-lock.ts).
      // Its transaction's row-level-security setting (SET LOCAL) is made in the same round trip.
      const lock = postgresAdvisoryLock({ location, waitMs: writeWaitMs(), key: workspaceLockKey(workspaceId), workspaceId });
      const kysely = (max: number) => {
        // A pool opens connections only when asked: a command that never writes never opens a writer's.
        const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: POSTGRES_POOL_DEFAULTS.acquireTimeoutMs });
        readPool = pool;
        // An idle client losing its server must not crash the process; the next query reports it.
        pool.on('error', () => {});
        // Row-level security (migration 007): a connection sees and writes only this workspace's rows. Set for the
        // session when the pool connects (queued before any other statement), and again in each transaction below.
        pool.on('connect', (client) => {
          client.query(SET_WORKSPACE, [workspaceId, 'false']).catch(() => {});
        });
        // A transaction's last statements whose results nobody reads (the data version's bump) go with its COMMIT.
        const locked = oneTripCommits(writeLockedDialect(new PostgresDialect({ pool: namingPool(pool) }), lock));
        return new Kysely<Database>({ dialect: guardedDialect(locked, { translate: (error) => storeFailure(error, location) }) });
      };
      writer = kysely(sizes.writes);
      // Made last: the pool streamRows reads on is the reads' own.
      return kysely(sizes.reads);
    },
    writer: () => writer,
    streamRows(settings, statement, onRow) {
      if (!readPool) throw new Error('streamRows before createKysely');
      return streamRowsOn(readPool, redactUrl(url), settings, statement, onRow);
    },
    async writeRows(db, table, rows, conflict) {
      if (rows.length === 0) return;
      // One statement of column arrays (postgres-unnest-writes.ts); rows it cannot carry go as multi-row VALUES.
      const unnest = unnestInsert(table, rows, await columnTypes(db, table), conflict);
      if (unnest) {
        await db.executeQuery(unnest);
        return;
      }
      const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]).length));
      for (let start = 0; start < rows.length; start += perChunk) {
        // Kysely's insert types cannot follow a table chosen at run time; rows are typed by the repositories.
        let query = db.insertInto(table).values(rows.slice(start, start + perChunk) as never);
        if (conflict) {
          query = query.onConflict((clause) =>
            clause.columns(conflict.keys as never).doUpdateSet(Object.fromEntries(conflict.update.map((column) => [column, (eb: { ref(name: string): unknown }) => eb.ref(`excluded.${column}`)])) as never),
          );
        }
        await query.execute();
      }
    },
    async updateRows(db, table, rows, keys) {
      if (rows.length === 0) return;
      const update = unnestUpdate(table, rows, await columnTypes(db, table), keys);
      if (update) {
        await db.executeQuery(update);
        return;
      }
      // Rows one statement cannot carry: one UPDATE each, in order.
      for (const row of rows) {
        const values = Object.fromEntries(Object.entries(row).filter(([column]) => !keys.includes(column)));
        let query = db.updateTable(table).set(values as never);
        for (const key of keys) query = query.where(key as never, '=', row[key] as never);
        await query.execute();
      }
    },
    exists() {
      return true;
    },
    async lockMigrations(db) {
      // Two processes upgrading one new database would both create the same tables: the second waits, then sees them.
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY}::bigint)`.execute(db);
    },
    async changeToken(db, workspaceId) {
      // Every write gives the rows it touches the writing transaction's id (xmin): their sum and the count change with
      // any insert, update or delete, even two within the same millisecond.
      const { rows } = await sql<{ n: string; x: string }>`select count(*) as n, coalesce(sum(xmin::text::bigint), 0) as x from contacts where workspace_id = ${workspaceId}`.execute(db);
      return `${rows[0].n}:${rows[0].x}`;
    },
    deferIndexes: (_db, _tables, work) => work(),
    async readColumns(db, table, columns, workspaceId, options = {}) {
      let query = db.selectFrom(table).select(columns as never).where('workspace_id', '=', workspaceId);
      for (const [column, value] of Object.entries(options.where ?? {})) query = query.where(column as never, '=', value as never);
      for (const column of options.orderBy ?? []) query = query.orderBy(sql`${sql.ref(column)} collate "C"` as never);
      const rows = (await query.execute()) as Record<string, unknown>[];
      // Known texts are numbered here, after the read: the same rows as SQLite gives (which numbers them in SQL).
      const known = columns.map((column) => (options.known && Object.hasOwn(options.known, column) ? options.known[column] : []));
      if (known.every((texts) => texts.length === 0)) return rows.map((row) => columns.map((column) => row[column]));
      return rows.map((row) =>
        columns.map((column, c) => {
          const value = row[column];
          const index = typeof value === 'string' ? known[c].indexOf(value) : -1;
          return index >= 0 ? index : value;
        }),
      );
    },
  };
}
