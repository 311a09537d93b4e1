// Statements that can wait for COMMIT and travel with it. On PostgreSQL every statement is a round trip, and a write
// transaction holds the workspace's write lock through all of them: each one is time that the writers queued behind it
// wait for. A statement whose result nobody reads (the data version's bump, data-version.ts) is kept until the
// transaction commits and sent in the same simple query as COMMIT: one round trip instead of two.
import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver } from 'kysely';

const deferrable = new WeakSet<CompiledQuery>();

/** A PostgreSQL and SQLite string literal (standard_conforming_strings, on since 9.1: only quotes are doubled). */
export function textLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A statement to run last in its transaction, in COMMIT's round trip where the dialect does that (oneTripCommits);
 * elsewhere, and outside a transaction, it runs at once. Its text is sent as it is, without parameters (a simple query
 * of several statements cannot have any: quote values with textLiteral), and its result is empty.
 */
export function atCommit(text: string): CompiledQuery {
  const query = CompiledQuery.raw(text);
  deferrable.add(query);
  return query;
}

/**
 * `inner` whose transactions keep their atCommit statements and send them, in order, with COMMIT as one simple query.
 * If one of them fails, the transaction does not commit: the error reaches the caller, which rolls back, and nothing
 * of the transaction is kept (an earlier failed statement also makes them fail, so an aborted transaction is never
 * reported as committed).
 */
export function oneTripCommits(inner: Dialect): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => oneTripDriver(inner.createDriver()),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
  };
}

interface Deferring extends DatabaseConnection {
  readonly raw: DatabaseConnection;
  /** Null outside a transaction: atCommit statements then run at once. */
  pending: string[] | null;
}

function deferringConnection(raw: DatabaseConnection): Deferring {
  const connection: Deferring = {
    raw,
    pending: null,
    async executeQuery(query) {
      if (connection.pending && deferrable.has(query)) {
        connection.pending.push(query.sql);
        return { rows: [] };
      }
      return raw.executeQuery(query);
    },
    streamQuery: (query, chunkSize) => raw.streamQuery(query, chunkSize),
  };
  return connection;
}

function oneTripDriver(inner: Driver): Driver {
  const wrapped = new WeakMap<DatabaseConnection, Deferring>();
  const deferring = (connection: DatabaseConnection) => connection as Deferring;
  const driver: Driver = {
    init: () => inner.init(),
    async acquireConnection() {
      const raw = await inner.acquireConnection();
      let connection = wrapped.get(raw);
      if (!connection) {
        connection = deferringConnection(raw);
        wrapped.set(raw, connection);
      }
      return connection;
    },
    async beginTransaction(connection, settings) {
      await inner.beginTransaction(deferring(connection).raw, settings);
      deferring(connection).pending = [];
    },
    async commitTransaction(connection) {
      const { raw, pending } = deferring(connection);
      deferring(connection).pending = null;
      if (!pending || pending.length === 0) return inner.commitTransaction(raw);
      await raw.executeQuery(CompiledQuery.raw([...pending, 'commit'].join('; ')));
    },
    async rollbackTransaction(connection) {
      deferring(connection).pending = null;
      await inner.rollbackTransaction(deferring(connection).raw);
    },
    async releaseConnection(connection) {
      deferring(connection).pending = null;
      await inner.releaseConnection(deferring(connection).raw);
    },
    destroy: () => inner.destroy(),
  };
  if (inner.savepoint) driver.savepoint = (connection, name, compile) => inner.savepoint!(deferring(connection).raw, name, compile);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = (connection, name, compile) => inner.rollbackToSavepoint!(deferring(connection).raw, name, compile);
  if (inner.releaseSavepoint) driver.releaseSavepoint = (connection, name, compile) => inner.releaseSavepoint!(deferring(connection).raw, name, compile);
  return driver;
}
