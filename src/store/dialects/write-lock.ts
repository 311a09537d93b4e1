// One writer per workspace at a time: every transaction starts by taking the workspace's write lock, so whatever a
// writer reads inside its transaction (the stored contacts an import merges into, the tags an edit adds to) is still
// true when it commits. Two imports of overlapping files then merge one after the other instead of both adding the
// same people. A writer that waits longer than the limit is told BUSY, and nothing it meant to do was done.
import { createHash } from 'node:crypto';
import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type TransactionSettings } from 'kysely';
import { ReferableError } from '../../core/errors.ts';
import { textLiteral } from './at-commit.ts';

/** How long a writer waits for another one by default: an import of a whole network takes seconds, not minutes. */
export const DEFAULT_WRITE_WAIT_SECONDS = 60;

/** The wait limit in milliseconds: REFERABLE_WRITE_WAIT (seconds) when set to a positive number, else the default. */
export function writeWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.REFERABLE_WRITE_WAIT);
  return Math.round((Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_WRITE_WAIT_SECONDS) * 1000);
}

/** What the user reads when the wait ran out: who is in the way, that nothing changed, and what to do. */
export function busyError(location: string, waitedMs: number, cause: string): ReferableError {
  const seconds = Math.round(waitedMs / 100) / 10;
  return new ReferableError(
    'BUSY',
    `the database ${location} is busy: another command or the server has been writing to it for more than ${seconds} s; nothing was changed. Run this again when it is done (REFERABLE_WRITE_WAIT=SECONDS waits longer)`,
    { cause, waitedSeconds: seconds },
  );
}

/** The PostgreSQL advisory-lock key of a workspace: 64 bits of a hash of its id, the same in every process. */
export function workspaceLockKey(workspaceId: string): string {
  return createHash('sha256').update(`referable-workspace:${workspaceId}`).digest().readBigInt64BE(0).toString();
}

/** The key migrations are serialised under (schema changes concern every workspace of the database). */
export const MIGRATION_LOCK_KEY = workspaceLockKey('\u0000migrations');

/** Starts a transaction that holds the write lock (replacing the driver's plain BEGIN). */
export type BeginLocked = (connection: DatabaseConnection, settings: TransactionSettings, inner: Driver) => Promise<void>;

/** `inner` with every transaction begun by `begin`; the rest of the driver unchanged. Wrap it in the guarded dialect. */
export function writeLockedDialect(inner: Dialect, begin: BeginLocked): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => {
      const driver = inner.createDriver();
      return {
        init: () => driver.init(),
        acquireConnection: () => driver.acquireConnection(),
        beginTransaction: (connection, settings) => begin(connection, settings, driver),
        commitTransaction: (connection) => driver.commitTransaction(connection),
        rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
        releaseConnection: (connection) => driver.releaseConnection(connection),
        destroy: () => driver.destroy(),
        ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
        ...(driver.rollbackToSavepoint ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) } : {}),
        ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
      } satisfies Driver;
    },
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
  };
}

const isSqliteBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown } | null)?.code ?? ''));

export interface SqliteLockOptions {
  location: string;
  waitMs: number;
  /** Sets the connection's busy timeout (ms) and returns the previous one: BEGIN IMMEDIATE must not block the thread. */
  setBusyTimeout(ms: number): number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

/**
 * SQLite: BEGIN IMMEDIATE takes the database's write lock at once (a deferred BEGIN would read a snapshot, then fail
 * with SQLITE_BUSY_SNAPSHOT when it tries to write after another writer committed). While another process holds it,
 * try again after a short pause, asynchronously, so a server keeps answering other requests while it waits.
 */
export function sqliteBeginImmediate(options: SqliteLockOptions): BeginLocked {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const clock = options.clock ?? Date.now;
  return async (connection) => {
    const started = clock();
    for (let attempt = 0; ; attempt++) {
      const previous = options.setBusyTimeout(0);
      try {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
        return;
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        const waited = clock() - started;
        if (waited >= options.waitMs) throw busyError(options.location, waited, String((error as { code?: unknown }).code));
      } finally {
        options.setBusyTimeout(previous);
      }
      await sleep(Math.min(100, 2 ** attempt));
    }
  };
}

/**
 * PostgreSQL: a transaction-scoped advisory lock keyed by the workspace, released by COMMIT or ROLLBACK (also when the
 * client dies). lock_timeout bounds the wait (SQLSTATE 55P03) and is reset, so it never limits the writer's own work.
 * With `workspaceId`, the transaction's row-level-security setting (SET LOCAL) is made too. All of it is one round trip
 * (a simple query of several statements, run in order): on a busy server each round trip is a turn of the event loop
 * that a write, and every write queued behind it, waits for.
 */
export function postgresAdvisoryLock(options: { location: string; waitMs: number; key: string; workspaceId?: string }): BeginLocked {
  if (!/^-?\d+$/.test(options.key)) throw new Error(`an advisory lock key is a 64-bit integer; got "${options.key}"`);
  const statements = [
    'begin',
    `set local lock_timeout = ${Math.max(1, Math.round(options.waitMs))}`,
    `select pg_advisory_xact_lock('${options.key}'::bigint)`,
    'set local lock_timeout = default',
  ];
  if (options.workspaceId !== undefined) statements.push(`select set_config('app.workspace_id', ${textLiteral(options.workspaceId)}, true)`);
  const text = statements.join('; ');
  return async (connection, settings, inner) => {
    if (settings.isolationLevel || settings.accessMode) {
      // Not used by Referable's transactions; kept correct for a caller that asks.
      await inner.beginTransaction(connection, settings);
      await connection.executeQuery(CompiledQuery.raw(text.slice('begin; '.length)));
      return;
    }
    try {
      await connection.executeQuery(CompiledQuery.raw(text));
    } catch (error) {
      // Begun but not locked: end it here (the caller never sees a begun transaction to roll back), so the connection
      // goes back to the pool clean.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => {});
      if ((error as { code?: unknown } | null)?.code === '55P03') throw busyError(options.location, options.waitMs, '55P03');
      throw error;
    }
  };
}
