// Reads that never wait behind a write: SQLite in WAL mode lets a second, read-only connection read the last committed
// data while the writer's transaction is open. Kysely's SQLite driver has one connection behind a mutex, so without this
// every read queued behind a whole write transaction (an import, a tag edit under load). Here a query outside a
// transaction that only reads runs on the reader; transactions and writes go to the writer, as before.
import type Sqlite from 'better-sqlite3';
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';
import { statementCache } from './statement-cache.ts';

const QUERY = /^\s*(select|with)\b/i;

/** One Kysely connection: reads go to the reader until it needs the writer (a transaction or a write), then it holds it. */
class RoutingConnection implements DatabaseConnection {
  writer: DatabaseConnection | null = null;

  constructor(
    private readonly inner: Driver,
    private readonly prepareOnReader: (sql: string) => Sqlite.Statement,
  ) {}

  async takeWriter(): Promise<DatabaseConnection> {
    this.writer ??= await this.inner.acquireConnection();
    return this.writer;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Only queries: a pragma may read, but it sets or reports the connection it runs on (the writer's).
    if (!this.writer && QUERY.test(query.sql)) {
      const statement = this.prepareOnReader(query.sql);
      if (statement.reader && statement.readonly) return { rows: statement.all(query.parameters as unknown[]) as R[] };
    }
    return (await this.takeWriter()).executeQuery<R>(query);
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.takeWriter()).streamQuery<R>(query, chunkSize);
  }
}

function routingDriver(inner: Driver, reader: Sqlite.Database): Driver {
  const prepareOnReader = statementCache(reader);
  const writerOf = (connection: DatabaseConnection) => (connection as RoutingConnection).takeWriter();
  const driver: Driver = {
    init: () => inner.init(),
    acquireConnection: async () => new RoutingConnection(inner, prepareOnReader),
    beginTransaction: async (connection, settings: TransactionSettings) => inner.beginTransaction(await writerOf(connection), settings),
    commitTransaction: async (connection) => inner.commitTransaction(await writerOf(connection)),
    rollbackTransaction: async (connection) => inner.rollbackTransaction(await writerOf(connection)),
    async releaseConnection(connection) {
      const routing = connection as RoutingConnection;
      if (routing.writer) await inner.releaseConnection(routing.writer);
      routing.writer = null;
    },
    async destroy() {
      reader.close();
      await inner.destroy();
    },
  };
  if (inner.savepoint) driver.savepoint = async (connection, name, compile) => inner.savepoint!(await writerOf(connection), name, compile);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = async (connection, name, compile) => inner.rollbackToSavepoint!(await writerOf(connection), name, compile);
  if (inner.releaseSavepoint) driver.releaseSavepoint = async (connection, name, compile) => inner.releaseSavepoint!(await writerOf(connection), name, compile);
  return driver;
}

/** The dialect with reads outside transactions sent to `reader` (a read-only connection to the same WAL database). */
export function readRoutingDialect(inner: Dialect, reader: Sqlite.Database): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => routingDriver(inner.createDriver(), reader),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
  };
}
