// A Kysely dialect whose failures say what went wrong: disk and server failures become IO_ERROR with their cause, and a
// rollback after the database already ended the transaction (SQLite does when the disk is full) cannot hide them.
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';

export interface FailureGuard {
  /** The error as the user should see it (or the error unchanged). */
  translate(error: unknown): unknown;
  /** False when the database has no open transaction any more: rolling back would fail and replace the real cause. */
  inTransaction?(): boolean;
}

/** "cannot rollback - no transaction is active" (SQLite) and its kin: the transaction is already gone. */
const NO_TRANSACTION = /no transaction is active|there is no transaction in progress/i;

function guardedConnection(raw: DatabaseConnection, guard: FailureGuard): DatabaseConnection {
  return {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      try {
        // SQLite's driver throws synchronously; inside an async function both kinds of failure land in the catch.
        return await raw.executeQuery<R>(query);
      } catch (error) {
        throw guard.translate(error);
      }
    },
    async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
      try {
        yield* raw.streamQuery<R>(query, chunkSize);
      } catch (error) {
        throw guard.translate(error);
      }
    },
  };
}

function guardedDriver(inner: Driver, guard: FailureGuard): Driver {
  const raws = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const raw = (connection: DatabaseConnection) => raws.get(connection) ?? connection;
  const translated = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      throw guard.translate(error);
    }
  };
  const driver: Driver = {
    init: () => inner.init(),
    async acquireConnection() {
      const connection = await inner.acquireConnection();
      let guarded = wrapped.get(connection);
      if (!guarded) {
        guarded = guardedConnection(connection, guard);
        wrapped.set(connection, guarded);
        raws.set(guarded, connection);
      }
      return guarded;
    },
    beginTransaction: (connection: DatabaseConnection, settings: TransactionSettings) => translated(() => inner.beginTransaction(raw(connection), settings)),
    commitTransaction: (connection: DatabaseConnection) => translated(() => inner.commitTransaction(raw(connection))),
    async rollbackTransaction(connection: DatabaseConnection) {
      if (guard.inTransaction && !guard.inTransaction()) return;
      try {
        await inner.rollbackTransaction(raw(connection));
      } catch (error) {
        if (NO_TRANSACTION.test((error as Error)?.message ?? '')) return;
        throw guard.translate(error);
      }
    },
    releaseConnection: (connection: DatabaseConnection) => inner.releaseConnection(raw(connection)),
    destroy: () => inner.destroy(),
  };
  if (inner.savepoint) driver.savepoint = (connection, name, compile) => translated(() => inner.savepoint!(raw(connection), name, compile));
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = (connection, name, compile) => translated(() => inner.rollbackToSavepoint!(raw(connection), name, compile));
  if (inner.releaseSavepoint) driver.releaseSavepoint = (connection, name, compile) => translated(() => inner.releaseSavepoint!(raw(connection), name, compile));
  return driver;
}

export function guardedDialect(inner: Dialect, guard: FailureGuard): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => guardedDriver(inner.createDriver(), guard),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
  };
}
